package careerbot.slack;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading what Slack sends: form fields, JSON trees, and message text with Slack's markup undone. */
final class SlackRequests {

    private static final Pattern USER_MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private SlackRequests() {
    }

    static Map<String, String> form(String body) {
        var fields = new HashMap<String, String>();
        if (body == null) {
            return fields;
        }
        for (var pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a malformed %-escape: the field is left out, like any other field Slack would not send
                }
            }
        }
        return fields;
    }

    /** The JSON tree of a body, or null when it is not a JSON object. */
    static JsonNode json(JsonMapper mapper, String body) {
        try {
            var node = mapper.readValue(body, JsonNode.class);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The string at a path of object keys, or null. */
    static String text(JsonNode node, String... path) {
        var current = node;
        for (var key : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(key);
        }
        return current != null && current.isString() ? current.getStringValue() : null;
    }

    /** The user's words: mentions of the bot removed, Slack's escapes of &, < and > undone. */
    static String question(String text) {
        return USER_MENTION.matcher(text == null ? "" : text).replaceAll(" ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
