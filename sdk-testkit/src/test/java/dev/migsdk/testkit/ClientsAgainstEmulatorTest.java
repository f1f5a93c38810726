package dev.migsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiIamTokenProvider;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.SmsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real clients against the emulator, end to end: every signing mode, every state refusal, throttling, clock
 * skew, sync and async. Client and emulator were written independently from the published algorithms, so a
 * pass here means both sides agree with protocols.md, not merely with each other's code.
 */
@ExtendWith(MigrationEmulatorExtension.class)
class ClientsAgainstEmulatorTest {

    // ------------------------------------------------------------------ Alibaba signing modes and formats

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void smcStopThenDeleteWithEveryAlibabaAlgorithmInJson(AlibabaSignatureAlgorithm algorithm,
                                                          MigrationEmulator emulator) {
        stopThenDelete(emulator, algorithm, ResponseFormat.JSON);
    }

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void smcStopThenDeleteWithEveryAlibabaAlgorithmInXml(AlibabaSignatureAlgorithm algorithm,
                                                         MigrationEmulator emulator) {
        stopThenDelete(emulator, algorithm, ResponseFormat.XML);
    }

    private static void stopThenDelete(MigrationEmulator emulator, AlibabaSignatureAlgorithm algorithm,
                                       ResponseFormat format) {
        emulator.smc().addJob("j-sign", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        SmcClient smc = emulator.smcClient(b -> b.signatureAlgorithm(algorithm).responseFormat(format));

        assertThat(smc.stopReplicationJob(r -> r.jobId("j-sign")).requestId()).isNotBlank();
        assertThat(emulator.smc().job("j-sign")).map(SmcJob::status).contains(SmcJobStatus.STOPPED);
        DeleteReplicationJobResponse deleted = smc.deleteReplicationJob(r -> r.jobId("j-sign"));

        assertThat(deleted.requestId()).isEqualTo(last(emulator).requestId());
        assertThat(deleted.alreadyDeleted()).isFalse();
        assertThat(emulator.smc().job("j-sign")).isEmpty();
        JournalEntry entry = last(emulator);
        assertThat(entry.succeeded()).isTrue();
        if (algorithm == AlibabaSignatureAlgorithm.RPC_HMAC_SHA1) {
            assertThat(entry.queryParameter("Signature")).isNotNull();
            assertThat(entry.header("Authorization")).isNull();
        } else {
            assertThat(entry.header("Authorization")).startsWith(algorithm.name().replace('_', '-'));
        }
    }

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void dtsDeleteWithEveryAlibabaAlgorithm(AlibabaSignatureAlgorithm algorithm, MigrationEmulator emulator) {
        emulator.dts().addJob("dts-1", DtsJobStatus.SYNCHRONIZING);
        DtsClient dts = emulator.dtsClient(b -> b.signatureAlgorithm(algorithm));

        DeleteDtsJobResponse r = dts.deleteDtsJob(b -> b.dtsJobId("dts-1").regionId("cn-hangzhou"));

        assertThat(r.success()).isTrue();
        assertThat(r.httpStatusCode()).isEqualTo(200);
        assertThat(r.requestId()).isNotBlank();
        assertThat(emulator.dts().job("dts-1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void alibabaStsCredentialsCarryTheirToken(AlibabaSignatureAlgorithm algorithm, MigrationEmulator emulator) {
        AlibabaCredentials sts = AlibabaCredentials.of("STS.NUemulatortest", "stsSecretForEmulatorTests",
                "CAISemulatorSecurityToken+/=", emulator.clock().instant().plus(Duration.ofHours(1)));
        emulator.registerAlibabaCredentials(sts);
        emulator.smc().addJob("j-sts", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);

        emulator.smcClient(b -> b.signatureAlgorithm(algorithm).credentials(sts))
                .deleteReplicationJob(r -> r.jobId("j-sts"));

        assertThat(emulator.smc().job("j-sts")).isEmpty();
    }

    @Test
    void expiredAlibabaStsTokenIsAnAuthenticationError(MigrationEmulator emulator) {
        AlibabaCredentials sts = AlibabaCredentials.of("STS.NUexpired", "stsSecretForEmulatorTests",
                "CAISexpiredToken", emulator.clock().instant().minusSeconds(1));
        emulator.registerAlibabaCredentials(sts);
        emulator.smc().addJob("j-sts", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);

        assertThatThrownBy(() -> emulator.smcClient(b -> b.credentials(sts))
                .deleteReplicationJob(r -> r.jobId("j-sts")))
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("InvalidSecurityToken.Expired"));
        assertThat(emulator.smc().job("j-sts")).isPresent();
    }

    @Test
    void wrongAlibabaSecretIsSignatureDoesNotMatchAndNeverRetried(MigrationEmulator emulator) {
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        AlibabaCredentials wrong = AlibabaCredentials.of(MigrationEmulator.DEFAULT_ALIBABA_ACCESS_KEY_ID,
                "not-the-secret");

        assertThatThrownBy(() -> emulator.smcClient(b -> b.credentials(wrong))
                .deleteReplicationJob(r -> r.jobId("j-1")))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
                    assertThat(e.attempts()).isEqualTo(1);
                });
    }

    /** Characters that the two percent-encoders (client's and emulator's) must treat identically. */
    private static final String AWKWARD_ID = "j a+b/c*d~e=f&g%h?i#j:k\u00fc\u4e2d";

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void awkwardAlibabaIdsAreSignedAndDecodedAlike(AlibabaSignatureAlgorithm algorithm, MigrationEmulator emulator) {
        emulator.smc().addJob(AWKWARD_ID, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.dts().addJob(AWKWARD_ID, DtsJobStatus.FINISHED);

        emulator.smcClient(b -> b.signatureAlgorithm(algorithm)).deleteReplicationJob(r -> r.jobId(AWKWARD_ID));
        emulator.dtsClient(b -> b.signatureAlgorithm(algorithm)).deleteDtsJob(r -> r.dtsJobId(AWKWARD_ID));

        assertThat(emulator.smc().jobs()).isEmpty();
        assertThat(emulator.dts().jobs()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(HuaweiSignatureAlgorithm.class)
    void awkwardSmsTaskIdStaysOneSignedPathSegment(HuaweiSignatureAlgorithm algorithm, MigrationEmulator emulator) {
        emulator.sms().addTask(AWKWARD_ID, SmsTaskState.READY);
        emulator.sms().addTask("other", SmsTaskState.READY);

        emulator.smsClient(b -> b.signatureAlgorithm(algorithm)).deleteTask(r -> r.taskId(AWKWARD_ID));

        assertThat(emulator.sms().tasks()).extracting(SmsTask::taskId).containsExactly("other");
        assertThat(last(emulator).path()).isEqualTo("/v3/tasks/" + AWKWARD_ID);
    }

    @Test
    void dotSegmentTaskIdsAreRefusedBeforeAnythingIsSent(MigrationEmulator emulator) {
        emulator.sms().addTask("..", SmsTaskState.READY);
        SmsClient sms = emulator.smsClient();

        assertThatThrownBy(() -> sms.deleteTask(r -> r.taskId(".."))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sms.deleteTask(r -> r.taskId("."))).isInstanceOf(IllegalArgumentException.class);

        assertThat(emulator.journal().requests()).isEmpty();
    }

    // ------------------------------------------------------------------ Huawei signing modes

    @ParameterizedTest
    @EnumSource(HuaweiSignatureAlgorithm.class)
    void omsAndSmsDeleteWithEveryHuaweiAlgorithm(HuaweiSignatureAlgorithm algorithm, MigrationEmulator emulator) {
        emulator.oms().addTask(1234567890123L, OmsTaskStatus.STOPPED);
        emulator.sms().addTask("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", SmsTaskState.ABORT);

        String omsRequestId = emulator.omsClient(b -> b.signatureAlgorithm(algorithm))
                .deleteTask(r -> r.taskId(1234567890123L)).requestId();
        String smsRequestId = emulator.smsClient(b -> b.signatureAlgorithm(algorithm))
                .deleteTask(r -> r.taskId("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")).requestId();

        assertThat(emulator.oms().tasks()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
        List<JournalEntry> journal = emulator.journal().requests();
        assertThat(journal).extracting(JournalEntry::requestId).containsExactly(omsRequestId, smsRequestId);
        assertThat(journal).allSatisfy(e -> assertThat(e.header("Authorization"))
                .startsWith(algorithm.name().replace('_', '-')));
        assertThat(journal.get(0).header("X-Project-Id")).isEqualTo(emulator.projectId());
        assertThat(journal.get(1).header("X-Domain-Id")).isEqualTo(emulator.domainId());
    }

    @Test
    void tokenIssuedByTheEmulatorAuthenticatesWithoutSignature(MigrationEmulator emulator) {
        HuaweiTokenCredentials token = emulator.issueHuaweiTokenCredentials();
        emulator.oms().addTask(7, OmsTaskStatus.SUCCEEDED);
        emulator.sms().addTask("sms-token", SmsTaskState.MIGRATE_SUCCESS);

        emulator.omsClient(token).deleteTask(r -> r.taskId(7L));
        emulator.smsClient(token).deleteTask(r -> r.taskId("sms-token"));

        assertThat(emulator.oms().tasks()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
        assertThat(emulator.journal().requests()).allSatisfy(e -> {
            assertThat(e.header("X-Auth-Token")).isEqualTo(token.token());
            assertThat(e.header("Authorization")).isNull();
        });
    }

    @Test
    void tokenFromIamTokenProviderAgainstTheEmulatorsIam(MigrationEmulator emulator) {
        HuaweiIamUser user = emulator.huaweiUser();
        HuaweiIamTokenProvider tokens = HuaweiIamTokenProvider.builder()
                .iamEndpoint(emulator.endpoint().toString()).allowPlainHttp(true)
                .accountName(user.domainName()).userName(user.userName()).password(user.password())
                .projectScope("cn-north-4")
                .build();
        emulator.oms().addTask(42, OmsTaskStatus.FAILED);
        emulator.sms().addTask("sms-iam", SmsTaskState.READY);

        emulator.omsClient(b -> b.credentialsProvider(tokens)).deleteTask(r -> r.taskId(42L));
        emulator.smsClient(b -> b.credentialsProvider(tokens)).deleteTask(r -> r.taskId("sms-iam"));

        assertThat(emulator.oms().tasks()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
        List<JournalEntry> journal = emulator.journal().requests();
        assertThat(journal).extracting(JournalEntry::operation)
                .containsExactly("CreateToken", "DeleteTask", "DeleteTask");
        // The project id came from the token response, and the OMS path used it.
        assertThat(journal.get(1).path()).isEqualTo("/v2/" + emulator.projectId() + "/tasks/42");
    }

    @Test
    void wrongIamPasswordIsACredentialsError(MigrationEmulator emulator) {
        HuaweiIamTokenProvider tokens = HuaweiIamTokenProvider.builder()
                .iamEndpoint(emulator.endpoint().toString()).allowPlainHttp(true)
                .accountName(emulator.huaweiUser().domainName()).userName(emulator.huaweiUser().userName())
                .password("wrong-password").projectScope("cn-north-4")
                .build();

        assertThatThrownBy(() -> emulator.omsClient(b -> b.credentialsProvider(tokens)).deleteTask(r -> r.taskId(1L)))
                .isInstanceOf(dev.migsdk.core.exception.CredentialsException.class)
                .hasMessageContaining("401")
                .hasMessageNotContaining("wrong-password");
    }

    @ParameterizedTest
    @EnumSource(HuaweiSignatureAlgorithm.class)
    void huaweiTemporaryAkSkSignsTheSecurityToken(HuaweiSignatureAlgorithm algorithm, MigrationEmulator emulator) {
        HuaweiAkSkCredentials temporary = HuaweiAkSkCredentials.builder().accessKey("TEMPAKEMULATOR0001")
                .secretKey("TemporarySecretKeyForEmulatorTests0001").securityToken("gQpjbi1ub3J0aC00temporary")
                .projectId(emulator.projectId()).domainId(emulator.domainId())
                .expiration(emulator.clock().instant().plus(Duration.ofHours(1))).build();
        emulator.registerHuaweiCredentials(temporary);
        emulator.oms().addTask(9, OmsTaskStatus.STOPPED);
        emulator.sms().addTask("sms-sts", SmsTaskState.ABORT);

        emulator.omsClient(b -> b.signatureAlgorithm(algorithm).credentials(temporary)).deleteTask(r -> r.taskId(9L));
        emulator.smsClient(b -> b.signatureAlgorithm(algorithm).credentials(temporary))
                .deleteTask(r -> r.taskId("sms-sts"));

        assertThat(emulator.oms().tasks()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
        assertThat(emulator.journal().requests()).allSatisfy(e ->
                assertThat(e.header("Authorization")).contains("x-security-token"));
    }

    @Test
    void unknownTokenIsAnAuthenticationError(MigrationEmulator emulator) {
        emulator.sms().addTask("sms-1", SmsTaskState.READY);

        assertThatThrownBy(() -> emulator.smsClient(HuaweiTokenCredentials.of("MIInot-a-token"))
                .deleteTask(r -> r.taskId("sms-1")))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("APIGW.0301");
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    // ------------------------------------------------------------------ state refusals → typed exceptions

    @Test
    void stoppingAStoppedSmcJobIsInvalidStatus(MigrationEmulator emulator) {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);

        assertThatThrownBy(() -> emulator.smcClient().stopReplicationJob(r -> r.jobId("j-stopped")))
                .isInstanceOfSatisfying(InvalidStatusException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("ReplicationJob.InvalidStatus");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.requestId()).isEqualTo(last(emulator).requestId());
                    assertThat(e.getMessage()).contains("Service: SMC", "Operation: StopReplicationJob",
                            "Code: ReplicationJob.InvalidStatus", "Request ID: " + e.requestId());
                });
    }

    @Test
    void deletingARunningSmcJobIsInvalidStatusInXmlToo(MigrationEmulator emulator) {
        emulator.smc().addJob("j-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);

        assertThatThrownBy(() -> emulator.smcClient(b -> b.responseFormat(ResponseFormat.XML))
                .deleteReplicationJob(r -> r.jobId("j-running")))
                .isInstanceOfSatisfying(InvalidStatusException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("ReplicationJob.InvalidStatus");
                    assertThat(e.errorMessage()).contains("Running");
                    assertThat(e.requestId()).isNotBlank();
                });
        assertThat(emulator.smc().job("j-running")).isPresent();
    }

    @Test
    void unknownSmcJobIsResourceNotFound(MigrationEmulator emulator) {
        assertThatThrownBy(() -> emulator.smcClient().deleteReplicationJob(r -> r.jobId("j-missing")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("InvalidJobId.NotFound"));
    }

    @Test
    void unknownDtsJobIsResourceNotFoundFromA200SuccessFalseBody(MigrationEmulator emulator) {
        assertThatThrownBy(() -> emulator.dtsClient().deleteDtsJob(r -> r.dtsJobId("dts-missing")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("InvalidJobId.NotFound");
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.errorMessage()).contains("dts-missing").doesNotContain("%s");
                });
    }

    @Test
    void deletingARunningOmsTaskIsInvalidStatus(MigrationEmulator emulator) {
        emulator.oms().addTask(5, OmsTaskStatus.RUNNING);

        assertThatThrownBy(() -> emulator.omsClient().deleteTask(r -> r.taskId(5L)))
                .isInstanceOfSatisfying(InvalidStatusException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("OMS.1002");
                    assertThat(e.requestId()).isEqualTo(last(emulator).requestId());
                });
        assertThat(emulator.oms().task(5)).isPresent();
    }

    @Test
    void unknownOmsTaskIsResourceNotFound(MigrationEmulator emulator) {
        assertThatThrownBy(() -> emulator.omsClient().deleteTask(r -> r.taskId(404L)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("OMS.1009"));
    }

    @Test
    void deletingASyncingSmsTaskIsInvalidStatus(MigrationEmulator emulator) {
        emulator.sms().addTask("sms-busy", SmsTaskState.SYNCING);

        assertThatThrownBy(() -> emulator.smsClient().deleteTask(r -> r.taskId("sms-busy")))
                .isInstanceOfSatisfying(InvalidStatusException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("SMS.2015"));
    }

    @Test
    void unknownSmsTaskIsResourceNotFound(MigrationEmulator emulator) {
        assertThatThrownBy(() -> emulator.smsClient().deleteTask(r -> r.taskId("sms-missing")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("SMS.2252"));
    }

    @Test
    void forbiddenSmsTaskKeepsHuaweiErrorDetails(MigrationEmulator emulator) {
        emulator.sms().addForbiddenTask("sms-theirs");

        assertThatThrownBy(() -> emulator.smsClient().deleteTask(r -> r.taskId("sms-theirs")))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("SMS.9004");
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.errorParams()).hasSize(1);
                    assertThat(e.details()).hasSize(1);
                    assertThat(e.serviceError().encodedAuthorizationMessage()).isEqualTo("XXXXXX");
                });
    }

    // ------------------------------------------------------------------ retries, skew, async

    @Test
    void throttlingIsRetriedToSuccessOnBothClouds(MigrationEmulator emulator) {
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.sms().addTask("sms-1", SmsTaskState.READY);
        emulator.faults().throttleNext(EmulatedService.SMC, 2).throttleNext(EmulatedService.SMS, 2);

        emulator.smcClient().deleteReplicationJob(r -> r.jobId("j-1"));
        emulator.smsClient().deleteTask(r -> r.taskId("sms-1"));

        assertThat(emulator.journal().requests(EmulatedService.SMC)).extracting(JournalEntry::errorCode)
                .containsExactly("Throttling.User", "Throttling.User", null);
        assertThat(emulator.journal().requests(EmulatedService.SMS)).extracting(JournalEntry::httpStatus)
                .containsExactly(429, 429, 200);
        assertThat(emulator.smc().jobs()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
    }

    @Test
    void eachRetryIsSignedAfresh(MigrationEmulator emulator) {
        emulator.dts().addJob("dts-1", DtsJobStatus.FINISHED);
        emulator.faults().failNext(EmulatedService.DTS, 1);

        emulator.dtsClient(b -> b.signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1))
                .deleteDtsJob(r -> r.dtsJobId("dts-1"));

        List<JournalEntry> tries = emulator.journal().requests(EmulatedService.DTS);
        assertThat(tries).hasSize(2);
        assertThat(tries.get(0).queryParameter("SignatureNonce"))
                .isNotEqualTo(tries.get(1).queryParameter("SignatureNonce"));
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsAThrottlingException(MigrationEmulator emulator) {
        emulator.oms().addTask(3, OmsTaskStatus.STOPPED);
        emulator.faults().throttleNext(EmulatedService.OMS, 3);

        assertThatThrownBy(() -> emulator.omsClient().deleteTask(r -> r.taskId(3L)))
                .isInstanceOfSatisfying(dev.migsdk.core.exception.ThrottlingException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getSuppressed()).hasSize(2);
                });
        assertThat(emulator.oms().task(3)).isPresent();
    }

    @Test
    void lostAnswerToADeleteIsRetriedAndCountsAsDone(MigrationEmulator emulator) {
        emulator.smc().addJob("j-lost", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.faults().dropResponseAfterProcessingNext(EmulatedService.SMC, 1);

        DeleteReplicationJobResponse r = emulator.smcClient().deleteReplicationJob(b -> b.jobId("j-lost"));

        assertThat(r.alreadyDeleted()).isTrue();
        assertThat(emulator.smc().jobs()).isEmpty();
    }

    @Test
    void asyncClientsOfAllFourServicesDeleteConcurrently(MigrationEmulator emulator) {
        IntStream.range(0, 10).forEach(i -> {
            emulator.smc().addJob("j-" + i, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
            emulator.dts().addJob("dts-" + i, DtsJobStatus.FINISHED);
            emulator.oms().addTask(100 + i, OmsTaskStatus.SUCCEEDED);
            emulator.sms().addTask("sms-" + i, SmsTaskState.MIGRATE_SUCCESS);
        });
        emulator.faults().throttleNext(3);
        SmcAsyncClient smc = emulator.smcAsyncClient();
        DtsAsyncClient dts = emulator.dtsAsyncClient();
        OmsAsyncClient oms = emulator.omsAsyncClient();
        SmsAsyncClient sms = emulator.smsAsyncClient();

        List<CompletableFuture<?>> all = IntStream.range(0, 10).boxed().<CompletableFuture<?>>flatMap(i ->
                java.util.stream.Stream.of(
                        smc.deleteReplicationJob(r -> r.jobId("j-" + i)),
                        dts.deleteDtsJob(r -> r.dtsJobId("dts-" + i)),
                        oms.deleteTask(r -> r.taskId(100L + i)),
                        sms.deleteTask(r -> r.taskId("sms-" + i)))).toList();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();

        assertThat(emulator.smc().jobs()).isEmpty();
        assertThat(emulator.dts().jobs()).isEmpty();
        assertThat(emulator.oms().tasks()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
    }

    @Test
    void asyncFailuresCarryTheSameTypedExceptions(MigrationEmulator emulator) {
        emulator.sms().addTask("sms-busy", SmsTaskState.RUNNING);

        CompletableFuture<?> f = emulator.smsAsyncClient().deleteTask(r -> r.taskId("sms-busy"));

        assertThatThrownBy(f::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(InvalidStatusException.class);
    }

    // ------------------------------------------------------------------ wiring and the extension

    @Test
    void clientsAreClosedWithTheEmulator() {
        MigrationEmulator emulator = MigrationEmulator.start();
        SmcClient smc = emulator.smcClient();
        emulator.close();

        assertThatThrownBy(() -> smc.deleteReplicationJob(r -> r.jobId("j-1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("client is closed");
        assertThatThrownBy(emulator::smcClient).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void extensionInjectsClientsWiredToTheTestsEmulator(MigrationEmulator emulator, SmcClient smc, DtsClient dts,
                                                        OmsClient oms, SmsClient sms, SmcAsyncClient smcAsync) {
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-2", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.dts().addJob("dts-1", DtsJobStatus.FINISHED);
        emulator.oms().addTask(1, OmsTaskStatus.STOPPED);
        emulator.sms().addTask("sms-1", SmsTaskState.READY);

        smc.deleteReplicationJob(r -> r.jobId("j-1"));
        smcAsync.deleteReplicationJob(r -> r.jobId("j-2")).join();
        dts.deleteDtsJob(r -> r.dtsJobId("dts-1"));
        oms.deleteTask(r -> r.taskId(1L));
        sms.deleteTask(r -> r.taskId("sms-1"));

        assertThat(emulator.journal().requests()).hasSize(5).allSatisfy(e -> assertThat(e.succeeded()).isTrue());
    }

    @Test
    void tokenExpiresOnTheEmulatorClock() {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        try (MigrationEmulator emulator = MigrationEmulator.builder().clock(clock).start()) {
            HuaweiTokenCredentials token = emulator.issueHuaweiTokenCredentials();
            emulator.sms().addTask("sms-1", SmsTaskState.READY);
            clock.advance(Duration.ofHours(25));

            assertThatThrownBy(() -> emulator.smsClient(token).deleteTask(r -> r.taskId("sms-1")))
                    .isInstanceOf(AuthenticationException.class).hasMessageContaining("expired");
        }
    }

    private static JournalEntry last(MigrationEmulator emulator) {
        List<JournalEntry> all = emulator.journal().requests();
        return all.get(all.size() - 1);
    }
}
