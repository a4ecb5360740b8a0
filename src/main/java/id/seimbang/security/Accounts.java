package id.seimbang.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The app_user and api_client tables (V6__security.sql). Only hashes are ever written. */
@Repository
class Accounts {

    record User(String username, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt,
            String createdBy) {
    }

    record Client(String clientId, String name, Set<Role> roles, boolean enabled, Instant createdAt,
            String createdBy, Instant lastUsedAt) {
    }

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long countUsers() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        return count == null ? 0 : count;
    }

    boolean insertUser(User user) {
        if (findUser(user.username()).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO app_user (username, password_hash, roles, enabled, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", user.username(), user.passwordHash(), Role.format(user.roles()),
                user.enabled(), Timestamp.from(user.createdAt()), user.createdBy());
        return true;
    }

    Optional<User> findUser(String username) {
        return jdbc.query("SELECT * FROM app_user WHERE username = ?", Accounts::user, username).stream().findFirst();
    }

    List<User> users() {
        return jdbc.query("SELECT * FROM app_user ORDER BY username", Accounts::user);
    }

    boolean setUserEnabled(String username, boolean enabled) {
        return jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username) == 1;
    }

    boolean insertClient(Client client, String keyHash) {
        if (findClient(client.clientId()).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO api_client (client_id, name, key_hash, roles, enabled, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", client.clientId(), client.name(), keyHash,
                Role.format(client.roles()), client.enabled(), Timestamp.from(client.createdAt()), client.createdBy());
        return true;
    }

    Optional<Client> findClient(String clientId) {
        return jdbc.query("SELECT * FROM api_client WHERE client_id = ?", Accounts::client, clientId).stream().findFirst();
    }

    Optional<Client> findClientByKeyHash(String keyHash) {
        return jdbc.query("SELECT * FROM api_client WHERE key_hash = ?", Accounts::client, keyHash).stream().findFirst();
    }

    List<Client> clients() {
        return jdbc.query("SELECT * FROM api_client ORDER BY client_id", Accounts::client);
    }

    boolean setClientEnabled(String clientId, boolean enabled) {
        return jdbc.update("UPDATE api_client SET enabled = ? WHERE client_id = ?", enabled, clientId) == 1;
    }

    void touchClient(String clientId, Instant at) {
        jdbc.update("UPDATE api_client SET last_used_at = ? WHERE client_id = ?", Timestamp.from(at), clientId);
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        return new User(rs.getString("username"), rs.getString("password_hash"), Role.parse(rs.getString("roles")),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static Client client(ResultSet rs, int row) throws SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        return new Client(rs.getString("client_id"), rs.getString("name"), Role.parse(rs.getString("roles")),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                lastUsed == null ? null : lastUsed.toInstant());
    }
}
