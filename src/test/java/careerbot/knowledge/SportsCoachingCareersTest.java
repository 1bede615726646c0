package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A role named in one word whose plural ends in "-es" ("coaches"), in an article's text under a heading on both. */
class SportsCoachingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Coach vs. personal trainer"
            roles:
              - name: coach
              - name: personal trainer
                aliases: [personal trainers]
            ---

            # Coach vs. personal trainer

            Both help people get better at sport.

            ## Pay

            Personal trainers usually charge by the session. Coaches are paid by a club or school, about $45,000 a year.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("coach-vs-personal-trainer.md", ARTICLE);

    @Test
    void aOneWordRoleIsNamedByItsPluralInEs() {
        var pay = bot.ask(null, "how much do coaches earn?").reply();
        assertTrue(pay.contains("Coaches are paid by a club or school, about $45,000 a year."), pay);
        assertFalse(pay.contains("by the session"), pay);
    }
}
