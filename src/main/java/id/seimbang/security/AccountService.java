package id.seimbang.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;

/**
 * People and API clients: creation with hashed secrets, lookup for login and API-key authentication,
 * disabling. A password or key is only ever held in memory long enough to hash it (and, for a new API
 * key, to return it once to the administrator who created it).
 */
@Service
public class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final String KEY_PREFIX = "smb_";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new API client with its key, which is shown this once and never stored. */
    public record CreatedClient(String clientId, String name, Set<Role> roles, String apiKey) {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(Accounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Accounts.User user = accounts.findUser(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username()).password(user.passwordHash()).disabled(!user.enabled())
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }

    boolean hasUsers() {
        return accounts.countUsers() > 0;
    }

    Accounts.User createUser(String username, String password, Set<Role> roles, String createdBy) {
        checkName("username", username);
        checkRoles(roles);
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.badRequest("password", Bilingual.of(
                    "Kata sandi minimal " + MIN_PASSWORD_LENGTH + " karakter",
                    "Password must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        Accounts.User user = new Accounts.User(username, passwords.encode(password), Set.copyOf(roles), true,
                clock.instant(), createdBy);
        if (!accounts.insertUser(user)) {
            throw DomainException.conflict("username", Bilingual.of("Nama pengguna sudah ada", "Username already exists"));
        }
        return user;
    }

    List<Accounts.User> users() {
        return accounts.users();
    }

    void setUserEnabled(String username, boolean enabled) {
        if (!accounts.setUserEnabled(username, enabled)) {
            throw DomainException.notFound("username", username);
        }
    }

    CreatedClient createClient(String clientId, String name, Set<Role> roles, String createdBy) {
        checkName("clientId", clientId);
        checkRoles(roles);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw DomainException.badRequest("name", Bilingual.of("Nama wajib diisi (maks. 200 karakter)",
                    "Name is required (at most 200 characters)"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Accounts.Client client = new Accounts.Client(clientId, name.strip(), Set.copyOf(roles), true, clock.instant(),
                createdBy, null);
        if (!accounts.insertClient(client, hashKey(key))) {
            throw DomainException.conflict("clientId", Bilingual.of("Klien sudah ada", "Client already exists"));
        }
        return new CreatedClient(clientId, client.name(), client.roles(), key);
    }

    List<Accounts.Client> clients() {
        return accounts.clients();
    }

    void setClientEnabled(String clientId, boolean enabled) {
        if (!accounts.setClientEnabled(clientId, enabled)) {
            throw DomainException.notFound("clientId", clientId);
        }
    }

    /** The enabled client holding this key, its last use recorded; empty for an unknown or disabled key. */
    Optional<Accounts.Client> authenticateKey(String key) {
        Optional<Accounts.Client> client = accounts.findClientByKeyHash(hashKey(key)).filter(Accounts.Client::enabled);
        client.ifPresent(c -> accounts.touchClient(c.clientId(), clock.instant()));
        return client;
    }

    /** SHA-256 is enough for keys: they are 256 random bits, so there is nothing to guess as with passwords. */
    static String hashKey(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkName(String field, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw DomainException.badRequest(field, Bilingual.of(
                    "2–63 karakter: huruf kecil, angka, titik, garis bawah, tanda hubung",
                    "2–63 characters: lower-case letters, digits, dot, underscore, hyphen"));
        }
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.badRequest("roles", Bilingual.of("Minimal satu peran", "At least one role"));
        }
    }
}
