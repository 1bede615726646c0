package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on registered nurses and nurse practitioners, beside the seed: two roles one word ("nurse") may mean,
 * differences in labelled paragraphs whose second sentence doesn't repeat the label, and the steps from one role to
 * the other written as labelled paragraphs; an example in a list under the section on a role.
 */
class NursingLadderTest {

    private static final String ARTICLE = """
            Skip to main content

            Career paths: What's the difference between a registered nurse and a nurse practitioner?

            Published May 14, 2024

                The U.S. Bureau of Labor Statistics projects employment of registered nurses to grow 6% from 2023 to 2033, while employment of nurse practitioners is projected to grow 46% over the same period.

                What does a registered nurse do?

                Registered nurses provide and coordinate patient care and educate patients about health conditions.

                What does a nurse practitioner do?

                Nurse practitioners are advanced practice registered nurses who diagnose illnesses, order tests, and prescribe medication. In many states they can run their own practice without a physician's supervision.

                • A family nurse practitioner might run a clinic in a rural town.

                Prescribing treatment

                NPs prescribe medicines and therapies and follow up to see whether a treatment works.

                Key differences between registered nurses and nurse practitioners

                Education: A registered nurse needs a bachelor of science in nursing (BSN). A nurse practitioner needs a master of science in nursing (MSN).

                Salary: The median annual wage for registered nurses was $86,070 in May 2023. For nurse practitioners it was $126,260.

                How to become a nurse practitioner

                Step 1: Earn a BSN and pass the licensing exam to become a registered nurse.

                Step 2: Gain clinical experience as a registered nurse, usually one to three years.

                Step 3: Complete an MSN program with a nurse practitioner track.

                Step 4: Pass a national certification exam and apply for a state license.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("registered-nurse-vs-nurse-practitioner.txt", ARTICLE);

    @Test
    void aRolesPartOfALabelledParagraphIsQuotedUnderItsLabel() {
        var salary = bot.ask(null, "how much does a nurse practitioner make?");
        assertTrue(salary.reply().contains("Salary: For nurse practitioners it was $126,260."), salary.reply());
        assertFalse(salary.reply().contains("Step 1"), salary.reply()); // "earn a BSN" says nothing of pay
        var median = bot.ask(null, "what's a nurse practitioner's median wage?");
        assertTrue(median.reply().contains("$126,260"), "the role's topic after its possessive: " + median.reply());
        var perYear = bot.ask(null, "what does a nurse practitioner earn per year?");
        assertTrue(perYear.reply().contains("$126,260"), "\"earn\" and \"year\" ask the salary: " + perYear.reply());
        var both = bot.ask(null, "which pays more, RN or NP?");
        assertTrue(both.reply().contains("$86,070") && both.reply().contains("$126,260"), both.reply());
    }

    @Test
    void whichOfThemIsMoreAsksTheLastTopicOfBoth() {
        var first = bot.ask(null, "what's the salary of a nurse practitioner?");
        var second = bot.ask(first.sessionId(), "and a registered nurse?");
        var higher = bot.ask(second.sessionId(), "which is higher?");
        assertTrue(higher.reply().contains("$86,070") && higher.reply().contains("$126,260"), higher.reply());
    }

    @Test
    void stepsWrittenAsLabelledParagraphsAreQuotedAll() {
        var steps = bot.ask(null, "how do I become a nurse practitioner?");
        assertTrue(steps.reply().contains("Step 1: Earn a BSN") && steps.reply().contains("Step 4: Pass a national"),
                steps.reply());
        var followUp = bot.ask(bot.ask(null, "tell me about NPs").sessionId(), "how do I become one?");
        assertTrue(followUp.reply().contains("Step 4: Pass a national"), followUp.reply());
    }

    @Test
    void withNoSectionOfExamplesTheListUnderTheSectionOnTheRoleIsItsExamples() {
        var examples = bot.ask(null, "examples of nurse practitioner work");
        assertTrue(examples.reply().contains("- A family nurse practitioner might run a clinic"), examples.reply());
    }

    @Test
    void whoDoesSomethingIsAnsweredWhereEveryWordButWhoStands() {
        // "NPs prescribe medicines" ranks first with one of the two words; the overview holds both.
        var who = bot.ask(null, "who prescribes medication?");
        assertTrue(who.reply().contains("prescribe medication"), who.reply());
    }

    @Test
    void whatAnAcronymStandsForIsItsDefinition() {
        var acronym = bot.ask(null, "what does BSN stand for?");
        assertTrue(acronym.reply().contains("bachelor of science in nursing (BSN)"), acronym.reply());
    }

    @Test
    void theWayToARoleFromAnotherIsHowToBecomeItWhenItsStepsNameTheOther() {
        var move = bot.ask(null, "can a registered nurse become a nurse practitioner?");
        assertTrue(move.reply().contains("Step 2: Gain clinical experience as a registered nurse"), move.reply());
        var back = bot.ask(null, "can a nurse practitioner become a registered nurse?");
        assertTrue(back.reply().contains("don't cover a move from nurse practitioner to registered nurse"),
                back.reply());
    }

    @Test
    void aWordOfBothTitlesAsksWhichAndTheChoiceAnswersTheQuestion() {
        var which = bot.ask(null, "what's the job outlook for nurses?");
        assertEquals("Which nurse do you mean: the registered nurse or the nurse practitioner?", which.reply());
        var chosen = bot.ask(which.sessionId(), "NP");
        assertEquals(List.of("nurse practitioner"), chosen.roles(), chosen.reply());
        assertTrue(chosen.reply().contains("46%"), chosen.reply());
        // Which of them earns more asks it of both, not which one is meant.
        var more = bot.ask(null, "which nurse earns more?");
        assertEquals(List.of("registered nurse", "nurse practitioner"), more.roles(), more.reply());
        assertTrue(more.reply().contains("$86,070") && more.reply().contains("$126,260"), more.reply());
    }

    @Test
    void theNearestRoleToATitleEndsInTheSameWord() {
        var travel = bot.ask(null, "what does a travel nurse do?");
        assertTrue(travel.reply().contains("nearest role I cover is the registered nurse"), travel.reply());
    }
}
