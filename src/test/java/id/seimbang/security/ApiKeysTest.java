package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** An API call reads its key from a short-lived cache and writes the client's last use at most once a minute. */
import id.seimbang.MutableClock;

class ApiKeysTest {

    private static final String KEY = AccountService.KEY_PREFIX + "secret";
    private static final Accounts.Client CLIENT = new Accounts.Client("hr-system", "HR", Set.of(Role.CLIENT), true,
            Instant.parse("2026-11-01T00:00:00Z"), "admin", null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);
    private final Accounts accounts = mock(Accounts.class);
    private final List<Runnable> writes = new ArrayList<>();
    private final AccountService service = new AccountService(accounts,
            PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock, writes::add);

    ApiKeysTest() {
        when(accounts.findClientByKeyHash(AccountService.hashKey(KEY))).thenReturn(Optional.of(CLIENT));
        when(accounts.setClientEnabled(anyString(), org.mockito.ArgumentMatchers.anyBoolean())).thenReturn(true);
    }

    @Test
    void repeatedCallsReadTheKeyOnceAndWriteTheLastUseOnceAMinuteOffTheCallersThread() {
        for (int i = 0; i < 50; i++) {
            assertThat(service.authenticateKey(KEY)).contains(CLIENT);
            clock.advance(Duration.ofSeconds(1));
        }
        // 50 calls over 50 s: one lookup, one write handed to the writer, none run on the calling thread
        verify(accounts, times(1)).findClientByKeyHash(any());
        verify(accounts, times(0)).touchClient(any(), any());
        assertThat(writes).hasSize(1);
        writes.get(0).run();
        verify(accounts).touchClient("hr-system", Instant.parse("2026-11-26T08:00:00Z"));

        clock.advance(Duration.ofSeconds(10)); // a minute after the first write
        service.authenticateKey(KEY);
        assertThat(writes).hasSize(2);
    }

    @Test
    void disablingAClientTakesEffectAtOnce() {
        assertThat(service.authenticateKey(KEY)).isPresent();
        when(accounts.findClientByKeyHash(AccountService.hashKey(KEY)))
                .thenReturn(Optional.of(new Accounts.Client("hr-system", "HR", Set.of(Role.CLIENT), false,
                        CLIENT.createdAt(), "admin", null)));

        service.setClientEnabled("hr-system", false);

        assertThat(service.authenticateKey(KEY)).isEmpty();
    }

    @Test
    void aWriteTheWriterRefusesIsTriedAgainByTheNextCall() {
        List<Runnable> accepted = new ArrayList<>();
        boolean[] full = {true};
        AccountService withFullQueue = new AccountService(accounts,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock, task -> {
                    if (full[0]) {
                        throw new TaskRejectedException("queue full");
                    }
                    accepted.add(task);
                });
        assertThat(withFullQueue.authenticateKey(KEY)).isPresent();
        full[0] = false;
        clock.advance(Duration.ofSeconds(1));

        withFullQueue.authenticateKey(KEY);

        assertThat(accepted).hasSize(1);
    }

}
