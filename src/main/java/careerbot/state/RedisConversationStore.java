package careerbot.state;

import careerbot.dialogue.Conversation;
import careerbot.dialogue.ConversationCodec;
import careerbot.dialogue.ConversationConfiguration;
import careerbot.dialogue.ConversationStore;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Conversations in Redis, so a follow-up may reach any replica. Each is one string ({@link ConversationCodec}) under
 * {@code careerbot:conversation:<id>}, with the idle timeout as its TTL, renewed on every turn.
 */
@Singleton
@Requires(property = StateConfiguration.PREFIX + ".store", value = "redis")
public class RedisConversationStore implements ConversationStore {

    static final String KEY = "careerbot:conversation:";

    private final RedisState redis;
    private final long ttlSeconds;

    public RedisConversationStore(RedisState redis, ConversationConfiguration configuration) {
        this.redis = redis;
        this.ttlSeconds = Math.max(1, configuration.idleTimeout().toSeconds());
    }

    @Override
    public CompletableFuture<Optional<Conversation>> find(String id) {
        return redis.call(commands -> commands.get(KEY + id), null)
                .thenApply(value -> ConversationCodec.decode(id, value));
    }

    @Override
    public CompletableFuture<Void> save(Conversation conversation) {
        String value = ConversationCodec.encode(conversation);
        return redis.call(commands -> commands.set(KEY + conversation.id(), value, SetArgs.Builder.ex(ttlSeconds)), "")
                .thenApply(ok -> null);
    }
}
