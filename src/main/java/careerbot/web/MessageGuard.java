package careerbot.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

/** Checks a user's message before it reaches the chat engine, the same way for every channel. */
@Singleton
public final class MessageGuard {

    private final int maxLength;

    public MessageGuard(ChatConfiguration configuration) {
        this.maxLength = configuration.maxMessageLength();
    }

    /**
     * The message with control characters turned to spaces (they carry no meaning and upset logs and terminals).
     *
     * @throws HttpStatusException 400 when blank, 413 when longer than the limit
     */
    public String check(String message) {
        if (message == null || message.isBlank()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "message must not be blank");
        }
        if (message.codePointCount(0, message.length()) > maxLength) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "message is longer than " + maxLength + " characters");
        }
        var clean = new StringBuilder(message.length());
        message.codePoints().forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) || cp == 0xFFFD ? ' ' : cp));
        String result = clean.toString().strip();
        if (result.isEmpty()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "message must not be blank");
        }
        return result;
    }

    public int maxLength() {
        return maxLength;
    }
}
