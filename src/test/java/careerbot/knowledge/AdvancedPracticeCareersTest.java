package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on physician assistants and nurse practitioners, beside the seed: advice as a list per role under
 * "Which should you choose?", and a question on one role that holds a word asking for advice ("choose").
 */
class AdvancedPracticeCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Physician assistant vs. nurse practitioner"
            roles:
              - name: physician assistant
                aliases: [PA, PAs]
              - name: nurse practitioner
                aliases: [NP, NPs]
            ---

            # Physician assistant vs. nurse practitioner

            ## What does a physician assistant do?

            A physician assistant practises medicine as part of a team with physicians.

            ## What does a nurse practitioner do?

            A nurse practitioner is a registered nurse with graduate education who provides primary and specialty \
            care.

            ## Which should you choose?

            Choose the PA path if:

            - you want the freedom to switch specialties during your career

            Choose the NP path if:

            - you want to practise independently
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("physician-assistant-vs-nurse-practitioner.md", ARTICLE);

    @Test
    void aWordAskingForAdviceNeedNotBeSaidByTheAnswer() {
        var reply = bot.ask(null, "what specialties can NPs choose?").reply();
        assertTrue(reply.contains("primary and specialty care"), reply);
        assertFalse(reply.contains("Choose the PA path"), reply);
        var advice = bot.ask(null, "I want to practise independently, which should I choose?").reply();
        assertTrue(advice.contains("the **nurse practitioner** role looks like the better fit"), advice);
    }
}
