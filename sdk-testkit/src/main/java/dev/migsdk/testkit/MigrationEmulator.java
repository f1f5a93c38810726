package dev.migsdk.testkit;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.DtsAsyncClientBuilder;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.DtsClientBuilder;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.OmsAsyncClientBuilder;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.oms.OmsClientBuilder;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcAsyncClientBuilder;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.SmcClientBuilder;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.SmsAsyncClientBuilder;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.SmsClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import mockwebserver3.MockWebServer;

/**
 * An in-process emulator of Alibaba Cloud SMC and DTS and Huawei Cloud OMS and SMS (plus Huawei IAM password
 * tokens), on one local HTTP endpoint. It verifies every signature with the real secret of a known key, keeps
 * the state of seeded jobs and tasks, injects faults on demand and records a journal of requests.
 *
 * <pre>{@code
 * try (MigrationEmulator emulator = MigrationEmulator.start()) {
 *     emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
 *     SmcClient smc = emulator.smcClient();          // wired to the emulator, closed with it
 *     smc.deleteReplicationJob(r -> r.jobId("j-1"));
 * }
 * }</pre>
 *
 * <p>Clients from {@link #smcClient()}, {@link #dtsClient()}, {@link #omsClient()}, {@link #smsClient()} and their
 * async twins talk plain HTTP to {@link #endpoint()}, sign with the emulator's default credentials, retry with
 * {@link #TEST_RETRY_POLICY} and are closed when the emulator closes. Clients you build yourself need
 * {@code endpointOverride(emulator.endpoint())}, {@code allowPlainHttp(true)} and the emulator's credentials.
 *
 * <p>The emulator's credentials are throwaway values that only it accepts. Thread-safe.
 */
public final class MigrationEmulator implements AutoCloseable {
    /** Default Alibaba AccessKey id. */
    public static final String DEFAULT_ALIBABA_ACCESS_KEY_ID = "LTAI5tMigsdkEmulator0001";
    /** Default Huawei AK. */
    public static final String DEFAULT_HUAWEI_ACCESS_KEY = "MIGSDKEMULATORAK0001";
    /** Default Huawei project id (OMS). */
    public static final String DEFAULT_PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    /** Default Huawei account (domain) id (SMS). */
    public static final String DEFAULT_DOMAIN_ID = "f9e8d7c6b5a4938271605f4e3d2c1b0a";
    /** How far a request's signing time may be from the emulator clock (both providers: 15 minutes). */
    public static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(15);

    /**
     * Retry policy of the clients the emulator hands out: the default three attempts, but 10 ms backoff bases
     * (throttling included) and a 200 ms cap, so tests that inject faults stay fast.
     */
    public static final RetryPolicy TEST_RETRY_POLICY = RetryPolicy.builder().maxAttempts(3)
            .baseDelay(Duration.ofMillis(10)).throttlingBaseDelay(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(200)).build();

    private static final String DEFAULT_ALIBABA_SECRET = "MigsdkEmulatorAlibabaSecret00000001";
    private static final String DEFAULT_HUAWEI_SECRET = "MigsdkEmulatorHuaweiSecretKey00000000001";
    private static final HuaweiIamUser DEFAULT_USER =
            new HuaweiIamUser("migsdk-emulator", "emulator-user", "Emulator-Passw0rd");
    /** Held strongly so the level set below is not lost when the logger is collected. */
    private static final java.util.logging.Logger MOCKWEBSERVER_LOG =
            java.util.logging.Logger.getLogger(MockWebServer.class.getName());

    static {
        // MockWebServer logs every request line at INFO, query-string signatures and tokens included.
        // Quiet it unless the application configured that logger itself.
        if (MOCKWEBSERVER_LOG.getLevel() == null) {
            MOCKWEBSERVER_LOG.setLevel(Level.WARNING);
        }
    }

    private final Clock clock;
    private final AlibabaCredentials alibabaCredentials;
    private final HuaweiAkSkCredentials huaweiCredentials;
    private final HuaweiIamUser huaweiUser;
    private final Accounts accounts = new Accounts();
    private final SmcJobs smc;
    private final DtsJobs dts;
    private final OmsTasks oms;
    private final SmsTasks sms;
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();
    private final RateLimits rateLimits;
    private final MockWebServer server = new MockWebServer();
    private final URI endpoint;
    private final List<AutoCloseable> clients = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private MigrationEmulator(Builder b) {
        this.clock = b.clock;
        this.rateLimits = new RateLimits(clock);
        this.smc = new SmcJobs(clock);
        this.dts = new DtsJobs(clock);
        this.oms = new OmsTasks(clock);
        this.sms = new SmsTasks(clock);
        this.alibabaCredentials = AlibabaCredentials.of(b.alibabaAccessKeyId, b.alibabaSecret);
        this.huaweiCredentials = HuaweiAkSkCredentials.builder().accessKey(b.huaweiAccessKey)
                .secretKey(b.huaweiSecret).projectId(b.projectId).domainId(b.domainId).build();
        this.huaweiUser = b.huaweiUser;
        accounts.addAlibaba(alibabaCredentials);
        accounts.addHuawei(huaweiCredentials);
        accounts.addUser(huaweiUser);
        EmulatorDispatcher dispatcher = new EmulatorDispatcher(clock,
                new AlibabaApi(accounts, smc, dts, SIGNATURE_WINDOW),
                new HuaweiApi(accounts, oms, sms, b.projectId, b.domainId, SIGNATURE_WINDOW), faults, journal,
                rateLimits);
        server.setDispatcher(dispatcher);
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        dispatcher.attach(server);
        try {
            server.start(InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1}), b.port);
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException("Could not start the emulator on port " + b.port, e);
        }
        this.endpoint = URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** Starts an emulator with default settings on a random free port of 127.0.0.1. */
    public static MigrationEmulator start() {
        return builder().start();
    }

    /** Starts an emulator with default settings on {@code port} of 127.0.0.1 (0 picks a free port). */
    public static MigrationEmulator start(int port) {
        return builder().port(port).start();
    }

    /** A builder to choose the clock, port and default credentials. */
    public static Builder builder() {
        return new Builder();
    }

    /** Base URI of every service, e.g. {@code http://127.0.0.1:54321}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The port the emulator listens on. */
    public int port() {
        return endpoint.getPort();
    }

    /** The emulator's clock (response {@code Date}, signature windows, token expiry). */
    public Clock clock() {
        return clock;
    }

    /** The default Alibaba credentials (long-term AccessKey). */
    public AlibabaCredentials alibabaCredentials() {
        return alibabaCredentials;
    }

    /** The default Huawei AK/SK, carrying {@link #projectId()} and {@link #domainId()}. */
    public HuaweiAkSkCredentials huaweiCredentials() {
        return huaweiCredentials;
    }

    /** The project id OMS paths must carry. */
    public String projectId() {
        return huaweiCredentials.projectId();
    }

    /** The account (domain) id SMS requests may carry in {@code X-Domain-Id}. */
    public String domainId() {
        return huaweiCredentials.domainId();
    }

    /** The default IAM user accepted by {@code POST /v3/auth/tokens}. */
    public HuaweiIamUser huaweiUser() {
        return huaweiUser;
    }

    /** Issues a new Huawei IAM token, valid for {@code X-Auth-Token} for 24 hours of emulator clock. */
    public String issueHuaweiToken() {
        return accounts.issueHuaweiToken(clock.instant().plus(HuaweiApi.TOKEN_VALIDITY));
    }

    /** Issues a new token (see {@link #issueHuaweiToken()}) as credentials with project id, domain id and expiry. */
    public HuaweiTokenCredentials issueHuaweiTokenCredentials() {
        Instant expires = clock.instant().plus(HuaweiApi.TOKEN_VALIDITY);
        return HuaweiTokenCredentials.of(accounts.issueHuaweiToken(expires), projectId(), domainId(), expires);
    }

    /**
     * Makes more Alibaba credentials valid. With a security token they are STS credentials: requests must carry
     * that token ({@code SecurityToken} / {@code x-acs-security-token}), and once {@code expiration} (if set) has
     * passed on the emulator clock they are answered 403 {@code InvalidSecurityToken.Expired}.
     */
    public MigrationEmulator registerAlibabaCredentials(AlibabaCredentials credentials) {
        accounts.addAlibaba(credentials);
        return this;
    }

    /**
     * Makes more Huawei AK/SK credentials valid. With a security token they are temporary credentials: requests
     * must carry and sign {@code X-Security-Token}; after {@code expiration} (if set) they are refused.
     */
    public MigrationEmulator registerHuaweiCredentials(HuaweiAkSkCredentials credentials) {
        accounts.addHuawei(credentials);
        return this;
    }

    /** Makes {@code token} valid for {@code X-Auth-Token} until {@code expiresAt} (emulator clock). */
    public MigrationEmulator registerHuaweiToken(String token, Instant expiresAt) {
        accounts.addHuaweiToken(token, expiresAt);
        return this;
    }

    /** Adds an IAM user for {@code POST /v3/auth/tokens} password authentication. */
    public MigrationEmulator registerHuaweiUser(String domainName, String userName, String password) {
        accounts.addUser(new HuaweiIamUser(domainName, userName, password));
        return this;
    }

    /** SMC replication jobs. */
    public SmcJobs smc() {
        return smc;
    }

    /** DTS jobs. */
    public DtsJobs dts() {
        return dts;
    }

    /** OMS migration tasks. */
    public OmsTasks oms() {
        return oms;
    }

    /** SMS migration tasks. */
    public SmsTasks sms() {
        return sms;
    }

    /** Fault injection. */
    public Faults faults() {
        return faults;
    }

    /** Per-service token-bucket rate limits (none by default). */
    public RateLimits rateLimits() {
        return rateLimits;
    }

    /** Requests received so far. */
    public Journal journal() {
        return journal;
    }

    /** Clears all jobs, tasks, queued faults, rate limits and the journal (credentials and tokens stay). */
    public void reset() {
        smc.clear();
        dts.clear();
        oms.clear();
        sms.clear();
        faults.clear();
        journal.clear();
        rateLimits.clear();
    }

    /**
     * Human-readable description: endpoint, the emulator's (throwaway) credentials and the seeded jobs and tasks.
     * Meant for a console, e.g. {@code migsdk emulator --port N}.
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("migsdk emulator (SMC, DTS, OMS, SMS, IAM) listening on ").append(endpoint).append('\n');
        out.append("Alibaba AccessKey id:     ").append(alibabaCredentials.accessKeyId()).append('\n');
        out.append("Alibaba AccessKey secret: ").append(alibabaCredentials.accessKeySecret()).append('\n');
        out.append("Huawei AK:                ").append(huaweiCredentials.accessKey()).append('\n');
        out.append("Huawei SK:                ").append(huaweiCredentials.secretKey()).append('\n');
        out.append("Huawei project id (OMS):  ").append(projectId()).append('\n');
        out.append("Huawei domain id (SMS):   ").append(domainId()).append('\n');
        out.append("Huawei IAM user:          ").append(huaweiUser.domainName()).append(" / ")
                .append(huaweiUser.userName()).append(" / ").append(huaweiUser.password()).append('\n');
        out.append("(throwaway credentials, accepted only by this emulator)\n");
        appendList(out, "SMC jobs", smc.jobs().stream().map(j -> j.jobId() + " " + j.status().wireValue() + "/"
                + j.businessStatus().wireValue()).toList());
        appendList(out, "DTS jobs", dts.jobs().stream().map(j -> j.dtsJobId() + " " + j.status().wireValue())
                .toList());
        appendList(out, "OMS tasks", oms.tasks().stream().map(t -> t.taskId() + " " + t.status() + " ("
                + t.status().code() + ")").toList());
        appendList(out, "SMS tasks", sms.tasks().stream().map(t -> t.taskId() + " " + t.state()
                + (t.forbidden() ? " (forbidden)" : "")).toList());
        return out.toString();
    }

    private static void appendList(StringBuilder out, String title, java.util.List<String> items) {
        out.append(title).append(": ").append(items.isEmpty() ? "none" : "").append('\n');
        items.forEach(i -> out.append("  ").append(i).append('\n'));
    }


    // ---------------------------------------------------------------- wired clients

    /** A new SMC client wired to this emulator (see the class comment); closed when the emulator closes. */
    public SmcClient smcClient() {
        return smcClient(b -> { });
    }

    /**
     * A new SMC client wired to this emulator, after {@code customizer} has adjusted its builder (it may replace
     * any setting, e.g. {@code b -> b.signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1)}). Closed when
     * the emulator closes.
     */
    public SmcClient smcClient(Consumer<SmcClientBuilder> customizer) {
        SmcClientBuilder b = wire(SmcClient.builder()).credentials(alibabaCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    /** An async SMC client wired to this emulator; closed when the emulator closes. */
    public SmcAsyncClient smcAsyncClient() {
        return smcAsyncClient(b -> { });
    }

    /** An async SMC client wired to this emulator and then adjusted by {@code customizer}. */
    public SmcAsyncClient smcAsyncClient(Consumer<SmcAsyncClientBuilder> customizer) {
        SmcAsyncClientBuilder b = wire(SmcAsyncClient.builder()).credentials(alibabaCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    /** A DTS client wired to this emulator; closed when the emulator closes. */
    public DtsClient dtsClient() {
        return dtsClient(b -> { });
    }

    /** A DTS client wired to this emulator and then adjusted by {@code customizer}. */
    public DtsClient dtsClient(Consumer<DtsClientBuilder> customizer) {
        DtsClientBuilder b = wire(DtsClient.builder()).credentials(alibabaCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    /** An async DTS client wired to this emulator; closed when the emulator closes. */
    public DtsAsyncClient dtsAsyncClient() {
        return dtsAsyncClient(b -> { });
    }

    /** An async DTS client wired to this emulator and then adjusted by {@code customizer}. */
    public DtsAsyncClient dtsAsyncClient(Consumer<DtsAsyncClientBuilder> customizer) {
        DtsAsyncClientBuilder b = wire(DtsAsyncClient.builder()).credentials(alibabaCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    /** An OMS client wired to this emulator, signing with {@link #huaweiCredentials()}; closed with the emulator. */
    public OmsClient omsClient() {
        return omsClient(b -> { });
    }

    /**
     * An OMS client wired to this emulator that authenticates with {@code credentials}, e.g. a token from
     * {@link #issueHuaweiTokenCredentials()} or temporary AK/SK registered with
     * {@link #registerHuaweiCredentials(HuaweiAkSkCredentials)}.
     */
    public OmsClient omsClient(HuaweiCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return omsClient(b -> b.credentials(credentials));
    }

    /** An OMS client wired to this emulator and then adjusted by {@code customizer}. */
    public OmsClient omsClient(Consumer<OmsClientBuilder> customizer) {
        OmsClientBuilder b = wire(OmsClient.builder()).credentials(huaweiCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    /** An async OMS client wired to this emulator; closed when the emulator closes. */
    public OmsAsyncClient omsAsyncClient() {
        return omsAsyncClient(b -> { });
    }

    /** An async OMS client wired to this emulator and then adjusted by {@code customizer}. */
    public OmsAsyncClient omsAsyncClient(Consumer<OmsAsyncClientBuilder> customizer) {
        OmsAsyncClientBuilder b = wire(OmsAsyncClient.builder()).credentials(huaweiCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    /** An SMS client wired to this emulator, signing with {@link #huaweiCredentials()}; closed with the emulator. */
    public SmsClient smsClient() {
        return smsClient(b -> { });
    }

    /** An SMS client wired to this emulator that authenticates with {@code credentials} (AK/SK or token). */
    public SmsClient smsClient(HuaweiCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return smsClient(b -> b.credentials(credentials));
    }

    /** An SMS client wired to this emulator and then adjusted by {@code customizer}. */
    public SmsClient smsClient(Consumer<SmsClientBuilder> customizer) {
        SmsClientBuilder b = wire(SmsClient.builder()).credentials(huaweiCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    /** An async SMS client wired to this emulator; closed when the emulator closes. */
    public SmsAsyncClient smsAsyncClient() {
        return smsAsyncClient(b -> { });
    }

    /** An async SMS client wired to this emulator and then adjusted by {@code customizer}. */
    public SmsAsyncClient smsAsyncClient(Consumer<SmsAsyncClientBuilder> customizer) {
        SmsAsyncClientBuilder b = wire(SmsAsyncClient.builder()).credentials(huaweiCredentials);
        customizer.accept(b);
        return track(b.build());
    }

    private <B extends SdkClientBuilder<B, ?>> B wire(B builder) {
        if (closed) {
            throw new IllegalStateException("The emulator is closed");
        }
        builder.endpointOverride(endpoint).allowPlainHttp(true).retryPolicy(TEST_RETRY_POLICY)
                .userAgentSuffix("migsdk-testkit");
        if (clock instanceof VirtualClock virtual) { // the client signs, backs off and polls in virtual time
            builder.clock(virtual).sleeper(virtual);
        }
        return builder;
    }

    private <T extends AutoCloseable> T track(T client) {
        clients.add(client);
        return client;
    }

    /** Stops the server after closing every client it handed out. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            List<AutoCloseable> handedOut = new ArrayList<>(clients);
            clients.clear();
            for (AutoCloseable c : handedOut) {
                try {
                    c.close();
                } catch (Exception e) {
                    // closing a client releases local resources only; keep closing the rest
                }
            }
            server.close();
        }
    }

    @Override
    public String toString() {
        return "MigrationEmulator[" + endpoint + "]";
    }

    /** Configures a {@link MigrationEmulator}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private int port;
        private String alibabaAccessKeyId = DEFAULT_ALIBABA_ACCESS_KEY_ID;
        private String alibabaSecret = DEFAULT_ALIBABA_SECRET;
        private String huaweiAccessKey = DEFAULT_HUAWEI_ACCESS_KEY;
        private String huaweiSecret = DEFAULT_HUAWEI_SECRET;
        private String projectId = DEFAULT_PROJECT_ID;
        private String domainId = DEFAULT_DOMAIN_ID;
        private HuaweiIamUser huaweiUser = DEFAULT_USER;

        private Builder() {
        }

        /**
         * The emulator's clock; use a fixed or offset clock to simulate client clock skew, or a
         * {@link VirtualClock} to run time-driven state (stops, rate limits) in virtual time: the clients the
         * emulator hands out then use it as their clock and sleeper too.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = port;
            return this;
        }

        /** The default Alibaba AccessKey pair. */
        public Builder alibabaCredentials(String accessKeyId, String accessKeySecret) {
            this.alibabaAccessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
            this.alibabaSecret = Objects.requireNonNull(accessKeySecret, "accessKeySecret");
            return this;
        }

        /** The default Huawei AK/SK. */
        public Builder huaweiCredentials(String accessKey, String secretKey) {
            this.huaweiAccessKey = Objects.requireNonNull(accessKey, "accessKey");
            this.huaweiSecret = Objects.requireNonNull(secretKey, "secretKey");
            return this;
        }

        /** The Huawei project id (OMS). */
        public Builder projectId(String projectId) {
            this.projectId = Objects.requireNonNull(projectId, "projectId");
            return this;
        }

        /** The Huawei account (domain) id (SMS). */
        public Builder domainId(String domainId) {
            this.domainId = Objects.requireNonNull(domainId, "domainId");
            return this;
        }

        /** The default IAM user for password authentication. */
        public Builder huaweiUser(String domainName, String userName, String password) {
            this.huaweiUser = new HuaweiIamUser(domainName, userName, password);
            return this;
        }

        /** Starts the emulator. */
        public MigrationEmulator start() {
            return new MigrationEmulator(this);
        }
    }
}
