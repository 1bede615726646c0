package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on graphic designers and illustrators, beside the seed: headings led by an emoji, a paragraph pasted as
 * HTML, and a day in the life under a heading per role.
 */
class CreativeCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Graphic designer vs. illustrator: two creative careers compared"
            roles:
              - name: graphic designer
                aliases: [graphic designers]
              - name: illustrator
                aliases: [illustrators]
            ---

            # Graphic designer vs. illustrator: two creative careers compared

            <!-- Editor's note: check the figures before publishing. -->
            <p>Graphic designers and illustrators both make images for a living, and clients <em>often</em> mix the \
            two up.</p><script>track('page')</script>

            ## 🎨 What does a graphic designer do?

            A graphic designer plans the visual side of brands, websites, packaging and ads.

            ## ✏️ What does an illustrator do?

            An illustrator draws original images for books, magazines, games and advertising.

            ## A day in the life

            ### Graphic designer

            9:00 — check feedback from the client on yesterday's layout. 14:00 — build social media graphics in Figma.

            ### Illustrator

            Most days start with sketches for a book cover.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("graphic-designer-vs-illustrator.md", ARTICLE);

    @Test
    void anEmojiBeforeAHeadingsWordsLeavesItAskingWhatItAsks() {
        var does = bot.ask(null, "what does a graphic designer do?").reply();
        assertTrue(does.contains("plans the visual side of brands"), does);
        assertFalse(does.contains("9:00"), does);
        assertTrue(does.contains("— What does a graphic designer do?_"), does);
    }

    @Test
    void htmlInAnArticleIsReadForTheTextItShows() {
        var common = bot.ask(null, "what do graphic designers and illustrators have in common?").reply();
        assertTrue(common.contains("both make images for a living, and clients often mix the two up."), common);
        for (var unseen : new String[] {"<p>", "<em>", "Editor's note", "track("}) {
            assertFalse(common.contains(unseen), common);
        }
        var script = bot.ask(null, "what is track?").reply();
        assertFalse(script.contains("track('page')"), script);
    }
}
