package careerbot.dialogue;

import java.util.Optional;

/** Where conversations live between messages; bounded and expiring, whatever the implementation. */
public interface ConversationStore {

    Optional<Conversation> find(String id);

    void save(Conversation conversation);
}
