package careerbot.dialogue;

import careerbot.nlu.Intent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A conversation as one short string, like
 * {@code role_overview␟product owner␞product manager␟3␟education␟copywriter} (a few dozen bytes): what the stores keep, in memory or in Redis. The id is the key it is kept under, not part of it.
 */
public final class ConversationCodec {

    private static final String FIELD = "\u001F";
    private static final String ITEM = "\u001E";

    private ConversationCodec() {
    }

    public static String encode(Conversation c) {
        return (c.lastIntent() == null ? "" : c.lastIntent().label()) + FIELD + String.join(ITEM, c.lastRoles())
                + FIELD + c.turns() + FIELD + String.join(ITEM, c.lastTopic())
                + FIELD + String.join(ITEM, c.earlierRoles());
    }

    /** The conversation, or none for a value this version can't read: it starts afresh rather than fail. */
    public static Optional<Conversation> decode(String id, String value) {
        if (value == null) {
            return Optional.empty();
        }
        var fields = value.split(FIELD, -1);
        // Three fields were written before conversations remembered a topic, four before they remembered the roles
        // talked about earlier: read them with none.
        if (fields.length < 3 || fields.length > 5 || (!fields[0].isEmpty() && !Intent.isKnown(fields[0]))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Conversation(id, fields[0].isEmpty() ? null : Intent.of(fields[0]), list(fields[1]),
                    Integer.parseInt(fields[2]), fields.length > 3 ? list(fields[3]) : List.of(),
                    fields.length > 4 ? list(fields[4]) : List.of()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.copyOf(Arrays.asList(field.split(ITEM)));
    }
}
