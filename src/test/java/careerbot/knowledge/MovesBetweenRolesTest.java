package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Can a dental assistant become a hygienist?": what the article says of that move, and only of that one; the reverse
 * move is not covered. A job title the article only mentions ("the dentist") is no role it covers.
 */
class MovesBetweenRolesTest {

    private static final String ARTICLE = """
            ---
            title: "Dental hygienist or dental assistant?"
            roles:
              - name: dental hygienist
                aliases: [dental hygienists, hygienist, hygienists]
              - name: dental assistant
                aliases: [dental assistants]
            ---

            # Dental hygienist or dental assistant?

            Both work side by side with the dentist, yet their training and pay are quite different.

            ## What does a dental hygienist do?

            Dental hygienists clean teeth and teach patients how to brush and floss. Hygienists move from patient
            to patient all day, while dental assistants stay at the dentist's side.

            ## What does a dental assistant do?

            Dental assistants prepare patients and hand the dentist instruments during treatment.

            ## Do you need a degree?

            Many employers prefer a certificate.

            ## Which career should you choose?

            Dental assisting is a faster way into the field. Some dental assistants later go back to school to
            become hygienists.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("dental-hygienist-vs-dental-assistant.md", ARTICLE);

    @Test
    void aWordOfTheOutlookUnderAHeadingOfATrendIsNoOutlook() {
        var outlook = bot.ask(null, "what is the job outlook for dental hygienists?");
        assertTrue(outlook.sources().isEmpty(), "employers prefer, the heading asks what is needed: " + outlook.reply());
    }

    @Test
    void aMoveTheArticleTellsOfIsAnswered() {
        for (var question : List.of("can a dental assistant become a hygienist?",
                "how do I move from dental assistant to hygienist?")) {
            var move = bot.ask(null, question);
            assertEquals(List.of("dental assistant", "dental hygienist"), move.roles(), question);
            assertTrue(move.reply().contains("Some dental assistants later go back to school to become hygienists."),
                    question + ": " + move.reply());
            assertEquals(List.of("Which career should you choose?"), move.sources().stream().map(s -> s.section()).toList());
        }
    }

    @Test
    void theReverseMoveIsNotCovered() {
        var reverse = bot.ask(null, "can a hygienist become a dental assistant?");
        assertTrue(reverse.sources().isEmpty(), reverse.reply());
        assertTrue(reverse.reply().contains("don't cover a move from dental hygienist to dental assistant"),
                reverse.reply());
    }

    @Test
    void becomingEitherRoleIsNoMove() {
        for (var question : List.of("how do I become a dental hygienist or a dental assistant?",
                "become a dental hygienist or a dental assistant?")) {
            var either = bot.ask(null, question);
            assertFalse(either.reply().contains("a move from"), question + ": " + either.reply());
        }
    }

    @Test
    void aTitleTheArticleOnlyMentionsIsNoCoveredRole() {
        var dentist = bot.ask(null, "what does a dentist do?");
        assertTrue(dentist.sources().isEmpty(), dentist.reply());
        assertTrue(dentist.reply().contains("I don't have an article about the dentist role"), dentist.reply());

        var who = bot.ask(null, "who hands the dentist instruments?");
        assertTrue(who.reply().contains("hand the dentist instruments"), who.reply());
    }
}
