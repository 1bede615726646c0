package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on copywriters and copy editors, beside the seed: every heading a question, most of them on no role
 * ("How do you become one?"), answered a paragraph or a sentence for each; an FAQ on the move that answers "Yes, and it
 * is a common switch"; the fields "copywriting" and "copy editing" where the roles are meant.
 */
class CopyDeskCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Copywriter vs. copy editor: two careers in words"
            roles:
              - name: copywriter
                aliases: [copywriters]
              - name: copy editor
                aliases: [copy editors, copyeditor]
            ---

            # Copywriter vs. copy editor: two careers in words

            Both jobs revolve around the written word, but they sit at opposite ends of the process. Copywriters and \
            copy editors have more in common than their titles suggest.

            ## What does a copywriter do?

            Copywriters write the words used in advertising: slogans, web pages, emails and scripts for video. They \
            start from a creative brief.

            ## What does a copy editor do?

            Copy editors check text for grammar, spelling, facts and house style before it is published.

            ## What skills do you need?

            Copywriters need creativity and the ability to take criticism. Copy editors need an eye for detail and \
            patience with repetitive work.

            Both need to write to a deadline.

            ## What is the job outlook?

            Demand for copywriters has grown with online advertising. Copy editing jobs in print journalism are \
            declining.

            ## How do you become one?

            Most copywriters start with a portfolio rather than a particular degree. Many take a short course at an \
            advertising school.

            Copy editors usually have a degree in English or journalism. Newspapers often give new hires an editing \
            test.

            ## Can a copy editor become a copywriter?

            Yes, and it is a common switch. What copy editors need is a portfolio of persuasive work.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("copywriter-vs-copy-editor.md", ARTICLE);

    @Test
    void aQuestionHeadingOnTheRolesAskedAnswersBeforeOneOnNoRole() {
        for (var question : new String[] {"can a copy editor become a copywriter?",
                "can copy editors become copywriters?"}) {
            var move = bot.ask(null, question);
            assertTrue(move.reply().contains("a portfolio of persuasive work"), question + ": " + move.reply());
            assertEquals("Can a copy editor become a copywriter?", move.sources().get(0).section(), question);
        }
    }

    @Test
    void aHeadingOnNoRoleAskedOfOneQuotesWhatItSaysOfThatOne() {
        var writer = bot.ask(null, "how do I become a copywriter?").reply();
        assertTrue(writer.contains("Most copywriters start with a portfolio"), writer);
        assertFalse(writer.contains("Copy editors usually have a degree"), writer);
        var becoming = bot.ask(null, "how do I become a copy editor?").reply();
        assertTrue(becoming.contains("Copy editors usually have a degree") && becoming.contains("an editing test"),
                becoming);
        assertFalse(becoming.contains("short course"), becoming);
        var editor = bot.ask(null, "what skills does a copyeditor need?").reply();
        assertTrue(editor.contains("Copy editors need an eye for detail") && editor.contains("Both need to write"),
                editor);
        assertFalse(editor.contains("Copywriters need creativity"), editor);
    }

    @Test
    void aCommonThingIsNoThingInCommon() {
        var reply = bot.ask(null, "what do copywriters and copy editors have in common?").reply();
        assertTrue(reply.contains("Both need to write to a deadline") && reply.contains("more in common than"), reply);
        assertFalse(reply.contains("common switch"), reply);
    }

    @Test
    void aTermTheArticlesWriteIsAskedThoughAWordOfItAsksElsewhere() {
        var brief = bot.ask(null, "what is a creative brief?").reply();
        assertTrue(brief.contains("They start from a creative brief."), brief);
        // Words the articles use, never together: no term of theirs.
        var apart = bot.ask(null, "what is a brief deadline?").reply();
        assertFalse(apart.startsWith("**Brief deadline**"), apart);
    }

    @Test
    void aRoleOfOneWordAfterAnotherIsStillThatRole() {
        var senior = bot.ask(null, "what does a senior copywriter do?");
        assertEquals(List.of("copywriter"), senior.roles(), senior.reply());
        assertTrue(senior.reply().contains("Copywriters write the words used in advertising"), senior.reply());
    }

    @Test
    void theOutlookAskedOfWhatNoArticleNamesSaysSoFirst() {
        var london = bot.ask(null, "is there demand for copywriters in London?").reply();
        assertTrue(london.contains("My articles don't cover “London”; this is what they say of the outlook:")
                && london.contains("Demand for copywriters has grown with online advertising"), london);
        // Online advertising, which the article names.
        var online = bot.ask(null, "is there demand for copywriters in online advertising?").reply();
        assertTrue(online.contains("Demand for copywriters has grown"), online);
        assertFalse(online.contains("don't cover"), online);
    }

    @Test
    void theFieldOfAnEditorIsEditing() {
        var reply = bot.ask(null, "is copy editing a dying job?").reply();
        assertTrue(reply.contains("Copy editing jobs in print journalism are declining"), reply);
    }
}
