package id.seimbang.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskRejectedException;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.system.Bilingual;
import id.seimbang.system.Caches;
import id.seimbang.system.DomainException;

/**
 * People and API clients: creation with hashed secrets, lookup for login and API-key authentication,
 * disabling. A password or key is only ever held in memory long enough to hash it (and, for a new API
 * key, to return it once to the administrator who created it).
 */
@Service
class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final String KEY_PREFIX = "smb_";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new API client with its key, which is shown this once and never stored. */
    public record CreatedClient(String clientId, String name, Set<Role> roles, String apiKey) {
    }

    /** A disabled or new key takes effect at once on this instance and within this time on the others. */
    static final Duration KEY_CACHE_TIME = Duration.ofSeconds(30);
    /** The last use of a key is written at most this often, so API calls do not each commit an UPDATE. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Executor lastUseWriter;
    private final Cache<String, Optional<Accounts.Client>> clientsByKeyHash = Caches.newBuilder()
            .expireAfterWrite(KEY_CACHE_TIME).maximumSize(10_000).build();
    private final Map<String, Instant> lastUseWritten = new ConcurrentHashMap<>();
    /** A disabled account's sessions end at once on this instance and within this time on the others. */
    static final Duration ENABLED_CACHE_TIME = Duration.ofSeconds(5);
    private final Cache<String, Boolean> disabledByUsername = Caches.newBuilder()
            .expireAfterWrite(ENABLED_CACHE_TIME).maximumSize(10_000).build();

    AccountService(Accounts accounts, PasswordEncoder passwords, Clock clock,
            @Qualifier(SecurityPools.LAST_USE) Executor lastUseWriter) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.lastUseWriter = lastUseWriter;
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
        disabledByUsername.invalidate(username);
    }

    /**
     * True when a stored account of this name is disabled (read at most every {@link #ENABLED_CACHE_TIME}). A name
     * with no stored account is not "disabled": it signed in some other way (tests' mock users).
     */
    boolean isDisabled(String username) {
        return disabledByUsername.get(username,
                name -> accounts.findUser(name).map(user -> !user.enabled()).orElse(false));
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
        clientsByKeyHash.invalidateAll();
        return new CreatedClient(clientId, client.name(), client.roles(), key);
    }

    List<Accounts.Client> clients() {
        return accounts.clients();
    }

    void setClientEnabled(String clientId, boolean enabled) {
        if (!accounts.setClientEnabled(clientId, enabled)) {
            throw DomainException.notFound("clientId", clientId);
        }
        clientsByKeyHash.invalidateAll();
    }

    /**
     * The enabled client holding this key, its last use recorded (to the minute, off the request thread); empty
     * for an unknown or disabled key.
     */
    Optional<Accounts.Client> authenticateKey(String key) {
        Optional<Accounts.Client> client = clientsByKeyHash.get(hashKey(key), accounts::findClientByKeyHash)
                .filter(Accounts.Client::enabled);
        client.ifPresent(this::recordUse);
        return client;
    }

    private void recordUse(Accounts.Client client) {
        Instant now = clock.instant();
        Instant written = lastUseWritten.get(client.clientId());
        boolean due = written == null ? lastUseWritten.putIfAbsent(client.clientId(), now) == null
                : !now.isBefore(written.plus(LAST_USE_RESOLUTION))
                        && lastUseWritten.replace(client.clientId(), written, now);
        if (!due) {
            return;
        }
        try {
            lastUseWriter.execute(() -> accounts.touchClient(client.clientId(), now));
        } catch (TaskRejectedException e) {
            lastUseWritten.remove(client.clientId(), now); // the next call tries again
        }
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
