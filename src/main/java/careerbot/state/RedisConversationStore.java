package careerbot.state;

import careerbot.dialogue.Conversation;
import careerbot.dialogue.ConversationConfiguration;
import careerbot.dialogue.ConversationStore;
import careerbot.nlu.Intent;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Conversations in Redis, so a follow-up may reach any replica. Each is one string under
 * {@code careerbot:conversation:<id>}, like {@code role_overview␟product owner␞product manager␟3} (a few dozen bytes),
 * with the idle timeout as its TTL, renewed on every turn.
 */
@Singleton
@Requires(property = StateConfiguration.PREFIX + ".store", value = "redis")
public class RedisConversationStore implements ConversationStore {

    static final String KEY = "careerbot:conversation:";
    private static final String FIELD = "\u001F";
    private static final String ROLE = "\u001E";

    private final RedisState redis;
    private final long ttlSeconds;

    public RedisConversationStore(RedisState redis, ConversationConfiguration configuration) {
        this.redis = redis;
        this.ttlSeconds = Math.max(1, configuration.idleTimeout().toSeconds());
    }

    @Override
    public CompletableFuture<Optional<Conversation>> find(String id) {
        return redis.call(commands -> commands.get(KEY + id), null).thenApply(value -> decode(id, value));
    }

    @Override
    public CompletableFuture<Void> save(Conversation conversation) {
        return redis.call(commands -> commands.set(KEY + conversation.id(), encode(conversation), SetArgs.Builder.ex(ttlSeconds)), "")
                .thenApply(ok -> null);
    }

    static String encode(Conversation c) {
        return (c.lastIntent() == null ? "" : c.lastIntent().label()) + FIELD + String.join(ROLE, c.lastRoles())
                + FIELD + c.turns() + FIELD + String.join(ROLE, c.lastTopic());
    }

    static Optional<Conversation> decode(String id, String value) {
        if (value == null) {
            return Optional.empty();
        }
        var fields = value.split(FIELD, -1);
        // Three fields were written before conversations remembered a topic: read them with none.
        if (fields.length < 3 || fields.length > 4 || (!fields[0].isEmpty() && !Intent.isKnown(fields[0]))) {
            return Optional.empty(); // written by another version: start afresh rather than fail
        }
        try {
            return Optional.of(new Conversation(id, fields[0].isEmpty() ? null : Intent.of(fields[0]), list(fields[1]),
                    Integer.parseInt(fields[2]), fields.length > 3 ? list(fields[3]) : List.of()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.copyOf(Arrays.asList(field.split(ROLE)));
    }
}
