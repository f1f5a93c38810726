package dev.migsdk.core.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import dev.migsdk.core.internal.auth.IniFile;
import dev.migsdk.core.internal.auth.SystemContext;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the Huawei Cloud credentials file {@code ~/.huaweicloud/credentials} (or
 * {@code HUAWEICLOUD_SDK_CREDENTIALS_FILE}) on every call.
 *
 * <p>The file has a {@code [basic]} section ({@code ak}, {@code sk}, optional {@code security_token},
 * {@code project_id}; for regional services such as OMS) and/or a {@code [global]} section ({@code ak},
 * {@code sk}, optional {@code security_token}, {@code domain_id}; for global services such as SMS). They
 * are merged into one {@link HuaweiAkSkCredentials} so that one client configuration serves both kinds
 * of service:
 * <ul>
 *   <li>with a {@code [basic]} AK/SK, that pair, token and {@code project_id} are used, and
 *       {@code domain_id} is taken from {@code [global]} when {@code [global]} has the same {@code ak} (or
 *       no {@code ak} at all); a {@code [global]} section with a different AK is ignored;</li>
 *   <li>with only a {@code [global]} AK/SK, that pair, token and {@code domain_id} are used, and
 *       {@code project_id} is taken from a {@code [basic]} section that has no {@code ak}.</li>
 * </ul>
 * A missing file is "not found"; a malformed file, or a section with {@code ak} but no {@code sk} (or the
 * reverse), throws an error naming the file and line that also stops a {@link CredentialsProviderChain}.
 */
public final class HuaweiProfileCredentialsProvider implements CredentialsProvider<HuaweiCredentials> {
    static final String ENV_FILE = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";

    private final SystemContext context;
    private final Path file;

    private HuaweiProfileCredentialsProvider(Builder b) {
        this.context = b.context;
        this.file = b.file;
    }

    /** A provider for the default file. */
    public static HuaweiProfileCredentialsProvider create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HuaweiCredentials resolveCredentials() {
        Path path = file();
        if (path == null) {
            throw new CredentialsException("No home directory to find ~/.huaweicloud/credentials in");
        }
        IniFile ini = IniFile.readIfExists(path);
        if (ini == null) {
            throw new CredentialsException("Credentials file " + path + " not found");
        }
        IniFile.Section basic = ini.section("basic");
        IniFile.Section global = ini.section("global");
        boolean basicKeys = hasKeys(path, basic);
        boolean globalKeys = hasKeys(path, global);
        HuaweiAkSkCredentials.Builder b;
        IniFile.Section used;
        if (basicKeys) {
            used = basic;
            b = keys(basic).projectId(basic.get("project_id"));
            if (global != null && (global.get("ak") == null || global.get("ak").equals(basic.get("ak")))) {
                b.domainId(global.get("domain_id"));
            }
        } else if (globalKeys) {
            used = global;
            b = keys(global).domainId(global.get("domain_id"));
            if (basic != null && basic.get("ak") == null) {
                b.projectId(basic.get("project_id"));
            }
        } else {
            throw new CredentialsException("Credentials file " + path + " has no [basic] or [global] section with"
                    + " ak and sk");
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new MalformedCredentialsException("Malformed credentials file " + path + ", section ["
                    + used.name() + "] at line " + used.line() + ": " + e.getMessage());
        }
    }

    private static boolean hasKeys(Path path, IniFile.Section s) {
        if (s == null) {
            return false;
        }
        boolean ak = s.get("ak") != null;
        boolean sk = s.get("sk") != null;
        if (ak != sk) {
            throw IniFile.malformed(path, s.line(), "section [" + s.name() + "] has '" + (ak ? "ak" : "sk")
                    + "' but no '" + (ak ? "sk" : "ak") + "'");
        }
        return ak;
    }

    private static HuaweiAkSkCredentials.Builder keys(IniFile.Section s) {
        return HuaweiAkSkCredentials.builder()
                .accessKey(s.get("ak"))
                .secretKey(s.get("sk"))
                .securityToken(s.get("security_token"));
    }

    private Path file() {
        if (file != null) {
            return file;
        }
        String fromEnv = context.env(ENV_FILE);
        if (fromEnv != null) {
            return Path.of(fromEnv);
        }
        Path home = context.home();
        return home == null ? null : home.resolve(".huaweicloud").resolve("credentials");
    }

    @Override
    public String toString() {
        return "HuaweiProfileCredentialsProvider[" + (file == null ? "~/.huaweicloud/credentials" : file) + "]";
    }

    /** Builder for {@link HuaweiProfileCredentialsProvider}. */
    public static final class Builder {
        private SystemContext context = SystemContext.system();
        private Path file;

        private Builder() {
        }

        /** The file; default {@code HUAWEICLOUD_SDK_CREDENTIALS_FILE}, else {@code ~/.huaweicloud/credentials}. */
        public Builder file(Path file) {
            this.file = Objects.requireNonNull(file, "file");
            return this;
        }

        Builder systemContext(SystemContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        public HuaweiProfileCredentialsProvider build() {
            return new HuaweiProfileCredentialsProvider(this);
        }
    }
}
