package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page pasted as text whose title and headings are in capitals ("ARCHAEOLOGIST VS. ANTHROPOLOGIST"): the roles are
 * written as the text writes them; a term that no article defines, asked as "what is a …?", is answered where an
 * article speaks of it, not with "which role do you mean?".
 */
class FieldSciencesTest {

    private static final String PAGE = """
            ARCHAEOLOGIST VS. ANTHROPOLOGIST

            Both study people, past and present. Here is how the two careers differ.

            WHAT ANTHROPOLOGISTS DO
            Cultural anthropologists live among the communities they study for months or years. Many anthropologists
            teach at universities.

            WHAT ARCHAEOLOGISTS DO
            Archaeologists survey and excavate sites, record and catalogue finds, and analyse them in the lab.

            EDUCATION
            Field technicians in archaeology can start with a bachelor's degree and a field school. Most anthropology
            jobs in research and teaching need a master's degree or a PhD.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("archaeologist-vs-anthropologist.txt", PAGE);

    @Test
    void rolesOfATitleInCapitalsAreWrittenAsTheTextWritesThem() {
        var reply = bot.ask(null, "what does an archaeologist do?").reply();
        assertTrue(reply.contains("What an archaeologist does"), reply);
        assertFalse(reply.contains("What an ARCHAEOLOGIST"), reply);
    }

    @Test
    void aTermNoArticleDefinesIsAnsweredWhereOneSpeaksOfIt() {
        var reply = bot.ask(null, "what is a field school?").reply();
        assertTrue(reply.contains("a bachelor's degree and a field school"), reply);
        assertFalse(reply.contains("Which role do you mean"), reply);
    }
}
