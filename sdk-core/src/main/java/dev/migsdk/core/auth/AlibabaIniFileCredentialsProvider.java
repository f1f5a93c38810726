package dev.migsdk.core.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import dev.migsdk.core.internal.auth.IniFile;
import dev.migsdk.core.internal.auth.SystemContext;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a section of the Alibaba Cloud credentials file {@code ~/.alibabacloud/credentials.ini} (or
 * {@code ALIBABA_CLOUD_CREDENTIALS_FILE}) on every call.
 *
 * <p>The section is the configured one, else {@code ALIBABA_CLOUD_PROFILE}, else {@code default}, and is
 * used only if it says {@code enable = true}. Types: {@code access_key} ({@code access_key_id},
 * {@code access_key_secret}) and {@code ecs_ram_role} ({@code role_name}, optional: the credentials come
 * from an {@link AlibabaEcsRamRoleCredentialsProvider}, which caches them). Other types are skipped as
 * "not applicable". A missing file or section is "not found"; a malformed file or incomplete section
 * throws an error naming the file and line that also stops a {@link CredentialsProviderChain}.
 */
public final class AlibabaIniFileCredentialsProvider implements CredentialsProvider<AlibabaCredentials> {
    static final String ENV_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    static final String ENV_PROFILE = "ALIBABA_CLOUD_PROFILE";

    private final SystemContext context;
    private final Path file;
    private final String profileName;
    private final String metadataEndpoint;
    private volatile EcsDelegate ecsDelegate;

    private record EcsDelegate(String roleName, AlibabaEcsRamRoleCredentialsProvider provider) {
    }

    private AlibabaIniFileCredentialsProvider(Builder b) {
        this.context = b.context;
        this.file = b.file;
        this.profileName = b.profileName;
        this.metadataEndpoint = b.metadataEndpoint;
    }

    /** A provider for the default file and section. */
    public static AlibabaIniFileCredentialsProvider create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AlibabaCredentials resolveCredentials() {
        Path path = file();
        if (path == null) {
            throw new CredentialsException("No home directory to find ~/.alibabacloud/credentials.ini in");
        }
        IniFile ini = IniFile.readIfExists(path);
        if (ini == null) {
            throw new CredentialsException("Credentials file " + path + " not found");
        }
        String name = profileName != null ? profileName : context.env(ENV_PROFILE);
        if (name == null) {
            name = "default";
        }
        IniFile.Section section = ini.section(name);
        if (section == null) {
            throw new CredentialsException("Section [" + name + "] not found in credentials file " + path);
        }
        if (!"true".equalsIgnoreCase(section.get("enable"))) {
            throw new CredentialsException("Section [" + name + "] in credentials file " + path
                    + " is not enabled (it needs 'enable = true')");
        }
        String type = section.get("type");
        if (type == null) {
            throw IniFile.malformed(path, section.line(), "section [" + name + "] has no 'type'");
        }
        switch (type) {
            case "access_key" -> {
                String id = require(path, section, "access_key_id");
                String secret = require(path, section, "access_key_secret");
                try {
                    return AlibabaCredentials.of(id, secret);
                } catch (IllegalArgumentException e) {
                    throw new MalformedCredentialsException("Malformed credentials file " + path + ", section ["
                            + name + "] at line " + section.line() + ": " + e.getMessage());
                }
            }
            case "ecs_ram_role" -> {
                return ecsProvider(section.get("role_name")).resolveCredentials();
            }
            default -> throw new CredentialsException("Section [" + name + "] in credentials file " + path
                    + " has type '" + type + "', which this SDK does not support (supported: access_key,"
                    + " ecs_ram_role)");
        }
    }

    @Override
    public void invalidate() {
        EcsDelegate d = ecsDelegate;
        if (d != null) {
            d.provider.invalidate();
        }
    }

    private AlibabaEcsRamRoleCredentialsProvider ecsProvider(String roleName) {
        EcsDelegate d = ecsDelegate;
        if (d != null && Objects.equals(d.roleName, roleName)) {
            return d.provider;
        }
        synchronized (this) {
            d = ecsDelegate;
            if (d == null || !Objects.equals(d.roleName, roleName)) {
                AlibabaEcsRamRoleCredentialsProvider.Builder b = AlibabaEcsRamRoleCredentialsProvider.builder()
                        .systemContext(context)
                        .metadataEndpoint(metadataEndpoint);
                if (roleName != null) {
                    b.roleName(roleName);
                }
                d = new EcsDelegate(roleName, b.build());
                ecsDelegate = d;
            }
            return d.provider;
        }
    }

    private static String require(Path path, IniFile.Section section, String key) {
        String v = section.get(key);
        if (v == null) {
            throw IniFile.malformed(path, section.line(), "section [" + section.name() + "] of type '"
                    + section.get("type") + "' has no '" + key + "'");
        }
        return v;
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
        return home == null ? null : home.resolve(".alibabacloud").resolve("credentials.ini");
    }

    @Override
    public String toString() {
        return "AlibabaIniFileCredentialsProvider[" + (file == null ? "~/.alibabacloud/credentials.ini" : file)
                + (profileName == null ? "" : ", profile=" + profileName) + "]";
    }

    /** Builder for {@link AlibabaIniFileCredentialsProvider}. */
    public static final class Builder {
        private SystemContext context = SystemContext.system();
        private Path file;
        private String profileName;
        private String metadataEndpoint = AlibabaEcsRamRoleCredentialsProvider.DEFAULT_METADATA_ENDPOINT;

        private Builder() {
        }

        /** The file; default {@code ALIBABA_CLOUD_CREDENTIALS_FILE}, else {@code ~/.alibabacloud/credentials.ini}. */
        public Builder file(Path file) {
            this.file = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The section; default {@code ALIBABA_CLOUD_PROFILE}, else {@code default}. */
        public Builder profileName(String profileName) {
            this.profileName = SystemContext.trimToNull(profileName);
            return this;
        }

        /** Metadata endpoint for sections of type {@code ecs_ram_role}. */
        public Builder metadataEndpoint(String metadataEndpoint) {
            this.metadataEndpoint = Objects.requireNonNull(metadataEndpoint, "metadataEndpoint");
            return this;
        }

        Builder systemContext(SystemContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        public AlibabaIniFileCredentialsProvider build() {
            return new AlibabaIniFileCredentialsProvider(this);
        }
    }
}
