package careerbot.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A message from the widget or any JSON client; no sessionId starts a conversation. */
@Serdeable
public record ChatRequest(@Nullable String sessionId, @Nullable String message) {
}
