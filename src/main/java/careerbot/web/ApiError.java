package careerbot.web;

import io.micronaut.serde.annotation.Serdeable;

/** Every error the API answers: the status, its reason phrase and what to do about it. */
@Serdeable
public record ApiError(int status, String error, String message) {
}
