package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Social media managers and content creators, beside the seed: a "TL;DR" that says what each does, key differences
 * in a numbered list of items led by labels in bold, and "managers" said of the social media manager, though the
 * seed's product manager ends in the word too.
 */
class SocialMediaCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Social media manager vs. content creator"
            roles:
              - name: social media manager
              - name: content creator
                aliases: [creator, creators]
            ---

            # Social media manager vs. content creator

            **TL;DR:** A social media manager runs a brand's social accounts as part of a marketing team. A content \
            creator makes videos, photos or posts under their own name.

            ## Key differences

            1. **Who you work for.** Social media managers are usually employed by a company, whereas content creators \
            are mostly self-employed.
            2. **How you are measured.** Managers report on reach, engagement and leads to their boss. Creators live on \
            views and sponsorship deals.

            ## Skills

            For social media managers, the key skills are copywriting and analytics. For content creators, they are \
            on-camera presence and video editing.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("social-media-manager-vs-content-creator.md", ARTICLE);

    @Test
    void whatARoleDoesIsReadPastTheLabelOfASummary() {
        var manager = bot.ask(null, "what does a social media manager do?").reply();
        assertTrue(manager.contains("\n\nA social media manager runs a brand's social accounts"), manager);
        assertFalse(manager.contains("TL;DR"), manager);
        assertFalse(manager.contains("key skills"), manager);
    }

    @Test
    void anItemLedByABoldLabelIsLabelledAsAParagraphIs() {
        var compared = bot.ask(null, "social media manager vs content creator").reply();
        assertTrue(compared.contains("- Who you work for: Social media managers are usually employed"), compared);
    }

    @Test
    void aWordEndingTwoRolesNamesTheOneOfItsOwnArticle() {
        var measured = bot.ask(null, "how are social media managers measured?").reply();
        assertTrue(measured.contains("Managers report on reach, engagement and leads to their boss."), measured);
        assertFalse(measured.contains("sponsorship"), measured);
    }
}
