package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gardeners and landscape architects, beside the seed, in an article copied with its blog's page around it: a byline,
 * a call to subscribe, and after a rule an author's note, links to other articles and to share it. None of that
 * answers anything, nor stands under the last section's heading.
 */
class GardeningCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Gardener vs. landscape architect: which green career is for you?"
            roles:
              - name: gardener
                aliases: [gardeners, groundskeeper]
              - name: landscape architect
                aliases: [landscape architects, LA]
            ---

            # Gardener vs. landscape architect: which green career is for you?

            *By Sam Ortiz · Last updated: 4 March 2024 · 6 min read*

            If you love being outdoors and working with plants, you've probably looked at both of these careers.

            > **Subscribe to our newsletter** for a new career guide every week!

            ## What a gardener does

            Gardeners plant, prune, mow and water. They look after private gardens, parks, estates and sports grounds,
            and much of the work is physical and seasonal. Many gardeners are self-employed and build a round of
            regular clients.

            ## What a landscape architect does

            Landscape architects design outdoor spaces such as parks, campuses and public squares. They survey sites,
            draw plans with CAD software, and work with engineers and planners. Most of the work happens in an office,
            with site visits.

            ## Qualifications

            You can become a gardener without formal qualifications, although a Level 2 certificate in horticulture
            helps. Landscape architects need a degree accredited by the Landscape Institute, followed by a period of
            supervised practice before they can become chartered.

            ## Salary

            Gardeners typically earn £20,000 to £26,000 a year. Chartered landscape architects earn £35,000 to £50,000.

            ## The verdict

            Choose gardening if you want to work with your hands outside every day. Choose landscape architecture if
            you enjoy design, drawing and long projects.

            ---

            Pay figures are typical for England in 2024 and vary by region and employer.

            **About the author:** Sam Ortiz is a careers writer and a former head gardener at a National Trust
            property.

            **Related reading:**

            - [10 outdoor jobs that pay well](https://example.com/outdoor-jobs)
            - [How to become an arborist](https://example.com/arborist)

            *Share this article:* [Twitter](https://twitter.com) · [LinkedIn](https://linkedin.com)
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("gardener-vs-landscape-architect.md", ARTICLE);

    @Test
    void aNegationIsNoTopic() {
        var degree = bot.ask(null, "which job doesn't need a degree?").reply();
        assertTrue(degree.contains("You can become a gardener without formal qualifications"), degree);
    }

    @Test
    void whatThePageSaysAroundTheArticleAnswersNothing() {
        var suits = bot.ask(null, "which suits me? I want to work with my hands outside").reply();
        assertTrue(suits.contains("Choose gardening if you want to work with your hands outside every day."), suits);
        assertFalse(suits.contains("Sam Ortiz"), suits);
        var compared = bot.ask(null, "gardener vs landscape architect").reply();
        assertTrue(compared.contains("*Landscape architect:* Choose landscape architecture"), compared);
        assertFalse(compared.contains("About the author"), compared);
        var linked = bot.ask(null, "what outdoor jobs pay well?").reply();
        assertFalse(linked.contains("10 outdoor jobs"), linked);
        var subscribe = bot.ask(null, "how do I subscribe to the newsletter?").reply();
        assertFalse(subscribe.contains("career guide every week"), subscribe);
        var verdict = bot.ask(null, "what is the verdict?").reply();
        assertTrue(verdict.contains("Choose landscape architecture if you enjoy design"), verdict);
        assertFalse(verdict.contains("Pay figures"), verdict);
        var byline = bot.ask(null, "when was this last updated?").reply();
        assertFalse(byline.contains("min read"), byline);
    }
}
