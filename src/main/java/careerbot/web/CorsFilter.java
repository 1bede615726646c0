package careerbot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Cross-origin access to the chat APIs, for the widget on other sites: only from the configured origins, and only
 * these paths. An origin not allowed gets no CORS headers at all, so the browser keeps the answer from the page.
 */
@ServerFilter({"/api/chat", "/webhooks/rest/webhook"})
public class CorsFilter {

    private static final String MAX_AGE_SECONDS = "600";

    private final WebConfiguration configuration;

    public CorsFilter(WebConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Preflight: answered here, before routing, since the routes themselves only take POST. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> preflight(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.OPTIONS || request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) == null) {
            return null;
        }
        String origin = allowedOrigin(request);
        if (origin == null) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        return HttpResponse.ok()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST, OPTIONS")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type")
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS)
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    @ResponseFilter
    public void allow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = allowedOrigin(request);
        if (origin != null) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
    }

    private String allowedOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        return origin != null && configuration.allowedOrigins().contains(origin) ? origin : null;
    }
}
