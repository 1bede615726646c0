package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article that says what each role is in its introduction, sets them side by side in a table and then goes through
 * numbered differences, with no section on either role: what a role does is the introduction's sentence on it; "vs"
 * asks for the comparison, not for "VS Code"; pay is the table's, not the outlook said under "Pay and job outlook";
 * advice is given from what the user likes in the article's words.
 */
class RolesIntroducedUpFrontTest {

    private static final String ARTICLE = """
            ---
            title: "Web designer vs. web developer: 4 key differences"
            roles:
              - name: web designer
                aliases: [web designers, designer, designers]
              - name: web developer
                aliases: [web developers, developer, developers]
            ---

            # Web designer vs. web developer: 4 key differences

            Unlike a web developer, a web designer rarely writes code all day.

            A web designer decides how a website looks and feels: its layout, colours and typography. A web developer \
            turns that design into a working site, writing the code that runs in the browser.

            | | Web designer | Web developer |
            |---|---|---|
            | Main focus | Look and usability | Code and functionality |
            | Typical tools | Figma, Photoshop | VS Code, Git |
            | Median pay | $98,540 | $84,960 |

            ## 1. Focus

            Designers think about the visitor and what they click. Developers think about how the site works.

            ## 2. Education

            Many designers study graphic design; many developers study computer science or learn on their own.

            ## 3. Pay and job outlook

            Employment of both is projected to grow 8% by 2033. Developers who know JavaScript are in particular demand.

            ## Which should you choose?

            Choose web design if you are visual and enjoy drawing. Choose web development if you like solving logic \
            problems and enjoy building things that work.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("web-designer-vs-web-developer.md", ARTICLE);

    @Test
    void whatARoleDoesIsWhatTheIntroductionSaysOfIt() {
        var developer = bot.ask(null, "what does a web developer do?").reply();
        assertTrue(developer.contains("A web developer turns that design into a working site"), developer);
        assertFalse(developer.contains("Typical tools") || developer.contains("decides how a website looks")
                || developer.contains("rarely writes code"), developer);
        var designer = bot.ask(null, "tell me about web designers").reply();
        assertTrue(designer.contains("A web designer decides how a website looks and feels"), designer);
        assertFalse(designer.contains("turns that design"), designer);
    }

    @Test
    void aTopicAskedOfTheRoleIsLookedForBeforeTheIntroduction() {
        var study = bot.ask(null, "what does a web designer study?").reply();
        assertTrue(study.contains("graphic design"), study);
    }

    @Test
    void versusAsksForTheComparisonNotForAWordOfTheArticle() {
        var compared = bot.ask(null, "web designer vs web developer").reply();
        assertTrue(compared.contains("Main focus — Web designer: Look and usability"), compared);
        assertTrue(compared.contains("Typical tools — Web designer: Figma, Photoshop"), compared);
    }

    @Test
    void aSectionOnPayAndOutlookThatGivesOnlyTheOutlookLeavesPayToTheTable() {
        var pay = bot.ask(null, "how much does a web developer earn?").reply();
        assertTrue(pay.contains("Median pay — Web developer: $84,960"), pay);
        assertFalse(pay.contains("particular demand") || pay.contains("$98,540"), pay);
        var compared = bot.ask(null, "how do web designers and web developers differ in salary?").reply();
        assertTrue(compared.contains("$84,960"), compared);
        assertFalse(compared.contains("projected to grow"), compared);
    }

    @Test
    void aLikingInOtherWordsThanTheArticlesLeavesTheRestToAdviseOn() {
        var advice = bot.ask(null, "I enjoy logic puzzles and building things. designer or developer?").reply();
        assertTrue(advice.contains("**web developer**"), advice);
        assertFalse(advice.contains("don't cover"), advice);
        // A question on something else asks nothing of the user's likes, though "learn" is in the articles.
        var elsewhere = bot.ask(null, "which programming language should I learn?").reply();
        assertFalse(elsewhere.contains("better fit") || elsewhere.contains("Choose web"), elsewhere);
    }
}
