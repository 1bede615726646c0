package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on commis chefs and chefs de partie, beside the seed, written as a cook's own account in British English:
 * no heading names a role ("Starting at the bottom", "Running a section"), each role is said in the paragraph that
 * opens a section, after a question heading, a section that names them later and sections on training and on the way
 * in that open with one; an FAQ in bold names each again.
 */
class KitchenBrigadeCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Commis chef or chef de partie: climbing the kitchen ladder"
            roles:
              - name: commis chef
                aliases: [commis, commis chefs]
              - name: chef de partie
                aliases: [chefs de partie, CDP]
            ---

            # Commis chef or chef de partie: climbing the kitchen ladder

            I spent four years in professional kitchens in Manchester and Lyon. Here's what I wish I had known.

            ## Is the pay any good?

            A commis chef earns about £22,000 a year; a chef de partie earns more.

            ## The kitchen brigade

            Every professional kitchen has a strict hierarchy. A commis chef answers to everyone above them.

            ## Training

            A commis chef often learns through an apprenticeship.

            ## Becoming a cook

            A commis chef usually starts with a catering course or none at all.

            ## Starting at the bottom

            A commis chef is the most junior cook in a brigade. You'll peel, chop and prep whatever the section needs.

            ## Running a section

            The chef de partie is in charge of one station and of the commis who work on it. They check every plate \
            from their section before it goes to the pass.

            ## Getting from one to the other

            Most commis chefs are promoted to chef de partie after two to three years.

            ## Quick answers

            **Do I need qualifications to start as a commis?** No. Many kitchens take on commis chefs with no \
            experience at all.

            **What comes after chef de partie?** Sous chef, then head chef.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("commis-chef-vs-chef-de-partie.md", ARTICLE);

    @Test
    void aSectionOpeningWithTheRoleSaysWhatItIsWhenNoHeadingNamesIt() {
        var commis = bot.ask(null, "what does a commis chef do?");
        assertTrue(commis.reply().contains("A commis chef is the most junior cook in a brigade"), commis.reply());
        assertFalse(commis.reply().contains("Many kitchens take on"), commis.reply());
        assertEquals("Starting at the bottom", commis.sources().get(0).section());
        var partie = bot.ask(null, "what does a chef de partie do?").reply();
        assertTrue(partie.contains("in charge of one station"), partie);
        assertFalse(partie.contains("Sous chef, then head chef"), partie);
    }
}
