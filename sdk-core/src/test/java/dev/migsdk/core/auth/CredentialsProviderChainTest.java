package dev.migsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** How a chain treats what its providers throw: "nothing here" moves on, "malformed" stops. */
class CredentialsProviderChainTest {
    private static final AlibabaCredentials FIRST = AlibabaCredentials.of("first-id", "first-secret");
    private static final AlibabaCredentials SECOND = AlibabaCredentials.of("second-id", "second-secret");

    @Test
    void customProviderThrowingMalformedStopsTheChain() {
        Scripted broken = new Scripted(() -> {
            throw new MalformedCredentialsException("my vault entry 'ci' has no secret");
        });
        Scripted next = new Scripted(() -> SECOND);
        CredentialsProviderChain<AlibabaCredentials> chain = CredentialsProviderChain.of(broken, next);

        assertThatThrownBy(chain::resolveCredentials).isInstanceOf(MalformedCredentialsException.class)
                .hasMessage("my vault entry 'ci' has no secret");
        assertThat(next.calls).isZero();
    }

    @Test
    void customProviderThrowingPlainCredentialsExceptionLetsTheChainGoOn() {
        Scripted absent = new Scripted(() -> {
            throw new CredentialsException("no vault configured");
        });
        Scripted next = new Scripted(() -> SECOND);
        CredentialsProviderChain<AlibabaCredentials> chain = CredentialsProviderChain.of(absent, next);

        assertThat(chain.resolveCredentials()).isSameAs(SECOND);
        assertThat(absent.calls).isEqualTo(1);
        assertThat(next.calls).isEqualTo(1);
    }

    @Test
    void nothingFoundNamesEveryProviderAndWhy() {
        Scripted a = new Scripted(() -> {
            throw new CredentialsException("no vault configured");
        });
        Scripted b = new Scripted(() -> {
            throw new CredentialsException("no file");
        });

        assertThatThrownBy(CredentialsProviderChain.of(a, b)::resolveCredentials)
                .isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("Scripted: no vault configured").hasMessageContaining("Scripted: no file");
    }

    @Test
    void lastUsedProviderTurningMalformedStopsTheChainToo() {
        Scripted first = new Scripted(() -> FIRST, () -> {
            throw new MalformedCredentialsException("file became malformed");
        });
        Scripted second = new Scripted(() -> SECOND);
        CredentialsProviderChain<AlibabaCredentials> chain = CredentialsProviderChain.of(first, second);
        assertThat(chain.resolveCredentials()).isSameAs(FIRST);

        assertThatThrownBy(chain::resolveCredentials).isInstanceOf(MalformedCredentialsException.class);
        assertThat(second.calls).isZero();
    }

    @Test
    void lastUsedProviderGoneLetsTheChainSearchAgain() {
        Scripted first = new Scripted(() -> FIRST, () -> {
            throw new CredentialsException("variable unset now");
        }, () -> {
            throw new CredentialsException("still unset");
        });
        Scripted second = new Scripted(() -> SECOND);
        CredentialsProviderChain<AlibabaCredentials> chain = CredentialsProviderChain.of(first, second);
        assertThat(chain.resolveCredentials()).isSameAs(FIRST);

        assertThat(chain.resolveCredentials()).isSameAs(SECOND);
        assertThat(first.calls).isEqualTo(3);
    }

    /** A provider that answers with each supplier in turn, the last one from then on. */
    private static final class Scripted implements CredentialsProvider<AlibabaCredentials> {
        private final Deque<Supplier<AlibabaCredentials>> answers = new ArrayDeque<>();
        int calls;

        @SafeVarargs
        Scripted(Supplier<AlibabaCredentials>... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public AlibabaCredentials resolveCredentials() {
            calls++;
            return (answers.size() > 1 ? answers.poll() : answers.peek()).get();
        }
    }
}
