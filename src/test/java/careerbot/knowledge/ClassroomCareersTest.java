package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on teachers and teaching assistants, beside the seed: headings underlined (Setext), sentences about the
 * guide itself (after the introduction's first, and a paragraph of its own), an FAQ heading on the move from one role
 * to the other, and advice in the articles' word "children".
 */
class ClassroomCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Teacher vs. teaching assistant: which classroom career fits you?"
            roles:
              - name: teacher
                aliases: [teachers]
              - name: teaching assistant
                aliases: [TA, teaching assistants]
            ---

            Teacher vs. teaching assistant
            ==============================

            Teachers and teaching assistants work side by side in the same classrooms, but their jobs and pay \
            differ a lot. This guide explains both.

            Let's compare both roles in turn.

            What does a teacher do?
            -----------------------

            A teacher plans lessons, delivers them to a whole class and assesses what students have learned.

            What does a teaching assistant do?
            ----------------------------------

            A teaching assistant supports the teacher, working with small groups of students who need extra help.

            Can a teaching assistant become a teacher?
            ------------------------------------------

            Yes. Many teachers started as teaching assistants, and some states pay for their degree.

            Which should you choose?
            ------------------------

            If you want to lead a class and design lessons, train as a teacher. If you would rather help children \
            one to one, start as a teaching assistant.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("teacher-vs-teaching-assistant.md", ARTICLE);

    @Test
    void fromOneRoleToTheOtherAsksTheMoveWithoutAWordOfMoving() {
        for (var question : new String[] {"how do I go from TA to teacher?", "can I move from a TA to a teacher?"}) {
            var move = bot.ask(null, question);
            assertTrue(move.reply().contains("Many teachers started as teaching assistants"), question + ": "
                    + move.reply());
            assertEquals("Can a teaching assistant become a teacher?", move.sources().get(0).section(), question);
        }
        // The article tells the move one way only; "going" and "possible" ask, they name no topic.
        var back = bot.ask(null, "going from teacher to teaching assistant, is it possible?").reply();
        assertTrue(back.startsWith("My articles don't cover a move from teacher to teaching assistant"), back);
    }

    @Test
    void aSentenceAboutTheGuideItselfIsNoCommonGround() {
        var reply = bot.ask(null, "what do teachers and TAs have in common?").reply();
        assertTrue(reply.contains("work side by side in the same classrooms"), reply);
        assertFalse(reply.contains("This guide") || reply.contains("Let's"), reply);
    }

    @Test
    void aLikingSaidInAWordNoArticleUsesIsReadAsItsSynonyms() {
        for (var question : new String[] {"which should I choose? I love working one to one with kids",
                "teacher or TA? I like kids"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("the **teaching assistant** role looks like the better fit"), question + ": "
                    + reply);
            assertTrue(reply.contains("help children one to one"), reply);
        }
    }
}
