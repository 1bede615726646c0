package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "What do electricians and plumbers have in common?": what the article says of both roles at once, not how they
 * differ, nor a word such as "share" in what it says of one of them; narrowed to the question's topic when it names
 * one; honestly not covered for roles no article compares.
 */
class WhatRolesShareTest {

    private static final String ARTICLE = """
            ---
            title: "Electrician vs. plumber"
            roles:
              - name: electrician
                aliases: [electricians, sparky]
              - name: plumber
                aliases: [plumbers]
            ---

            # Electrician vs. plumber

            Electricians and plumbers both keep buildings working, but one works with power and the other with water.

            ## What does an electrician do?

            An electrician installs and repairs wiring, lighting and circuit breakers.

            ## What does a plumber do?

            A plumber installs and repairs pipes, drains and water heaters. They share their schedules with
            building managers a week ahead.

            ## Training

            Both trades are learnt through apprenticeships of three to five years. Electricians must also pass a
            licensing exam on the electrical code. Plumbers often share tools with gas fitters.

            ## Skills

            Electricians need good colour vision to tell wires apart. Both need problem-solving skills and a head for
            heights.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("electrician-vs-plumber.md", ARTICLE);

    @Test
    void whatTwoRolesHaveInCommonIsWhatTheArticleSaysOfBoth() {
        var common = bot.ask(null, "what do electricians and plumbers have in common?");
        assertEquals("role_comparison", common.intent().name());
        assertEquals(List.of("electrician", "plumber"), common.roles());
        assertTrue(common.reply().contains("have in common"), common.reply());
        assertTrue(common.reply().contains("both keep buildings working"), common.reply());
        assertTrue(common.reply().contains("apprenticeships of three to five years"), common.reply());
        assertTrue(common.reply().contains("problem-solving skills"), common.reply());
        assertFalse(common.reply().contains("share their schedules"), "under the plumber's heading: " + common.reply());
        assertFalse(common.reply().contains("colour vision"), "said of electricians alone: " + common.reply());
        assertFalse(common.reply().contains("gas fitters"), "said of plumbers alone: " + common.reply());
        assertEquals(List.of("Electrician vs. plumber", "Training", "Skills"),
                common.sources().stream().map(s -> s.section()).toList());

        var alike = bot.ask(null, "how are a sparky and a plumber alike?");
        assertEquals(common.sources(), alike.sources(), alike.reply());
    }

    @Test
    void aSectionAskedOfOneRoleKeepsWhatItSaysOfBoth() {
        bot.ask("skills", "tell me about plumbers");
        var skills = bot.ask("skills", "what skills do they need?").reply();
        assertTrue(skills.contains("Both need problem-solving skills"), skills);
    }

    @Test
    void aTopicNarrowsWhatIsShared() {
        var skills = bot.ask(null, "what skills do electricians and plumbers share?");
        assertTrue(skills.reply().contains("problem-solving skills"), skills.reply());
        assertFalse(skills.reply().contains("apprenticeships"), skills.reply());
        assertEquals(List.of("Skills"), skills.sources().stream().map(s -> s.section()).toList());
    }

    @Test
    void aFollowUpAsksItOfTheRolesBeforeAndTheirDifferencesStayTheComparisons() {
        var versus = bot.ask(null, "electrician vs plumber");
        var common = bot.ask(versus.sessionId(), "what do they have in common?");
        assertEquals(List.of("electrician", "plumber"), common.roles());
        assertTrue(common.reply().contains("both keep buildings working"), common.reply());

        var both = bot.ask(null, "what are the similarities and differences between electricians and plumbers?");
        assertFalse(both.reply().contains("have in common"), "the comparison answers it: " + both.reply());
        assertTrue(both.reply().contains("installs and repairs wiring"), both.reply());
    }

    @Test
    void rolesNoArticleComparesShareNothingTheBotCanSay() {
        var across = bot.ask(null, "do an electrician and a product owner have anything in common?");
        assertTrue(across.sources().isEmpty(), across.reply());
        assertTrue(across.reply().contains("don't cover what the electrician and product owner roles have in common"),
                across.reply());

        var seed = bot.ask(null, "what goals do product owners and product managers share?");
        assertTrue(seed.reply().contains("share some common goals"), seed.reply());
    }
}
