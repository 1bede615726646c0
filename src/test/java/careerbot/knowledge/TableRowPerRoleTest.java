package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on social workers and counselors, beside the seed: a table with a row per role, and pros and cons as
 * lines of one paragraph under each role's name in bold.
 */
class TableRowPerRoleTest {

    private static final String ARTICLE = """
            ---
            title: "Social worker or counselor: which helping career is right for you?"
            roles:
              - name: social worker
                aliases: [social workers]
              - name: counselor
                aliases: [counselors, therapist]
            ---

            # Social worker or counselor: which helping career is right for you?

            Counselors treat the person's thoughts and feelings, while social workers also look at the person's \
            environment and connect them with resources.

            ## At a glance

            | Role | Median salary (2024) | Minimum education | Work settings |
            | --- | --- | --- | --- |
            | Social worker | $61,330 | Bachelor's degree (BSW) | Hospitals, schools, child welfare agencies |
            | Counselor | $59,190 | Master's degree | Private practices, community mental health centers |

            ## What counselors do

            Counselors meet clients in regular sessions to help them cope with anxiety, grief or addiction.

            ## Pros and cons

            **Social worker**

            Pros: many job settings, a direct impact on families.
            Cons: heavy caseloads, emotional strain, paperwork.

            **Counselor**

            Pros: deep one-on-one work with clients, the option of private practice.
            Cons: long path to licensure, insurance billing.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("social-worker-vs-counselor.md", ARTICLE);

    @Test
    void aTableWithARowPerRoleIsReadColumnByColumn() {
        var pay = bot.ask(null, "how much does a social worker make?").reply();
        assertTrue(pay.contains("Median salary (2024) — Social worker: $61,330"), pay);
        assertFalse(pay.contains("Minimum education") || pay.contains("$59,190"), pay);
        var more = bot.ask(null, "which pays more, a social worker or a counselor?").reply();
        assertTrue(more.contains("Social worker: $61,330; Counselor: $59,190"), more);
        var education = bot.ask(null, "what is the minimum education for a counselor?").reply();
        assertTrue(education.contains("Minimum education — Counselor: Master's degree"), education);
    }

    @Test
    void aRowLabelledByTheTopicAnswersItAsAHeadingWould() {
        var where = bot.ask(null, "where do social workers work?").reply();
        assertTrue(where.contains("Work settings — Social worker: Hospitals, schools"), where);
        assertFalse(where.contains("many job settings"), where);
        // "Typical" asks for responsibilities only when they are what it is said of.
        var typical = bot.ask(null, "what are the typical work settings of counselors?").reply();
        assertTrue(typical.contains("Work settings — Counselor: Private practices"), typical);
        var duties = bot.ask(null, "what are the typical duties of a counselor?").reply();
        assertTrue(duties.contains("meet clients in regular sessions"), duties);
    }

    @Test
    void theyBeforeAnyRoleWasTalkedAboutAsksWhichOfTheArticlesRoles() {
        var pay = bot.ask(null, "how much do they make?");
        assertTrue(pay.reply().startsWith("Which role do you mean"), pay.reply());
        var counselors = bot.ask(pay.sessionId(), "counselors").reply();
        assertTrue(counselors.contains("Median salary (2024) — Counselor: $59,190"), counselors);
        var education = bot.ask(null, "what education do they need?");
        assertTrue(education.reply().startsWith("Which role do you mean"), education.reply());
        var ofCounselors = bot.ask(education.sessionId(), "counselors").reply();
        assertTrue(ofCounselors.contains("Minimum education — Counselor: Master's degree"), ofCounselors);
        var where = bot.ask(null, "where do they work?").reply();
        assertTrue(where.startsWith("Which role do you mean"), where);
        // Not the section the article heads so ("## Pros and cons"), as though "they" were its roles.
        var prosAndCons = bot.ask(null, "what pros and cons do they have?").reply();
        assertTrue(prosAndCons.startsWith("Which role do you mean"), prosAndCons);
    }

    @Test
    void prosAndConsUnderARoleInBoldAreThatRoles() {
        var cons = bot.ask(null, "what are the cons of being a counselor?").reply();
        assertTrue(cons.contains("Cons: long path to licensure"), cons);
        assertFalse(cons.contains("heavy caseloads"), cons);
        var ofSocialWorkers = bot.ask(null, "social worker pros and cons").reply();
        assertTrue(ofSocialWorkers.contains("heavy caseloads"), ofSocialWorkers);
        assertFalse(ofSocialWorkers.contains("long path to licensure"), ofSocialWorkers);
        var billing = bot.ask(null, "I hate insurance billing, social worker or counselor?").reply();
        assertTrue(billing.contains("the **social worker** role looks like the better fit"), billing);
        var paperwork = bot.ask(null, "which has more paperwork?").reply();
        assertTrue(paperwork.contains("Cons: heavy caseloads, emotional strain, paperwork."), paperwork);
        assertFalse(paperwork.contains("Pros: Cons:"), paperwork);
    }
}
