package careerbot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * @param allowedOrigins sites that may call the chat API from a browser (the widget embedded elsewhere);
 *                       {@code CAREERBOT_CORS_ALLOWED_ORIGINS}, comma-separated. Empty: same origin only.
 */
@ConfigurationProperties(WebConfiguration.PREFIX)
public record WebConfiguration(@Bindable(defaultValue = "") List<String> allowedOrigins) {
    public static final String PREFIX = "careerbot.cors";

    public WebConfiguration {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).map(o -> o.replaceAll("/+$", "")).toList();
    }
}
