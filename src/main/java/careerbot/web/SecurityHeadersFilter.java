package careerbot.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Every response: the browser must take the content type as sent, never guess one (no MIME sniffing). */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter {

    @ResponseFilter
    public void nosniff(MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
    }
}
