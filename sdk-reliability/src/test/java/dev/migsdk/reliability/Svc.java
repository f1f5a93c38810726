package dev.migsdk.reliability;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The four services as one shape: seed a deletable task, build sync/async clients, delete, read the journal. */
public enum Svc {
    SMC(EmulatedService.SMC), DTS(EmulatedService.DTS), OMS(EmulatedService.OMS), SMS(EmulatedService.SMS);

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    private final EmulatedService emulated;

    Svc(EmulatedService emulated) {
        this.emulated = emulated;
    }

    public EmulatedService emulated() {
        return emulated;
    }

    /** A fresh id in the service's format (OMS: digits). */
    public String newId() {
        long n = IDS.incrementAndGet();
        return switch (this) {
            case SMC -> "j-rel" + n;
            case DTS -> "dtsrel" + n;
            case OMS -> Long.toString(n);
            case SMS -> "0f1e2d3c-rel-" + n;
        };
    }

    /** Seeds a task that DeleteX accepts. */
    public void seed(MigrationEmulator emu, String id) {
        switch (this) {
            case SMC -> emu.smc().addJob(id, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
            case DTS -> emu.dts().addJob(id, DtsJobStatus.FINISHED);
            case OMS -> emu.oms().addTask(Long.parseLong(id), OmsTaskStatus.STOPPED);
            case SMS -> emu.sms().addTask(id, SmsTaskState.MIGRATE_SUCCESS);
        }
    }

    /** Whether the task is still there. */
    public boolean exists(MigrationEmulator emu, String id) {
        return switch (this) {
            case SMC -> emu.smc().job(id).isPresent();
            case DTS -> emu.dts().job(id).isPresent();
            case OMS -> emu.oms().task(Long.parseLong(id)).isPresent();
            case SMS -> emu.sms().task(id).isPresent();
        };
    }

    /** The task id the emulator decoded from a journal entry of this service. */
    public String idOf(MigrationEmulator emu, JournalEntry e) {
        return switch (this) {
            case SMC -> e.queryParameter("JobId");
            case DTS -> e.queryParameter("DtsJobId");
            case OMS -> after(e.path(), "/v2/" + emu.projectId() + "/tasks/");
            case SMS -> after(e.path(), "/v3/tasks/");
        };
    }

    private static String after(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : null;
    }

    /** A sync client with the emulator's endpoint and credentials, then {@code config}. */
    public Client client(MigrationEmulator emu, Consumer<SdkClientBuilder<?, ?>> config) {
        return client(emu, false, config);
    }

    /** An async client with the emulator's endpoint and credentials, then {@code config}. */
    public Client asyncClient(MigrationEmulator emu, Consumer<SdkClientBuilder<?, ?>> config) {
        return client(emu, true, config);
    }

    /** Builds sync or async. */
    public Client client(MigrationEmulator emu, boolean async, Consumer<SdkClientBuilder<?, ?>> config) {
        return client(emu.endpoint(), StaticCredentialsProvider.create(emu.alibabaCredentials()),
                StaticCredentialsProvider.create(emu.huaweiCredentials()), async, config);
    }

    /**
     * A sync or async client of any endpoint (plain http allowed), signing with the provider of its cloud,
     * then {@code config}.
     */
    public Client client(URI endpoint, CredentialsProvider<AlibabaCredentials> alibaba,
                         CredentialsProvider<? extends HuaweiCredentials> huawei, boolean async,
                         Consumer<SdkClientBuilder<?, ?>> config) {
        return switch (this) {
            case SMC -> {
                if (async) {
                    SmcAsyncClient c = prepare(SmcAsyncClient.builder().credentialsProvider(alibaba), endpoint, config)
                            .build();
                    yield new Client(this, c, null, id -> c.deleteReplicationJob(r -> r.jobId(id)));
                }
                SmcClient c = prepare(SmcClient.builder().credentialsProvider(alibaba), endpoint, config).build();
                yield new Client(this, c, id -> c.deleteReplicationJob(r -> r.jobId(id)), null);
            }
            case DTS -> {
                if (async) {
                    DtsAsyncClient c = prepare(DtsAsyncClient.builder().credentialsProvider(alibaba), endpoint, config)
                            .build();
                    yield new Client(this, c, null, id -> c.deleteDtsJob(r -> r.dtsJobId(id)));
                }
                DtsClient c = prepare(DtsClient.builder().credentialsProvider(alibaba), endpoint, config).build();
                yield new Client(this, c, id -> c.deleteDtsJob(r -> r.dtsJobId(id)), null);
            }
            case OMS -> {
                if (async) {
                    OmsAsyncClient c = prepare(OmsAsyncClient.builder().credentialsProvider(huawei), endpoint, config)
                            .build();
                    yield new Client(this, c, null, id -> c.deleteTask(r -> r.taskId(Long.parseLong(id))));
                }
                OmsClient c = prepare(OmsClient.builder().credentialsProvider(huawei), endpoint, config).build();
                yield new Client(this, c, id -> c.deleteTask(r -> r.taskId(Long.parseLong(id))), null);
            }
            case SMS -> {
                if (async) {
                    dev.migsdk.sms.SmsAsyncClient c = prepare(dev.migsdk.sms.SmsAsyncClient.builder()
                            .credentialsProvider(huawei), endpoint, config).build();
                    yield new Client(this, c, null, id -> c.deleteTask(r -> r.taskId(id)));
                }
                dev.migsdk.sms.SmsClient c = prepare(dev.migsdk.sms.SmsClient.builder().credentialsProvider(huawei),
                        endpoint, config).build();
                yield new Client(this, c, id -> c.deleteTask(r -> r.taskId(id)), null);
            }
        };
    }

    /** Points {@code b} at {@code endpoint} (plain http allowed), then applies {@code config}. */
    static <B extends SdkClientBuilder<B, ?>> B prepare(B b, URI endpoint, Consumer<SdkClientBuilder<?, ?>> config) {
        b.endpointOverride(endpoint).allowPlainHttp(true);
        config.accept(b);
        return b;
    }

    /** Whether a delete response says the task was already gone (idempotent delete). */
    public static boolean alreadyDeleted(SdkResponse r) {
        if (r instanceof DeleteReplicationJobResponse s) {
            return s.alreadyDeleted();
        }
        if (r instanceof DeleteDtsJobResponse d) {
            return d.alreadyDeleted();
        }
        if (r instanceof dev.migsdk.oms.model.DeleteTaskResponse o) {
            return o.alreadyDeleted();
        }
        if (r instanceof dev.migsdk.sms.model.DeleteTaskResponse s) {
            return s.alreadyDeleted();
        }
        throw new IllegalArgumentException("not a delete response: " + r);
    }
}
