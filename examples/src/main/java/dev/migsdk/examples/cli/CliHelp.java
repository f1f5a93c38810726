package dev.migsdk.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Help text tailored per command: an option shared by many commands, described for one of them. */
final class CliHelp {
    private CliHelp() {
    }

    /** Replaces the description of {@code option} in {@code spec} (same binding, same place in the help). */
    static void describe(CommandSpec spec, String option, String... description) {
        OptionSpec old = spec.findOption(option);
        if (old == null) {
            return;
        }
        java.util.List<OptionSpec> after = new java.util.ArrayList<>();
        boolean found = false;
        for (OptionSpec o : spec.options()) {
            if (found) {
                after.add(o);
            } else if (o == old) {
                found = true;
            }
        }
        // remove and re-add what follows, so that the option keeps its place in the (unsorted) help
        spec.remove(old);
        after.forEach(spec::remove);
        spec.addOption(OptionSpec.builder(old).description(description).build());
        after.forEach(spec::addOption);
    }

    /** What {@code --region} means for {@code service} ({@code regionExample} null: one central endpoint). */
    static String region(String service, String regionExample) {
        if (regionExample == null) {
            return "Accepted and ignored: " + service + " has one endpoint for every region.";
        }
        return "Region id, e.g. " + regionExample + ": it picks the " + service + " endpoint"
                + (service.equals("DTS") ? " and is sent as RegionId" : "") + ", so it is needed unless --endpoint is "
                + "given.";
    }
}
