package careerbot.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Every error of the server, ours or Micronaut's (malformed JSON, wrong content type, unknown route), as one small
 * JSON shape: {@code {"status", "error", "message"}}. Only messages meant for the client are shown; an unexpected
 * failure says nothing of its internals.
 */
@Singleton
@Primary
public class ApiErrorProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String message;
        if (status >= 500) {
            message = "Something went wrong on our side; please try again.";
        } else if (status == 400 && context.getRootCause().map(c -> c.getClass().getName().contains("Json")
                || c.getClass().getName().contains("Serde") || c.getClass().getName().contains("Conversion")).orElse(false)) {
            message = "The request body is not valid JSON of the expected shape.";
        } else {
            message = context.getErrors().stream().map(e -> e.getMessage()).findFirst().orElse(response.reason());
        }
        @SuppressWarnings("unchecked")
        var typed = (MutableHttpResponse<ApiError>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        return typed.body(new ApiError(status, response.reason(), message)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
