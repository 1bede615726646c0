package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on librarians and archivists, beside the seed: key takeaways in bold over a list, headings that ask
 * questions, the differences as a numbered list of labelled items, and advice in one paragraph.
 */
class InformationCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Librarian or archivist? How the two information careers differ"
            roles:
              - name: librarian
                aliases: [librarians]
              - name: archivist
                aliases: [archivists]
            ---

            # Librarian or archivist? How the two information careers differ

            **Key takeaways**

            - Librarians help the public find and use information; archivists preserve original records.
            - Both usually need a master's degree.

            ## What is a librarian?

            A librarian manages a library's collection and helps visitors find books, articles and data.

            ## What is an archivist?

            An archivist appraises, organizes and preserves historical documents, photographs and records.

            ## Key differences

            1. **Focus:** Librarians work with published materials; archivists work with unique, unpublished records.
            2. **Workplace:** Librarians work in public, school and university libraries; archivists work in museums and government agencies.

            ## Librarian or archivist: which is right for you?

            If you enjoy helping people and teaching, librarianship may suit you. If you love history and detailed, quiet work, consider becoming an archivist.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("librarian-vs-archivist.md", ARTICLE);

    @Test
    void aTitleInBoldHeadsWhatFollowsIt() {
        var takeaways = bot.ask(null, "what are the key takeaways?").reply();
        assertTrue(takeaways.contains("- Librarians help the public find and use information")
                && takeaways.contains("- Both usually need a master's degree."), takeaways);
        assertFalse(takeaways.contains("don't define"), takeaways);
    }

    @Test
    void whatTheUserLikesIsAdviceWhateverIntentTheModelTakesItFor() {
        for (var message : new String[] {"I like history", "I love history"}) {
            var reply = bot.ask(null, message).reply();
            assertTrue(reply.contains("the **archivist** role looks like the better fit"), message + ": " + reply);
        }
    }

    @Test
    void whichRolesTheBotCoversIsHelp() {
        for (var message : new String[] {"what roles do you cover?", "which careers does this bot cover?",
                "what jobs are covered?"}) {
            var reply = bot.ask(null, message).reply();
            assertTrue(reply.contains("I answer career questions from my articles about the"), message + ": " + reply);
            assertTrue(reply.contains("librarian") && reply.contains("product owner"), message + ": " + reply);
        }
    }

    @Test
    void theDifferencesAreTheNumberedList() {
        var differ = bot.ask(null, "librarian vs archivist");
        assertTrue(differ.reply().contains("Focus: Librarians work with published materials"), differ.reply());
        var where = bot.ask(null, "where do archivists work?");
        assertTrue(where.reply().contains("archivists work in museums"), where.reply());
    }
}
