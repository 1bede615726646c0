package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article that gives the job outlook in a sentence of its introduction, below paragraphs on where the jobs are;
 * that has sections on responsibilities but none of examples; and whose FAQ on a move says the move back in passing
 * ("also move the other way").
 */
class OutlookAndWorkInPassingTest {

    private static final String ARTICLE = """
            ---
            title: "Career paths: Business analyst vs. systems analyst"
            roles:
              - name: business analyst
                aliases: [BA, business analysts]
              - name: systems analyst
                aliases: [systems analysts]
            ---

            # Career paths: Business analyst vs. systems analyst

            Business analysts and systems analysts both sit between the people who run an organization and the people \
            who build its technology. The U.S. Bureau of Labor Statistics groups systems analysts under computer \
            systems analysts and projects employment in that group to grow 11% from 2023 to 2033, much faster than \
            the average for all occupations.

            The two titles are often used loosely, and in smaller companies one person may do both jobs. Still, the \
            focus of each role is different: one starts from the business problem, the other from the system.

            ## Where the jobs are

            Both jobs are found at companies of every size, from startups to banks and government agencies.

            ## What does a systems analyst do?

            A systems analyst designs and improves the information systems an organization uses.

            ## Typical business analyst responsibilities

            ### Gathering requirements

            Business analysts interview stakeholders and write user stories.

            ### Managing stakeholders

            A business analyst keeps sponsors and delivery teams aligned.

            ## Typical systems analyst responsibilities

            ### Designing system solutions

            Systems analysts translate requirements into technical specifications.

            ### Testing and quality assurance

            Systems analysts write test plans and check that the built system behaves as specified.

            ## Which career is right for you?

            If you enjoy talking with people, business analysis may suit you. If you prefer technical problem solving, \
            consider becoming a systems analyst.

            ## Can a business analyst become a systems analyst?

            Yes. Many business analysts move into systems analysis by learning SQL. Systems analysts also move the \
            other way when they want to work closer to the business.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("business-analyst-vs-systems-analyst.md", ARTICLE);

    @Test
    void theOutlookIsFoundBelowAPassageOnWhereTheJobsAre() {
        var outlook = bot.ask(null, "what is the job outlook for systems analysts?").reply();
        assertTrue(outlook.contains("projects employment in that group to grow 11%"), outlook);
        // Of a paragraph on something else, the sentences on the outlook.
        assertFalse(outlook.contains("both sit between the people"), outlook);
    }

    @Test
    void withNoSectionOfExamplesTheResponsibilitiesShowTheWork() {
        var examples = bot.ask(null, "examples of business analyst work").reply();
        assertTrue(examples.contains("**Gathering requirements**") && examples.contains("**Managing stakeholders**"),
                examples);
        assertFalse(examples.contains("become") || examples.contains("Systems analysts"), examples);
    }

    @Test
    void whatARoleIsAskedToDoIsFoundInItsOwnSections() {
        var test = bot.ask(null, "what do systems analysts test?").reply();
        assertTrue(test.contains("Systems analysts write test plans"), test);
        assertFalse(test.contains("designs and improves"), test);
    }

    @Test
    void aMoveBackSaidInPassingAnswersTheMoveBack() {
        var back = bot.ask(null, "can a systems analyst become a business analyst?").reply();
        assertTrue(back.contains("Systems analysts also move the other way"), back);
        assertFalse(back.contains("Many business analysts move into systems analysis"), back);
        var forth = bot.ask(null, "can a business analyst become a systems analyst?").reply();
        assertTrue(forth.contains("Many business analysts move into systems analysis"), forth);
    }
}
