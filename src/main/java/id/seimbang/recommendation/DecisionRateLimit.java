package id.seimbang.recommendation;

import java.security.Principal;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.system.RateLimitedException;
import id.seimbang.system.TokenBuckets;

/**
 * The per-client rate limit of decisions, replays and counterfactual searches ({@code seimbang.decisions.rate-per-minute} and
 * {@code rate-burst}), keyed by the signed-in user or API client, else the remote address: a client above it gets 429
 * problem+json with {@code Retry-After} (seconds) and nothing is recorded.
 */
@Configuration(proxyBeanMethods = false)
class DecisionRateLimit implements WebMvcConfigurer {

    private final TokenBuckets buckets;
    private final DecisionLimits limits;

    // Bound from the environment, not injected: @WebMvcTest slices of other modules also pick up every
    // WebMvcConfigurer, and they bind no properties beans.
    DecisionRateLimit(Environment environment) {
        this.limits = Binder.get(environment).bindOrCreate("seimbang.decisions", DecisionLimits.class);
        this.buckets = new TokenBuckets(limits.rateBurst(), limits.ratePerMinute());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if ("POST".equals(request.getMethod())) {
                    check(request);
                }
                return true;
            }
        }).addPathPatterns("/api/v1/decisions", "/api/v1/decisions/*/replay",
                "/api/v1/decisions/*/counterfactuals");
    }

    void check(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        String client = principal != null ? "user:" + principal.getName() : "address:" + request.getRemoteAddr();
        Duration wait = buckets.take(client);
        if (!wait.isZero()) {
            throw new RateLimitedException(wait, Bilingual.of("Terlalu banyak permintaan", "Too many requests"),
                    List.of(new FieldProblem("client",
                            "Paling banyak " + limits.ratePerMinute() + " keputusan per menit per klien (sekaligus "
                                    + limits.rateBurst() + "; seimbang.decisions.rate-per-minute, rate-burst); "
                                    + "coba lagi setelah " + RateLimitedException.seconds(wait) + " detik",
                            "At most " + limits.ratePerMinute() + " decisions per minute per client (" + limits.rateBurst()
                                    + " at once; seimbang.decisions.rate-per-minute, rate-burst); retry after "
                                    + RateLimitedException.seconds(wait) + " s")));
        }
    }
}
