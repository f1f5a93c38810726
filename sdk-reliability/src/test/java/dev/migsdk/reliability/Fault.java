package dev.migsdk.reliability;

import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.MigrationEmulator;
import java.time.Duration;

/** One injected fault, queued on the emulator for the next request to a service. */
public enum Fault {
    /** Throttling answer (Alibaba 400 Throttling.User, Huawei 429 APIGW.0308); nothing applied. */
    THROTTLE,
    /** 503; nothing applied. */
    FAIL_503,
    /** Connection reset after the request was sent, before any answer; nothing applied. */
    RESET,
    /** 200 whose body stops halfway; nothing applied. */
    TRUNCATE,
    /** Answer held back past the attempt timeout; the delete applies. */
    SLOW,
    /** The delete applies, then the connection closes: the answer is lost. */
    LOST_ANSWER;

    /** How long {@link #SLOW} holds the answer back. */
    public static final Duration SLOW_BY = Duration.ofMillis(450);

    public void inject(MigrationEmulator emu, EmulatedService s) {
        switch (this) {
            case THROTTLE -> emu.faults().throttleNext(s, 1);
            case FAIL_503 -> emu.faults().failNext(s, 1);
            case RESET -> emu.faults().dropConnectionNext(s, 1);
            case TRUNCATE -> emu.faults().truncateNext(s, 1);
            case SLOW -> emu.faults().delayNext(s, 1, SLOW_BY);
            case LOST_ANSWER -> emu.faults().dropResponseAfterProcessingNext(s, 1);
        }
    }
}
