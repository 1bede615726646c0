package careerbot.slack;

import careerbot.dialogue.Answer;
import careerbot.dialogue.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reply as Block Kit: the answer in sections (split to Slack's 3,000-character limit), its sources in a context
 * block, and buttons for the suggestions and for 👍/👎 feedback.
 */
final class SlackBlocks {

    static final String SUGGESTION = "suggestion";
    static final String FEEDBACK_UP = "feedback_up";
    static final String FEEDBACK_DOWN = "feedback_down";
    private static final int MAX_BUTTON_TEXT = 75;
    private static final int MAX_VALUE = 2000;
    /** Sources already stand in the context block: the reply's own "Source:" lines would repeat them. */
    private static final String SOURCE_LINE = "_Source:";

    private SlackBlocks() {
    }

    static List<Map<String, Object>> of(Answer answer, String question) {
        var blocks = new ArrayList<Map<String, Object>>();
        var body = answer.text().lines().filter(l -> !l.startsWith(SOURCE_LINE)).reduce((a, b) -> a + "\n" + b).orElse("").strip();
        for (var piece : Mrkdwn.split(Mrkdwn.fromMarkdown(body), Mrkdwn.SECTION_LIMIT)) {
            blocks.add(Map.of("type", "section", "text", text("mrkdwn", piece)));
        }
        if (!answer.sources().isEmpty()) {
            var elements = new ArrayList<Map<String, Object>>();
            for (Source source : answer.sources().stream().limit(9).toList()) {
                elements.add(text("mrkdwn", Mrkdwn.escape("Source: " + source.title() + " — " + source.section())));
            }
            blocks.add(Map.of("type", "context", "elements", elements));
        }
        var buttons = new ArrayList<Map<String, Object>>();
        int i = 0;
        for (var suggestion : answer.suggestions().stream().limit(3).toList()) {
            buttons.add(button(SUGGESTION + "_" + i++, clip(suggestion, MAX_BUTTON_TEXT), suggestion));
        }
        String feedback = clip(answer.intent().label() + "|" + question, MAX_VALUE);
        buttons.add(button(FEEDBACK_UP, "👍", feedback));
        buttons.add(button(FEEDBACK_DOWN, "👎", feedback));
        blocks.add(Map.of("type", "actions", "elements", buttons));
        return blocks;
    }

    private static Map<String, Object> text(String type, String text) {
        var map = new LinkedHashMap<String, Object>();
        map.put("type", type);
        map.put("text", text);
        if (type.equals("plain_text")) {
            map.put("emoji", true);
        }
        return map;
    }

    private static Map<String, Object> button(String actionId, String label, String value) {
        return Map.of("type", "button", "action_id", actionId, "text", text("plain_text", label), "value", clip(value, MAX_VALUE));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
