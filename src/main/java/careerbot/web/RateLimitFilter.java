package careerbot.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Throttles each web client (by IP address) of the public chat endpoints: 429 with Retry-After when over the rate.
 * Switched off, it is not installed at all, so a deployment that throttles at its proxy pays nothing for it.
 */
@ServerFilter({"/api/**", "/webhooks/**"})
@Requires(property = RateLimitConfiguration.PREFIX + ".enabled", notEquals = StringUtils.FALSE)
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final RateLimitConfiguration configuration;

    public RateLimitFilter(RateLimiter limiter, RateLimitConfiguration configuration) {
        this.limiter = limiter;
        this.configuration = configuration;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> throttle(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.OPTIONS) {
            return null;
        }
        var wait = limiter.acquire("ip:" + client(request));
        if (wait.isEmpty()) {
            return null;
        }
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(429, "Too Many Requests", "Too many requests; try again in " + wait.getAsLong() + " s."));
    }

    private String client(HttpRequest<?> request) {
        if (configuration.trustForwardedFor()) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
