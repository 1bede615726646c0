package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two roles whose names differ only by an acronym ("UX designer", "UI designer"), which users and the article say
 * alone: "switch from UI to UX", "a UX portfolio", "UX/UI designer".
 */
class RolesToldApartByAnAcronymTest {

    private static final String ARTICLE = """
            ---
            title: "UX designer vs. UI designer"
            roles:
              - name: UX designer
                aliases: [UX designers, user experience designer]
              - name: UI designer
                aliases: [UI designers, user interface designer]
            ---

            # UX designer vs. UI designer

            ## The UX designer role

            A UX designer studies how people use a product and shapes its structure so that tasks feel simple.

            ## The UI designer role

            A UI designer turns wireframes into polished screens with the right typography, colour and spacing.

            ## Education and portfolio

            Neither job requires a specific degree.

            Hiring managers care most about the portfolio. A UX portfolio should tell the story of a problem and the
            research behind it; a UI portfolio should show finished screens.

            ## Which should you choose?

            Choose UX design if you enjoy research. Choose UI design if you love visual detail.

            ## Can a UI designer move into UX?

            Yes. UI designers who pick up research methods often move into UX roles.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("ux-designer-vs-ui-designer.md", ARTICLE);

    @Test
    void aMoveBetweenTheRolesSaidByTheirAcronymsIsTheMoveTheArticleTellsOf() {
        var reply = bot.ask(null, "can I switch from UI to UX?").reply();
        assertTrue(reply.contains("often move into UX roles"), reply);
    }

    @Test
    void aTopicOfOneRoleAskedWithoutTheUserIsWhatTheArticleSaysOnIt() {
        var reply = bot.ask(null, "what should be in a UX portfolio?").reply();
        assertTrue(reply.contains("A UX portfolio should tell the story"), reply);
        // Not advice on which role suits the user, who said nothing of themselves.
        assertTrue(reply.startsWith("Here is what my articles say"), reply);
    }

    @Test
    void aRoleOfAnotherArticleComparedWithOneNamedByItsAcronymAndHead() {
        // "product owner vs UX designer": the head "designer" after "UX" is no title of another job.
        var compared = bot.ask(null, "product owner vs UX designer");
        assertEquals(List.of("product owner", "ux designer"), compared.roles(), compared.reply());
    }

    @Test
    void aTitleJoiningBothAcronymsIsAboutBothRoles() {
        var reply = bot.ask(null, "what is a UX/UI designer?").reply();
        assertTrue(reply.contains("studies how people use a product"), reply);
        assertTrue(reply.contains("turns wireframes into polished screens"), reply);
    }
}
