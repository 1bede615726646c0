package careerbot.state;

import careerbot.dialogue.Conversation;
import careerbot.nlu.Intent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationEncodingTest {

    @Test
    void conversationsRoundTripCompactly() {
        var conversation = new Conversation("abc", Intent.ROLE_COMPARISON, List.of("product owner", "product manager"), 7);
        String encoded = RedisConversationStore.encode(conversation);
        assertTrue(encoded.length() < 100, "a few dozen bytes: " + encoded.length());
        assertEquals(Optional.of(conversation), RedisConversationStore.decode("abc", encoded));
        var fresh = Conversation.start("new");
        assertEquals(Optional.of(fresh), RedisConversationStore.decode("new", RedisConversationStore.encode(fresh)));
    }

    @Test
    void unreadableValuesStartAfresh() {
        assertEquals(Optional.empty(), RedisConversationStore.decode("x", null));
        assertEquals(Optional.empty(), RedisConversationStore.decode("x", "garbage"));
        assertEquals(Optional.empty(), RedisConversationStore.decode("x", "no_such_intent\u001F\u001F1"));
        assertEquals(Optional.empty(), RedisConversationStore.decode("x", "role_overview\u001F\u001Fmany"));
    }
}
