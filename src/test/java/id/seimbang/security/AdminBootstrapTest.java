package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** First start: an admin with a configured password, or a random one logged once; later starts do nothing. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern LOGGED = Pattern.compile("created user 'admin' with password (\\S+)");

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);

    private Accounts.User firstStart(Accounts accounts, String configured) {
        when(accounts.countUsers()).thenReturn(0L);
        when(accounts.insertUser(any())).thenReturn(true);
        new AdminBootstrap(new AccountService(accounts, encoder, clock, Runnable::run), new SecuritySettings(configured)).run(null);
        ArgumentCaptor<Accounts.User> created = ArgumentCaptor.forClass(Accounts.User.class);
        verify(accounts).insertUser(created.capture());
        return created.getValue();
    }

    @Test
    void withoutConfigurationARandomPasswordIsLoggedOnceAndOnlyItsHashStored(CapturedOutput output) {
        Accounts.User admin = firstStart(mock(Accounts.class), null);
        Matcher logged = LOGGED.matcher(output.getOut());
        assertThat(logged.find()).isTrue();
        String password = logged.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(AccountService.MIN_PASSWORD_LENGTH);
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(logged.find()).as("logged once").isFalse();

        Accounts.User other = firstStart(mock(Accounts.class), "");
        assertThat(encoder.matches(password, other.passwordHash())).as("a new password each first start").isFalse();
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverLogged(CapturedOutput output) {
        Accounts.User admin = firstStart(mock(Accounts.class), "configured-secret-123");
        assertThat(encoder.matches("configured-secret-123", admin.passwordHash())).isTrue();
        assertThat(output.getOut()).doesNotContain("configured-secret-123");
    }

    @Test
    void laterStartsLeaveAccountsAlone() {
        Accounts accounts = mock(Accounts.class);
        when(accounts.countUsers()).thenReturn(3L);
        new AdminBootstrap(new AccountService(accounts, encoder, clock, Runnable::run), new SecuritySettings(null)).run(null);
        verify(accounts, never()).insertUser(any());
    }
}
