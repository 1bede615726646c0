package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sales development and business development representatives, beside the seed, known by their acronyms: a sentence
 * naming no role goes on about the roles the one before it named.
 */
class SalesDevelopmentCareersTest {

    private static final String ARTICLE = """
            ---
            title: "SDR vs. BDR: which sales development job is right for you?"
            roles:
              - name: sales development representative
                aliases: [SDR, SDRs]
              - name: business development representative
                aliases: [BDR, BDRs]
            ---

            # SDR vs. BDR: which sales development job is right for you?

            SDRs work inbound leads; BDRs work outbound.

            ## Career path

            Most SDRs and BDRs are promoted after 12 to 18 months. The usual next step is account executive. Some move
            into sales management as a team lead for new SDRs, and a few move into marketing operations.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("sdr-vs-bdr.md", ARTICLE);

    @Test
    void aSentenceNamingNoRoleGoesOnAboutTheRolesBefore() {
        var path = bot.ask(null, "what's the career path for an sdr?").reply();
        assertTrue(path.contains("promoted after 12 to 18 months. The usual next step is account executive."), path);
    }
}
