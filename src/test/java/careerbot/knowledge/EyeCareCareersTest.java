package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on optometrists and opticians, with an FAQ in bold: a yes-or-no question asked with a word no article
 * uses is its FAQ's ("is an optometrist a real doctor?"); where one role works is a sentence said of it alone before
 * one said of both; a term the article names with what it is ("an ophthalmologist, a medical doctor…") is defined.
 */
class EyeCareCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Optometrist vs optician: who does what in eye care"
            roles:
              - name: optometrist
                aliases: [optometrists]
              - name: optician
                aliases: [opticians]
            ---

            # Optometrist vs optician: who does what in eye care

            Optometrists and opticians both work in eye care, often in the same practice, but their training and
            scope differ a lot.

            ## The optometrist's job

            Optometrists are primary eye care providers. They carry out eye examinations and prescribe glasses. When
            they find something serious, they refer the patient to an ophthalmologist, a medical doctor who performs
            eye surgery.

            Most optometrists work in private practices, optical retail chains or alongside ophthalmologists in
            clinics.

            ## The optician's job

            Opticians turn a prescription into eyewear. They take facial measurements and help customers choose
            frames.

            ## Frequently asked questions

            **Is an optometrist a doctor?**
            Optometrists hold a doctoral degree (OD) but are not medical doctors; they do not perform surgery.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("optometrist-vs-optician.md", ARTICLE);

    @Test
    void aYesOrNoQuestionWithAWordNoArticleUsesIsItsFaqs() {
        for (var question : new String[] {"is an optometrist a doctor?", "is an optometrist a real doctor?",
                "are optometrists real doctors"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("are not medical doctors"), question + ": " + reply);
        }
    }

    @Test
    void whereARoleWorksIsWhatIsSaidOfItAloneBeforeWhatIsSaidOfBoth() {
        var optometrists = bot.ask(null, "where do optometrists work?").reply();
        assertTrue(optometrists.contains("Most optometrists work in private practices"), optometrists);
        assertFalse(optometrists.contains("both work in eye care"), optometrists);
        var opticians = bot.ask(null, "where do opticians work?").reply();
        assertTrue(opticians.contains("both work in eye care"), "said of both, so of opticians too: " + opticians);
        var both = bot.ask(null, "where do optometrists and opticians work?").reply();
        assertTrue(both.contains("both work in eye care"), both);
    }

    @Test
    void aTermNamedWithWhatItIsIsDefinedThere() {
        var reply = bot.ask(null, "what is an ophthalmologist?").reply();
        assertTrue(reply.contains("a medical doctor who performs eye surgery"), reply);
        assertFalse(reply.contains("don't define"), reply);
    }
}
