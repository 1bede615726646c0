package careerbot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's Markdown as Slack mrkdwn: {@code **bold**} → {@code *bold*}, {@code [text](url)} → {@code <url|text>},
 * lists and {@code _italics_} as they are, and only {@code &}, {@code <}, {@code >} escaped, as Slack asks.
 */
final class Mrkdwn {

    /** Block Kit's limit for a section's text. */
    static final int SECTION_LIMIT = 3000;
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(((?:https?|mailto):[^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private Mrkdwn() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String fromMarkdown(String markdown) {
        String text = escape(markdown);
        Matcher link = LINK.matcher(text);
        var out = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(out, Matcher.quoteReplacement("<" + link.group(2) + "|" + link.group(1) + ">"));
        }
        link.appendTail(out);
        return BOLD.matcher(out.toString()).replaceAll("*$1*");
    }

    /** Plain text for notifications and the {@code text} fallback: the Markdown without its markup. */
    static String plain(String markdown) {
        return LINK.matcher(markdown).replaceAll("$1 ($2)").replace("**", "");
    }

    /** Splits text into pieces within the limit, at paragraph, then line, then word boundaries. */
    static List<String> split(String text, int limit) {
        var pieces = new ArrayList<String>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf("\n\n", limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf('\n', limit);
            }
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                cut = limit;
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }
}
