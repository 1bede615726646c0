package careerbot.slack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MrkdwnTest {

    @Test
    void convertsBoldLinksAndKeepsLists() {
        assertEquals("*Product owner* — see <https://example.com/a?b=1&amp;c=2|the guide>\n- one\n- two",
                Mrkdwn.fromMarkdown("**Product owner** — see [the guide](https://example.com/a?b=1&c=2)\n- one\n- two"));
    }

    @Test
    void escapesOnlyAmpersandAndAngleBrackets() {
        assertEquals("&lt;script&gt; &amp; \"quotes\" 'single' _it_", Mrkdwn.fromMarkdown("<script> & \"quotes\" 'single' _it_"));
        assertEquals("[x](javascript:alert(1))", Mrkdwn.fromMarkdown("[x](javascript:alert(1))"), "only http(s) and mailto links");
    }

    @Test
    void splitsLongTextWithinTheSectionLimit() {
        String paragraph = "word ".repeat(500).strip();
        var pieces = Mrkdwn.split(paragraph + "\n\n" + paragraph, Mrkdwn.SECTION_LIMIT);
        assertTrue(pieces.size() >= 2);
        assertTrue(pieces.stream().allMatch(p -> p.length() <= Mrkdwn.SECTION_LIMIT));
        assertEquals(String.join(" ", List.of(paragraph, paragraph)).replace(" ", ""), String.join("", pieces).replace(" ", "").replace("\n", ""));
        assertEquals(List.of("x".repeat(3000), "x".repeat(10)), Mrkdwn.split("x".repeat(3010), 3000));
    }
}
