package careerbot.dialogue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where conversations live between messages; bounded and expiring, whatever the implementation. Asynchronous, so a
 * store across the network (Redis) never blocks a server thread. A store that fails answers "no conversation" and
 * drops the write: the bot still answers, without follow-up memory.
 */
public interface ConversationStore {

    CompletableFuture<Optional<Conversation>> find(String id);

    CompletableFuture<Void> save(Conversation conversation);
}
