package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One role described through the other ("Teaching assistants support the teacher"), sub-sections that say each role's
 * part in turn, lists of cons one of which names no role, and an FAQ whose questions are bold text inside paragraphs
 * rather than headings.
 */
class ParagraphsNamingBothRolesTest {

    private static final String ARTICLE = """
            ---
            title: "Teacher or teaching assistant?"
            roles:
              - name: teacher
                aliases: [teachers]
              - name: teaching assistant
                aliases: [TA, TAs, teaching assistants]
            ---

            # Teacher or teaching assistant?

            ## Overview

            **Teachers** plan lessons, teach whole classes and report to parents.

            **Teaching assistants** support the teacher: they work with small groups and prepare materials.

            ## Responsibilities

            ### Planning

            Teachers write lesson plans for the whole class. Teaching assistants rarely plan lessons but lead group
            activities the teacher has prepared.

            ### Assessment

            Teachers mark work and track each pupil's progress. Teaching assistants may help with marking.

            ## Pros and cons

            Teaching pros:

            - Long school holidays

            Teaching cons:

            - Heavy workload, including marking in the evenings

            Teaching assistant cons:

            - Lower pay, often only during term time

            ## Frequently asked questions

            **Can a teaching assistant become a teacher?** Yes. Many teaching assistants train as teachers while
            they work.

            **Do teaching assistants work in the summer?** Usually not: most are paid for term time only.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("teacher-vs-teaching-assistant.md", ARTICLE);

    @Test
    void aParagraphStartingOnARoleIsThatRolesThoughItNamesTheOther() {
        var assistant = bot.ask(null, "what does a teaching assistant do?");
        assertTrue(assistant.reply().contains("support the teacher"), assistant.reply());
        assertFalse(assistant.reply().contains("teach whole classes"), assistant.reply());
        var teacher = bot.ask(null, "what does a teacher do?");
        assertTrue(teacher.reply().contains("teach whole classes"), teacher.reply());
        assertFalse(teacher.reply().contains("support the teacher"), teacher.reply());
    }

    @Test
    void eachResponsibilityIsGivenInTheSentenceOnTheRoleAsked() {
        var assistant = bot.ask(null, "teaching assistant responsibilities");
        assertTrue(assistant.reply().contains("**Planning** — Teaching assistants rarely plan lessons"), assistant.reply());
        assertTrue(assistant.reply().contains("**Assessment** — Teaching assistants may help with marking"),
                assistant.reply());
        var teacher = bot.ask(null, "teacher responsibilities");
        assertTrue(teacher.reply().contains("**Planning** — Teachers write lesson plans"), teacher.reply());
    }

    @Test
    void aPassageNamingTheRoleAskedComesBeforeOneNamingNone() {
        var assistant = bot.ask(null, "what are the downsides of being a teaching assistant?");
        assertTrue(assistant.reply().contains("Lower pay, often only during term time"), assistant.reply());
        assertFalse(assistant.reply().contains("Heavy workload"), assistant.reply());
        var teacher = bot.ask(null, "what are the benefits of being a teacher?");
        assertTrue(teacher.reply().contains("Long school holidays"), teacher.reply());
    }

    @Test
    void aWordOfATitleSaidAsAVerbNamesNoRole() {
        var verb = bot.ask(null, "I want to lead a class");
        assertFalse(verb.reply().contains("the lead role"), verb.reply());
        var title = bot.ask(null, "what does a lead do?");
        assertTrue(title.reply().contains("I don't have an article about the lead role"), title.reply());
        var project = bot.ask(null, "is a project manager a good job?");
        assertTrue(project.reply().contains("the project manager role"), project.reply());
    }

    @Test
    void aQuestionInTheTextIsQuotedWithItsAnswer() {
        var summer = bot.ask(null, "do TAs work in the summer?");
        assertTrue(summer.reply().contains("Usually not: most are paid for term time only."), summer.reply());
        // Said in a question, "work in the summer" says nothing of where they work.
        var where = bot.ask(null, "where do teaching assistants work?");
        assertFalse(where.reply().contains("summer"), where.reply());
        var move = bot.ask(null, "can a TA become a teacher?");
        assertTrue(move.reply().contains("Many teaching assistants train as teachers while they work."), move.reply());
    }
}
