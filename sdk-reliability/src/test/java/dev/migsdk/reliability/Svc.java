package dev.migsdk.reliability;

import dev.migsdk.core.SdkResponse;
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
import java.util.concurrent.CompletableFuture;
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
        return switch (this) {
            case SMC -> {
                var b = SmcClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                        .credentials(emu.alibabaCredentials());
                config.accept(b);
                SmcClient c = b.build();
                yield new Client(this, c, id -> c.deleteReplicationJob(r -> r.jobId(id)), null);
            }
            case DTS -> {
                var b = DtsClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                        .credentials(emu.alibabaCredentials());
                config.accept(b);
                DtsClient c = b.build();
                yield new Client(this, c, id -> c.deleteDtsJob(r -> r.dtsJobId(id)), null);
            }
            case OMS -> {
                var b = OmsClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                        .credentials(emu.huaweiCredentials());
                config.accept(b);
                OmsClient c = b.build();
                yield new Client(this, c, id -> c.deleteTask(r -> r.taskId(Long.parseLong(id))), null);
            }
            case SMS -> {
                var b = SmsClientBuilderAccess.sync(emu);
                config.accept(b);
                dev.migsdk.sms.SmsClient c = b.build();
                yield new Client(this, c, id -> c.deleteTask(r -> r.taskId(id)), null);
            }
        };
    }

    /** An async client with the emulator's endpoint and credentials, then {@code config}. */
    public Client asyncClient(MigrationEmulator emu, Consumer<SdkClientBuilder<?, ?>> config) {
        return switch (this) {
            case SMC -> {
                var b = SmcAsyncClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                        .credentials(emu.alibabaCredentials());
                config.accept(b);
                SmcAsyncClient c = b.build();
                yield new Client(this, c, null, id -> c.deleteReplicationJob(r -> r.jobId(id)));
            }
            case DTS -> {
                var b = DtsAsyncClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                        .credentials(emu.alibabaCredentials());
                config.accept(b);
                DtsAsyncClient c = b.build();
                yield new Client(this, c, null, id -> c.deleteDtsJob(r -> r.dtsJobId(id)));
            }
            case OMS -> {
                var b = OmsAsyncClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                        .credentials(emu.huaweiCredentials());
                config.accept(b);
                OmsAsyncClient c = b.build();
                yield new Client(this, c, null, id -> c.deleteTask(r -> r.taskId(Long.parseLong(id))));
            }
            case SMS -> {
                var b = SmsClientBuilderAccess.async(emu);
                config.accept(b);
                dev.migsdk.sms.SmsAsyncClient c = b.build();
                yield new Client(this, c, null, id -> c.deleteTask(r -> r.taskId(id)));
            }
        };
    }

    /** Builds sync or async. */
    public Client client(MigrationEmulator emu, boolean async, Consumer<SdkClientBuilder<?, ?>> config) {
        return async ? asyncClient(emu, config) : client(emu, config);
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

    /** Builders of SMS, kept apart only because its client names clash with OMS's. */
    private static final class SmsClientBuilderAccess {
        static dev.migsdk.sms.SmsClientBuilder sync(MigrationEmulator emu) {
            return dev.migsdk.sms.SmsClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                    .credentials(emu.huaweiCredentials());
        }

        static dev.migsdk.sms.SmsAsyncClientBuilder async(MigrationEmulator emu) {
            return dev.migsdk.sms.SmsAsyncClient.builder().endpointOverride(emu.endpoint()).allowPlainHttp(true)
                    .credentials(emu.huaweiCredentials());
        }
    }
}
