package careerbot.dialogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The one-machine store: a Caffeine cache, bounded by size and idle time. */
@Singleton
public final class InMemoryConversationStore implements ConversationStore {

    private final Cache<String, Conversation> conversations;

    public InMemoryConversationStore(ConversationConfiguration configuration) {
        this.conversations = Caffeine.newBuilder()
                .maximumSize(configuration.maxSize())
                .expireAfterAccess(configuration.idleTimeout())
                .build();
    }

    @Override
    public Optional<Conversation> find(String id) {
        return Optional.ofNullable(conversations.getIfPresent(id));
    }

    @Override
    public void save(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
    }
}
