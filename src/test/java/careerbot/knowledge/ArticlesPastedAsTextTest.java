package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article copied from a web page as plain text, as the first article came: a line of the page before the title, a
 * dateline, every line indented, headings as short lines standing alone, bullets as "•", no front matter and no
 * aliases. It sits beside the project's own article, whose product manager is also "PM".
 */
class ArticlesPastedAsTextTest {

    private static final String ARTICLE = """
            Skip to main content

            Career paths: Business analyst vs. project manager — which is right for you?

            Updated on Jan 15, 2025 | 7 minute read

                Business analysts and project managers often work side by side on the same initiatives. Employment \
            of project management specialists is projected to grow 6% from 2023 to 2033.

                In this article, you'll learn what each role does, the skills you need, what they earn, and how to \
            decide between them.

                Continue reading to compare them. Both roles usually need a bachelor's degree.

                What does a business analyst do?

                A business analyst studies how an organization works and recommends changes to its processes and \
            systems.

                Business analyst responsibilities

                A business analyst's duties typically include:

                Requirements gathering

                Business analysts interview stakeholders and run workshops to learn what a change must do.

                Process mapping

                They map current processes and design improved ones.

                Skills you need

                Business analysts need analytical thinking and process modeling. Project managers need leadership \
            and negotiation skills.

                What does a project manager do?

                A project manager plans a project and leads it to completion on time and within scope.

                Project manager responsibilities

                A project manager's duties typically include:

                Planning and scheduling

                Project managers break the work into tasks and build a schedule with milestones.

                Risk management

                Project managers identify what could go wrong and plan responses.

                Examples of the work of a project manager

                • A project manager at a bank may lead the move to a new payments system.
                • A project manager at a hospital may run the opening of a new clinic.

                Salary

                Business analysts earned a median of $99,410 in May 2023. Project managers earned a median of $98,580.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("business-analyst-vs-project-manager.txt", ARTICLE);

    @Test
    void theTitleAfterThePageLineNamesTheRolesAndTheSource() {
        var overview = bot.ask(null, "what does a business analyst do?");
        assertEquals(List.of("business analyst"), overview.roles(), overview.reply());
        assertTrue(overview.reply().contains("A business analyst studies how an organization works"), overview.reply());
        assertTrue(overview.reply().contains("_Source: Career paths: Business analyst vs. project manager — which is "
                + "right for you? — What does a business analyst do?_"), overview.reply());
    }

    @Test
    void headingsAfterALeadInAreItsItemsUntilOneNamesARoleOrIsOnAnother() {
        var analyst = bot.ask(null, "what are the responsibilities of a business analyst?").reply();
        assertTrue(analyst.contains("- **Requirements gathering** — Business analysts interview stakeholders"), analyst);
        assertTrue(analyst.contains("- **Process mapping** — They map current processes"), analyst);
        assertFalse(analyst.contains("Skills you need"), "a heading on both roles ends one role's items: " + analyst);
        var manager = bot.ask(null, "project manager responsibilities").reply();
        assertTrue(manager.contains("- **Risk management** — Project managers identify"), manager);
        assertFalse(manager.contains("Examples of the work"), "a heading naming a role ends the items: " + manager);
    }

    @Test
    void eachRolesSectionLeadingInItsDutiesIsComparedByThem() {
        var compared = bot.ask(null, "business analyst vs project manager").reply();
        assertTrue(compared.contains("**Responsibilities**\n- *Business analyst:* Requirements gathering; Process "
                + "mapping\n- *Project manager:* Planning and scheduling; Risk management"), compared);
    }

    @Test
    void bulletsAreListItems() {
        var examples = bot.ask(null, "give me examples of project manager work").reply();
        assertTrue(examples.contains("- A project manager at a bank may lead the move to a new payments system.\n"
                + "- A project manager at a hospital may run the opening of a new clinic."), examples);
    }

    @Test
    void theDatelineIsNoHeading() {
        var outlook = bot.ask(null, "what is the job outlook for project managers?").reply();
        assertTrue(outlook.contains("projected to grow 6% from 2023 to 2033"), outlook);
        assertTrue(outlook.contains("_Source: Career paths: Business analyst vs. project manager — which is right for "
                + "you? — Career paths:"), "quoted under the title: " + outlook);
    }

    @Test
    void aSentenceAboutTheArticleItselfIsNeverTheAnswer() {
        var pay = bot.ask(null, "how much does a business analyst earn?").reply();
        assertTrue(pay.contains("$99,410"), pay);
        assertFalse(pay.contains("In this article"), pay);
        var degree = bot.ask(null, "what degree does a business analyst need?").reply();
        assertTrue(degree.contains("Both roles usually need a bachelor's degree."), degree);
        assertFalse(degree.contains("Continue reading"), "what follows the sentence about the article stays: " + degree);
        var deciding = bot.ask(null, "how do business analysts decide?").reply();
        assertFalse(deciding.contains("In this article"), "it holds \"decide\", but answers nothing: " + deciding);
    }

    @Test
    void aRoleIsNamedByItsInitialsInCapitals() {
        var plural = bot.ask(null, "what do BAs do?");
        assertEquals(List.of("business analyst"), plural.roles(), plural.reply());
        assertTrue(plural.reply().contains("A business analyst studies"), plural.reply());
        var lowerCase = bot.ask(null, "what does a ba do?");
        assertEquals(List.of(), lowerCase.roles(), "\"ba\" in lower case is no acronym: " + lowerCase.reply());
        var alias = bot.ask(null, "what does a PM do?");
        assertEquals(List.of("product manager"), alias.roles(), "the product manager's alias: " + alias.reply());
        var besideItsArticle = bot.ask(null, "BA vs PM");
        assertEquals(List.of("business analyst", "project manager"), besideItsArticle.roles(),
                "beside the business analyst, the initials of the role of its article: " + besideItsArticle.reply());
        var besideTheAliasArticle = bot.ask(null, "PO vs PM");
        assertEquals(List.of("product owner", "product manager"), besideTheAliasArticle.roles(),
                besideTheAliasArticle.reply());
    }

    @Test
    void handlingIsManaging() {
        var risk = bot.ask(null, "how do project managers handle risk?").reply();
        assertTrue(risk.contains("Project managers identify what could go wrong"), risk);
    }
}
