package id.seimbang.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's page session against packaged services, by hand: the cookies it was given and the CSRF token of the
 * last page it read. Any service may be asked (another instance, or the same one restarted): with sessions in the
 * database each of them accepts the cookie.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|"
            + "value=\"([^\"]+)\"\\s+name=\"_csrf\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    /** Logs in through the login form (its CSRF token included), as a browser does. */
    public static PageSession login(PackagedService service, String username, String password) {
        PageSession session = new PageSession();
        HttpResponse<String> form = session.get(service, "/login");
        assertThat(form.statusCode()).as("login page").isEqualTo(200);
        HttpResponse<String> login = session.postForm(service, "/login", Map.of("username", username,
                "password", password));
        assertThat(login.statusCode()).as("login answer").isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).as("after login").doesNotContain("error");
        return session;
    }

    public HttpResponse<String> get(PackagedService service, String path) {
        HttpResponse<String> response = keep(service.send(withCookies(service.request(null, path)).GET().build()));
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2) : token.group(3);
        }
        return response;
    }

    /** A form post with the CSRF token of the last page read. */
    public HttpResponse<String> postForm(PackagedService service, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return keep(service.send(withCookies(service.request(null, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** The session cookie's name (SESSION: Spring Session's, stored in the database). */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
        }
        return response;
    }
}
