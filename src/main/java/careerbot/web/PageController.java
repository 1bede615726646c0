package careerbot.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The widget script and the two pages that carry it. Files are read once at start-up; the pages get a strict
 * Content-Security-Policy (scripts from this origin only), every response {@code X-Content-Type-Options: nosniff}.
 */
@Controller
public class PageController {

    /** Inline styles are allowed because the widget puts its stylesheet inside its Shadow DOM. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; object-src 'none'";
    private static final String JS = "application/javascript; charset=utf-8";

    private final String widget = read("widget.js");
    private final String index = read("index.html");
    private final String chat = read("chat.html");
    private final String css = read("page.css");

    private static String read(String name) {
        try (InputStream in = PageController.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = "/widget.js", produces = JS)
    public HttpResponse<String> widget() {
        return HttpResponse.ok(widget).contentType(JS).header("Cache-Control", "public, max-age=300");
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> index() {
        return page(index);
    }

    @Get(uri = "/chat", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> chat() {
        return page(chat);
    }

    @Get(uri = "/page.css", produces = "text/css")
    public HttpResponse<String> css() {
        return HttpResponse.ok(css).contentType("text/css; charset=utf-8");
    }

    private static HttpResponse<String> page(String html) {
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML + "; charset=utf-8")
                .header("Content-Security-Policy", PAGE_POLICY)
                .header("Referrer-Policy", "no-referrer");
    }
}
