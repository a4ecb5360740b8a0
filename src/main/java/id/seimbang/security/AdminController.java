package id.seimbang.security;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Accounts for people and API clients (role ADMIN). Secrets go in once and are never shown again. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Admin", description = "Pengguna dan klien API / Users and API clients")
class AdminController {

    record NewUser(String username, String password, Set<Role> roles) {
    }

    record UserView(String username, Set<Role> roles, boolean enabled, Instant createdAt, String createdBy) {
        static UserView of(Accounts.User u) {
            return new UserView(u.username(), u.roles(), u.enabled(), u.createdAt(), u.createdBy());
        }
    }

    record NewClient(String clientId, String name, Set<Role> roles) {
    }

    record ClientView(String clientId, String name, Set<Role> roles, boolean enabled, Instant createdAt,
            String createdBy, Instant lastUsedAt) {
        static ClientView of(Accounts.Client c) {
            return new ClientView(c.clientId(), c.name(), c.roles(), c.enabled(), c.createdAt(), c.createdBy(),
                    c.lastUsedAt());
        }
    }

    record RoleView(Role role, String descriptionId, String descriptionEn) {
    }

    private final AccountService accounts;

    AdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/roles")
    @Operation(summary = "The roles that can be given, with what each allows")
    List<RoleView> roles() {
        return java.util.Arrays.stream(Role.values())
                .map(r -> new RoleView(r, r.description().id(), r.description().en())).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user", description = "Password at least 12 characters, stored as a bcrypt hash.")
    UserView createUser(@RequestBody NewUser user, Principal caller) {
        return UserView.of(accounts.createUser(user.username(), user.password(), user.roles(), caller.getName()));
    }

    @GetMapping("/users")
    @Operation(summary = "List users")
    List<UserView> users() {
        return accounts.users().stream().map(UserView::of).toList();
    }

    @PostMapping("/users/{username}/disable")
    @Operation(summary = "Disable a user", description = "The user can no longer sign in; nothing is deleted.")
    void disableUser(@PathVariable String username) {
        accounts.setUserEnabled(username, false);
    }

    @PostMapping("/users/{username}/enable")
    @Operation(summary = "Enable a disabled user")
    void enableUser(@PathVariable String username) {
        accounts.setUserEnabled(username, true);
    }

    @PostMapping("/clients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API client",
            description = "Returns the API key ONCE; only its SHA-256 hash is stored. Send it as X-API-Key.")
    AccountService.CreatedClient createClient(@RequestBody NewClient client, Principal caller) {
        return accounts.createClient(client.clientId(), client.name(), client.roles(), caller.getName());
    }

    @GetMapping("/clients")
    @Operation(summary = "List API clients (never their keys)")
    List<ClientView> clients() {
        return accounts.clients().stream().map(ClientView::of).toList();
    }

    @PostMapping("/clients/{clientId}/disable")
    @Operation(summary = "Disable an API client", description = "Its key is refused from the next request on.")
    void disableClient(@PathVariable String clientId) {
        accounts.setClientEnabled(clientId, false);
    }
}
