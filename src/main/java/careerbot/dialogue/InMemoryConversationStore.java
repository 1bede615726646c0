package careerbot.dialogue;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The one-machine store: conversations encoded ({@link ConversationCodec}) in a {@link ConversationLog}. */
@Singleton
@Requires(property = "careerbot.state.store", value = "memory", defaultValue = "memory")
public final class InMemoryConversationStore implements ConversationStore {

    private final ConversationLog conversations;
    private final long idleMillis;

    public InMemoryConversationStore(ConversationConfiguration configuration) {
        this.conversations = new ConversationLog(configuration.maxSize());
        this.idleMillis = configuration.idleTimeout().toMillis();
    }

    @Override
    public CompletableFuture<Optional<Conversation>> find(String id) {
        Optional<String> value;
        // Every turn saves its conversation: written within the idle timeout is touched within it.
        synchronized (conversations) {
            value = conversations.find(id, System.currentTimeMillis() - idleMillis);
        }
        return CompletableFuture.completedFuture(value.flatMap(v -> ConversationCodec.decode(id, v)));
    }

    @Override
    public CompletableFuture<Void> save(Conversation conversation) {
        String value = ConversationCodec.encode(conversation);
        synchronized (conversations) {
            conversations.put(conversation.id(), value, System.currentTimeMillis());
        }
        return CompletableFuture.completedFuture(null);
    }
}
