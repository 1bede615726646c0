package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chiefs of staff and executive assistants, beside the seed: a move told over two sentences, the second going on
 * with the subject of the first ("Executive assistants can grow into… Some become chiefs of staff"), is a move
 * from the first sentence's role.
 */
class ExecutiveSupportCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Chief of staff vs. executive assistant: what's the difference?"
            roles:
              - name: chief of staff
                aliases: [CoS, chiefs of staff]
              - name: executive assistant
                aliases: [EA]
            ---

            # Chief of staff vs. executive assistant: what's the difference?

            Both roles sit next to a senior leader, and people often mix them up. They are different jobs with
            different careers.

            ## What does a chief of staff do?

            A chief of staff is a senior adviser who helps a CEO or another executive run the organisation. Chiefs of
            staff drive strategic projects, prepare leadership meetings and follow up on decisions so that nothing
            falls through the cracks. Many act as the executive's proxy when the executive is away.

            ## What does an executive assistant do?

            An executive assistant manages an executive's time: the calendar, travel, correspondence and meeting
            logistics. A good EA protects the executive's focus by deciding what reaches them and what can wait.

            ## A day in the life

            **Chief of staff**

            - 8:00 — review the weekly metrics before the leadership meeting
            - 10:30 — run the quarterly planning workshop
            - 15:00 — one-to-ones with department heads about a cross-team project

            **Executive assistant**

            - 7:30 — reshuffle the CEO's calendar after a flight delay
            - 11:00 — book travel for next week's board meeting
            - 16:00 — draft replies to the day's correspondence

            ## Who do they report to?

            Both report directly to the executive they support. In large companies, executive assistants sometimes also
            report to a chief of staff.

            ## Skills

            A chief of staff needs strategic thinking, discretion and the ability to influence people without formal
            authority. An executive assistant needs excellent organisation, discretion and clear written communication.

            ## Salary

            In the United States, executive assistants earn a median of about $70,000 a year. Chiefs of staff at
            technology companies typically earn $150,000 to $250,000, often with equity.

            ## Career path

            Executive assistants can grow into senior EA roles, office management or operations. Some become chiefs of
            staff, although most chiefs of staff come from consulting, finance or product roles. The role of chief of
            staff is often a two-to-three-year tour before moving into general management.

            ## Which one is right for you?

            If you enjoy big-picture problems and driving change across teams, a chief of staff role may suit you. If
            you love structure, anticipating needs and making a leader's day run smoothly, consider becoming an
            executive assistant.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("chief-of-staff-vs-executive-assistant.md", ARTICLE);

    @Test
    void aSentenceGoingOnFromTheOneBeforeSaysTheMove() {
        var up = bot.ask(null, "Can an executive assistant become a chief of staff?").reply();
        assertTrue(up.contains("Executive assistants can grow into senior EA roles, office management or operations. "
                + "Some become chiefs of staff, although"), up);
        var down = bot.ask(null, "can a chief of staff become an EA?").reply();
        assertTrue(down.contains("don't cover a move from chief of staff to executive assistant"), down);
    }

    @Test
    void compareThemComparesTheRolesTalkedAbout() {
        var session = "compare-" + System.nanoTime();
        bot.ask(session, "what does a chief of staff do?");
        bot.ask(session, "and the other one?");
        var compared = bot.ask(session, "compare them").reply();
        assertTrue(compared.contains("**Skills**"), compared);
        assertTrue(compared.contains("*Executive assistant:* In the United States, executive assistants earn"),
                compared);
    }
}
