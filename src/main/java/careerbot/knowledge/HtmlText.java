package careerbot.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The text of HTML an article holds as a block ("<p>Clients often mix the two up.</p>", as pasted from a web page's
 * source): what a reader of the page sees, paragraph by paragraph, with no markup, script or comment.
 */
final class HtmlText {

    /** What a reader never sees: comments, scripts and styles. */
    private static final Pattern UNSEEN = Pattern.compile(
            "<!--.*?-->|<(script|style)\\b[^>]*>.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Tags that end a block of text: a paragraph, an item, a line. */
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(?:p|div|li|h[1-6]|blockquote|tr)\\s*>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39|apos|nbsp);");

    private HtmlText() {
    }

    /** The paragraphs of text an HTML block shows, in order; none for markup alone. */
    static List<String> paragraphs(String html) {
        String seen = UNSEEN.matcher(html).replaceAll(" ");
        return Arrays.stream(BLOCK_END.split(seen))
                .map(block -> ENTITY.matcher(TAG.matcher(block).replaceAll(" ")).replaceAll(HtmlText::character))
                .map(ParagraphText::oneLine)
                .filter(text -> !text.isEmpty())
                .toList();
    }

    private static String character(MatchResult entity) {
        return switch (entity.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "nbsp" -> " ";
            default -> "'";
        };
    }
}
