package careerbot.dialogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The one-machine store: a Caffeine cache, bounded by size and idle time. */
@Singleton
@Requires(property = "careerbot.state.store", value = "memory", defaultValue = "memory")
public final class InMemoryConversationStore implements ConversationStore {

    private final Cache<String, Conversation> conversations;

    public InMemoryConversationStore(ConversationConfiguration configuration) {
        // Every turn saves its conversation, so expiring after the last write is expiring after the last message; it
        // spares the reordering a read costs under expireAfterAccess. Eviction runs on the calling thread: handing it
        // to the common pool (one thread on two cores) cost more than doing it (measured under wrk, see bench/).
        this.conversations = Caffeine.newBuilder()
                .maximumSize(configuration.maxSize())
                .expireAfterWrite(configuration.idleTimeout())
                .executor(Runnable::run)
                .build();
    }

    @Override
    public CompletableFuture<Optional<Conversation>> find(String id) {
        return CompletableFuture.completedFuture(Optional.ofNullable(conversations.getIfPresent(id)));
    }

    @Override
    public CompletableFuture<Void> save(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
        return CompletableFuture.completedFuture(null);
    }
}
