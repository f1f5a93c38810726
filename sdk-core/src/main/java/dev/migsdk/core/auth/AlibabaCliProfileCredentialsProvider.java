package dev.migsdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import dev.migsdk.core.internal.auth.IniFile;
import dev.migsdk.core.internal.auth.JsonFiles;
import dev.migsdk.core.internal.auth.SystemContext;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a profile of the Alibaba Cloud CLI's {@code ~/.aliyun/config.json} on every call.
 *
 * <p>The profile is the configured one, else {@code ALIBABA_CLOUD_PROFILE}, else the file's
 * {@code current}, else {@code default}. Modes {@code AK} ({@code access_key_id},
 * {@code access_key_secret}) and {@code StsToken} (plus {@code sts_token}) are supported; other modes
 * are skipped as "not applicable". {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true} disables the provider.
 * A missing file or profile is "not found"; a malformed file or incomplete profile throws an error
 * naming the file (and, for JSON syntax, the line) that also stops a {@link CredentialsProviderChain}.
 */
public final class AlibabaCliProfileCredentialsProvider implements CredentialsProvider<AlibabaCredentials> {
    static final String ENV_PROFILE = "ALIBABA_CLOUD_PROFILE";
    static final String ENV_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

    private final SystemContext context;
    private final Path configFile;
    private final String profileName;

    private AlibabaCliProfileCredentialsProvider(Builder b) {
        this.context = b.context;
        this.configFile = b.configFile;
        this.profileName = b.profileName;
    }

    /** A provider for the default file and profile. */
    public static AlibabaCliProfileCredentialsProvider create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AlibabaCredentials resolveCredentials() {
        if (context.envTrue(ENV_DISABLED)) {
            throw new CredentialsException("CLI profile credentials are disabled by " + ENV_DISABLED + "=true");
        }
        Path file = file();
        if (file == null) {
            throw new CredentialsException("No home directory to find ~/.aliyun/config.json in");
        }
        String text = IniFile.readFileIfExists(file);
        if (text == null) {
            throw new CredentialsException("CLI config file " + file + " not found");
        }
        JsonNode root = JsonFiles.parse(text, file.toString());
        String name = profileName != null ? profileName : context.env(ENV_PROFILE);
        if (name == null) {
            name = JsonFiles.text(root, "current");
        }
        if (name == null) {
            name = "default";
        }
        JsonNode profiles = root.get("profiles");
        if (profiles != null && !profiles.isNull() && !profiles.isArray()) {
            throw new MalformedCredentialsException("CLI config file " + file + ": 'profiles' is not an array");
        }
        JsonNode profile = null;
        if (profiles != null) {
            for (JsonNode p : profiles) {
                if (name.equals(JsonFiles.text(p, "name"))) {
                    profile = p;
                    break;
                }
            }
        }
        if (profile == null) {
            throw new CredentialsException("Profile '" + name + "' not found in CLI config file " + file);
        }
        String mode = JsonFiles.text(profile, "mode");
        if (mode == null) {
            throw new MalformedCredentialsException("Profile '" + name + "' in CLI config file " + file
                    + " has no mode");
        }
        boolean sts = "StsToken".equals(mode);
        if (!sts && !"AK".equals(mode)) {
            throw new CredentialsException("Profile '" + name + "' in CLI config file " + file + " has mode '"
                    + mode + "', which this SDK does not support (supported: AK, StsToken)");
        }
        String id = require(profile, "access_key_id", name, file);
        String secret = require(profile, "access_key_secret", name, file);
        String token = sts ? require(profile, "sts_token", name, file) : null;
        try {
            return AlibabaCredentials.of(id, secret, token);
        } catch (IllegalArgumentException e) {
            throw new MalformedCredentialsException("Profile '" + name + "' in CLI config file " + file
                    + " is malformed: " + e.getMessage());
        }
    }

    private static String require(JsonNode profile, String key, String name, Path file) {
        String v = JsonFiles.text(profile, key);
        if (v == null) {
            throw new MalformedCredentialsException("Profile '" + name + "' in CLI config file " + file
                    + " has mode '" + JsonFiles.text(profile, "mode") + "' but no " + key);
        }
        return v;
    }

    private Path file() {
        if (configFile != null) {
            return configFile;
        }
        Path home = context.home();
        return home == null ? null : home.resolve(".aliyun").resolve("config.json");
    }

    @Override
    public String toString() {
        return "AlibabaCliProfileCredentialsProvider[" + (configFile == null ? "~/.aliyun/config.json" : configFile)
                + (profileName == null ? "" : ", profile=" + profileName) + "]";
    }

    /** Builder for {@link AlibabaCliProfileCredentialsProvider}. */
    public static final class Builder {
        private SystemContext context = SystemContext.system();
        private Path configFile;
        private String profileName;

        private Builder() {
        }

        /** The CLI config file; default {@code ~/.aliyun/config.json}. */
        public Builder configFile(Path configFile) {
            this.configFile = Objects.requireNonNull(configFile, "configFile");
            return this;
        }

        /** The profile; default {@code ALIBABA_CLOUD_PROFILE}, else the file's {@code current}. */
        public Builder profileName(String profileName) {
            this.profileName = SystemContext.trimToNull(profileName);
            return this;
        }

        Builder systemContext(SystemContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        public AlibabaCliProfileCredentialsProvider build() {
            return new AlibabaCliProfileCredentialsProvider(this);
        }
    }
}
