package dev.migsdk.bench.e2e;

import java.util.Locale;

/** The five measured operations. The ids are fixed so both sides send the same bytes. */
public enum Op {
    SMC_DELETE("SMC DeleteReplicationJob"),
    SMC_STOP("SMC StopReplicationJob"),
    DTS_DELETE("DTS DeleteDtsJob"),
    OMS_DELETE("OMS DeleteTask"),
    SMS_DELETE("SMS DeleteTask");

    public static final String AK_ID = "LTAI5tBenchmarkAccessKey";
    public static final String AK_SECRET = "BenchmarkSecretBenchmarkSecret12";
    public static final String HW_AK = "HPUABENCHMARKACCESSKEY";
    public static final String HW_SK = "BenchmarkSecretKeyBenchmarkSecretKey1234";
    public static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";
    public static final String DOMAIN_ID = "fedcba9876543210fedcba9876543210";
    public static final String JOB_ID = "j-bp17m1vi6x21qhqk1234";
    public static final String DTS_JOB_ID = "dtsk2gm967v16f1234";
    public static final String DTS_REGION = "cn-hangzhou";
    public static final long OMS_TASK_ID = 1234567890123L;
    public static final String SMS_TASK_ID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    private final String title;

    Op(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Op of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
