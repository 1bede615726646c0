package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose lists say whose they are only in the paragraph that leads them in ("Brand managers need:"), whose
 * steps to either job are a numbered list under a heading naming both ("How to become a marketing manager or brand
 * manager"), and whose FAQ asks a move one way only. A list is its lead-in's role's; the steps answer for each role;
 * the heading on both asks no move.
 */
class ListsLedByTheirRoleTest {

    private static final String ARTICLE = """
            ---
            title: "Marketing manager or brand manager: which job is for you?"
            roles:
              - name: marketing manager
                aliases: [marketing managers]
              - name: brand manager
                aliases: [brand managers]
            ---

            # Marketing manager or brand manager: which job is for you?

            Marketing managers and brand managers both shape how customers see a company, but they work at different \
            scales.

            ## Pay

            - **Marketing manager:** a median of $157,620 a year in May 2023, by the BLS.
            - **Brand manager:** varies widely with the industry and the size of the brand.

            ## At a glance

            - **Marketing manager:** plans and runs campaigns, owns a marketing budget, reports on leads and sales.
            - **Brand manager:** guards the brand's positioning, voice and visual identity.

            ## A day in the life of a marketing manager

            A marketing manager's day is full of deadlines: campaign numbers in the morning, a meeting with the sales \
            team, then briefs for designers.

            ## Skills employers look for

            Marketing managers need:

            - Strong analytical skills to read campaign data
            - Budget management

            Brand managers need:

            - Consumer insight and market research skills
            - Creativity and a sense for design and storytelling
            - Patience to build a brand over many years

            ## Job outlook

            Employment of marketing managers is projected to grow 8% from 2023 to 2033. Most new openings are in \
            digital marketing.

            ## How to become a marketing manager or brand manager

            1. Earn a bachelor's degree in marketing, business or communications.
            2. Start in an entry-level role such as marketing coordinator.
            3. Build a record of campaigns or brand projects you led.

            ## Frequently asked questions

            ### Can a marketing manager switch to brand management?

            Yes. Marketing managers who have worked on positioning can move into brand management.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("marketing-manager-or-brand-manager.md", ARTICLE);

    @Test
    void aListIsTheRoleItsLeadInNames() {
        var brand = bot.ask(null, "what skills do brand managers need?").reply();
        assertTrue(brand.contains("Brand managers need:") && brand.contains("Consumer insight")
                && brand.contains("Creativity and a sense for design") && brand.contains("Patience"), brand);
        assertFalse(brand.contains("Strong analytical skills"), brand);
        // The list its lead-in quoted is not given again, nor an item of the other role's list.
        var marketing = bot.ask(null, "what skills does a marketing manager need?").reply();
        assertTrue(marketing.contains("Marketing managers need:\n- Strong analytical skills"), marketing);
        assertFalse(marketing.indexOf("Strong analytical skills") != marketing.lastIndexOf("Strong analytical skills")
                || marketing.contains("Consumer insight"), marketing);
        // What a user likes, said only in a role's list, points to that role.
        var advice = bot.ask(null, "I am creative and love storytelling, which role fits me?").reply();
        assertTrue(advice.contains("**brand manager**") && advice.contains("storytelling"), advice);
    }

    @Test
    void aSectionOnTheOutlookAloneIsQuotedWhole() {
        var outlook = bot.ask(null, "what is the job outlook for marketing managers?").reply();
        assertTrue(outlook.contains("projected to grow 8%") && outlook.contains("Most new openings"), outlook);
    }

    @Test
    void stepsUnderAHeadingOnBothRolesAnswerForEach() {
        var steps = bot.ask(null, "how do I become a brand manager?").reply();
        assertTrue(steps.contains("- Earn a bachelor's degree") && steps.contains("- Start in an entry-level role")
                && steps.contains("- Build a record of campaigns"), steps);
        var both = bot.ask(null, "how do I become a brand manager or a marketing manager?").reply();
        assertTrue(both.contains("- Build a record of campaigns"), both);
    }

    @Test
    void aHeadingOnBothRolesAsksNoMoveBetweenThem() {
        var asked = bot.ask(null, "can a marketing manager become a brand manager?").reply();
        assertTrue(asked.contains("can move into brand management"), asked);
        assertFalse(asked.contains("bachelor's degree"), asked);
        var back = bot.ask(null, "can a brand manager become a marketing manager?").reply();
        assertTrue(back.contains("don't cover a move from brand manager to marketing manager"), back);
    }

    @Test
    void aTermWithAWordOfARoleIsDefinedAndALineSummingUpARoleSaysWhatItDoes() {
        var term = bot.ask(null, "what is brand voice?").reply();
        assertTrue(term.contains("**Brand voice**") && term.contains("guards the brand's positioning, voice"), term);
        assertFalse(term.contains("Which role do you mean"), term);
        // With no section on what a brand manager does, the line that sums the role up; not its line on pay.
        var does = bot.ask(null, "what does a brand manager do?").reply();
        assertTrue(does.contains("guards the brand's positioning"), does);
        assertFalse(does.contains("varies widely"), does);
        var manage = bot.ask(null, "what do brand managers manage?").reply();
        assertTrue(manage.contains("guards the brand's positioning"), manage);
    }
}
