package careerbot.dialogue;

import careerbot.nlu.Intent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationCodecTest {

    @Test
    void conversationsRoundTripCompactly() {
        var conversation = new Conversation("abc", Intent.ROLE_COMPARISON, List.of("product owner", "product manager"), 7,
                List.of("education"), List.of("copywriter"));
        String encoded = ConversationCodec.encode(conversation);
        assertTrue(encoded.length() < 100, "a few dozen bytes: " + encoded.length());
        assertEquals(Optional.of(conversation), ConversationCodec.decode("abc", encoded));
        var fresh = Conversation.start("new");
        assertEquals(Optional.of(fresh), ConversationCodec.decode("new", ConversationCodec.encode(fresh)));
        var beforeTopics = ConversationCodec.decode("old", "role_overview\u001Fproduct owner\u001F2");
        assertEquals(Optional.of(new Conversation("old", Intent.ROLE_OVERVIEW, List.of("product owner"), 2, List.of(),
                List.of())), beforeTopics, "written by the version before topics were remembered");
        var beforeEarlierRoles = ConversationCodec.decode("old", "role_overview\u001Fproduct owner\u001F2\u001Feducation");
        assertEquals(Optional.of(new Conversation("old", Intent.ROLE_OVERVIEW, List.of("product owner"), 2,
                List.of("education"), List.of())), beforeEarlierRoles, "written before earlier roles were remembered");
    }

    @Test
    void unreadableValuesStartAfresh() {
        assertEquals(Optional.empty(), ConversationCodec.decode("x", null));
        assertEquals(Optional.empty(), ConversationCodec.decode("x", "garbage"));
        assertEquals(Optional.empty(), ConversationCodec.decode("x", "no_such_intent\u001F\u001F1"));
        assertEquals(Optional.empty(), ConversationCodec.decode("x", "role_overview\u001F\u001Fmany"));
    }
}
