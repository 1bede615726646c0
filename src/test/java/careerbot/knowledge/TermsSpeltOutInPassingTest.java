package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose terms are abbreviations spelt out in passing ("service level objectives (SLOs)") or words that
 * stem like others ("tooling", "tools"): a definition asked in words the intent model has never seen.
 */
class TermsSpeltOutInPassingTest {

    private static final String ARTICLE = """
            ---
            title: "Career paths: DevOps engineer vs. site reliability engineer"
            roles:
              - name: DevOps engineer
                aliases: [DevOps engineers]
              - name: site reliability engineer
                aliases: [SRE, SREs, site reliability engineers]
            ---

            # Career paths: DevOps engineer vs. site reliability engineer

            Both roles sit between software development and IT operations.

            ## What does a DevOps engineer do?

            DevOps engineers build tools: the tools and pipelines that let developers ship code safely.

            ## What does a site reliability engineer do?

            Site reliability engineers keep production systems available, fast and correct.

            ## Typical site reliability engineer responsibilities

            ### Defining service level objectives

            SREs agree service level objectives (SLOs) with product teams and track the error budget that remains \
            each month.

            ### Responding to incidents

            Site reliability engineers take part in an on-call rotation and write blameless postmortems afterwards.

            ## What are some differences between a DevOps engineer and a site reliability engineer?

            Site reliability engineering is one concrete way to practise DevOps, with its own measures such as SLOs \
            and error budgets.

            Both roles choose tools to automate work. A DevOps engineer's work centres on delivery: pipelines, \
            environments and developer tooling.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("devops-engineer-vs-site-reliability-engineer.md", ARTICLE);

    @Test
    void aTermTheModelIsUnsureOfIsDefinedWhereItIsSpeltOut() {
        var slos = bot.ask(null, "what are SLOs?").reply();
        assertTrue(slos.startsWith("**SLOs**"), slos);
        assertTrue(slos.contains("SREs agree service level objectives (SLOs)"), slos);
    }

    @Test
    void aTermIsDefinedWhereItStandsAsAskedBeforeWhereAWordStemmingAlikeDoes() {
        var tooling = bot.ask(null, "what is tooling?").reply();
        assertTrue(tooling.contains("developer tooling"), tooling);
        assertFalse(tooling.contains("tools and pipelines"), tooling);
    }

    @Test
    void aPrepositionBeforeTheTopicIsNoTopicOfItsOwn() {
        var incident = bot.ask(null, "what do SREs do during an incident?").reply();
        assertTrue(incident.contains("take part in an on-call rotation"), incident);
    }
}
