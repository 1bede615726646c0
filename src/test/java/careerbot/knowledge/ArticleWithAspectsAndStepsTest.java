package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose differences are told aspect by aspect under {@code ###} headings, whose "How to become …" sections
 * list steps, and which spells out its acronyms once: the comparison goes aspect by aspect, the steps come whole, "how
 * long" asks for a duration, and an acronym is defined where it is spelt out.
 */
class ArticleWithAspectsAndStepsTest {

    private static final String ARTICLE = """
            ---
            title: "EMT vs. paramedic"
            roles:
              - name: EMT
                aliases: [EMTs, emergency medical technician]
              - name: paramedic
                aliases: [paramedics]
            ---

            # EMT vs. paramedic

            Both respond to medical emergencies, but paramedics have far more training.

            ## What is an EMT?

            An EMT provides basic life support at the scene of an emergency. EMTs must pass the NREMT exams. The
            National Registry of Emergency Medical Technicians (NREMT) certifies EMTs across the country.

            ## What is a paramedic?

            A paramedic provides advanced life support: they start IV lines and give medications.

            ## Key differences between EMTs and paramedics

            ### Training

            EMT programs take about 120 to 150 hours of coursework. Paramedic programs usually take one to two years;
            many lead to a degree.

            ### Scope of practice

            EMTs are limited to non-invasive care. Paramedics can give injections.

            ### Salary

            The BLS reports a median annual wage of $36,680 for EMTs and $53,180 for paramedics.

            ## How to become an EMT

            1. Complete a state-approved EMT course.
            2. Pass the NREMT exams.
            3. Apply for a state license.

            ## How to become a paramedic

            1. Work as an EMT for six months to a year.
            2. Complete an accredited paramedic program.
            3. Pass the NREMT paramedic exam.

            ## Is it worth it?

            Both jobs involve long shifts, nights and weekends, and the work can be emotionally demanding.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("emt-vs-paramedic.md", ARTICLE);
    /** The article alone: its passages rank otherwise without the seed beside them. */
    @RegisterExtension
    static final BotWithArticle alone = BotWithArticle.alone("emt-vs-paramedic.md", ARTICLE);

    @Test
    void theDifferencesGoAspectByAspect() {
        var versus = bot.ask(null, "emt vs paramedic");
        assertEquals("role_comparison", versus.intent().name());
        assertTrue(versus.reply().contains("**Training**\n- *EMT:* EMT programs take about 120 to 150 hours of "
                + "coursework.\n- *Paramedic:* Paramedic programs usually take one to two years;"), versus.reply());
        assertTrue(versus.reply().contains("**Salary**\nThe BLS reports a median annual wage of $36,680 for EMTs"),
                "said of both at once, still under its aspect: " + versus.reply());
        assertEquals(List.of("Key differences between EMTs and paramedics"),
                versus.sources().stream().map(s -> s.section()).toList());
    }

    @Test
    void aComparisonOnOneAspectGivesThatAspectAlone() {
        for (var question : List.of("EMT vs paramedic scope of practice", "how do EMTs and paramedics differ in pay?",
                "compare the training of an EMT and a paramedic")) {
            var reply = bot.ask(null, question);
            assertEquals("role_comparison", reply.intent().name(), question);
            var aspects = List.of("**Training**", "**Scope of practice**", "**Salary**").stream()
                    .filter(reply.reply()::contains).toList();
            assertEquals(1, aspects.size(), question + ": " + reply.reply());
        }
        var scope = bot.ask(null, "EMT vs paramedic scope of practice").reply();
        assertTrue(scope.contains("- *Paramedic:* Paramedics can give injections."), scope);
        // Without an aspect named, every one.
        var all = bot.ask(null, "how do EMTs and paramedics differ?").reply();
        assertTrue(all.contains("**Training**") && all.contains("**Salary**"), all);
    }

    @Test
    void howToBecomeARoleIsItsStepsWhole() {
        var emt = bot.ask(null, "how do I become an EMT?");
        assertTrue(emt.reply().contains("- Complete a state-approved EMT course.\n- Pass the NREMT exams."),
                emt.reply());
        assertTrue(emt.reply().contains("- Apply for a state license."), emt.reply());
        assertEquals(List.of("How to become an EMT"), emt.sources().stream().map(s -> s.section()).toList());

        for (var question : List.of("how to become a paramedic", "what are the steps to become a paramedic?")) {
            var paramedic = bot.ask(null, question);
            assertTrue(paramedic.reply().contains("- Work as an EMT for six months to a year."),
                    question + ": " + paramedic.reply());
            assertFalse(paramedic.reply().contains("state-approved EMT course"), paramedic.reply());
        }
        for (var knowledge : List.of(bot, alone)) {
            // A duration, which the steps' heading doesn't promise; nor does it say education, which "how do I become
            // …?" implies, before a passage that says both.
            var howLong = knowledge.ask(null, "how long does it take to become a paramedic?");
            assertTrue(howLong.reply().contains("Paramedic programs usually take one to two years"), howLong.reply());
        }
    }

    @Test
    void howLongAsksForADuration() {
        for (var question : List.of("how long is paramedic training?", "how many years does paramedic school take?")) {
            var training = bot.ask(null, question);
            assertTrue(training.reply().contains("Paramedic programs usually take one to two years;"),
                    question + ": " + training.reply());
        }
        // A duration may be told in hours.
        var emt = bot.ask(null, "how long does it take to become an EMT?");
        assertTrue(emt.reply().contains("120 to 150 hours of coursework"), emt.reply());

        var shifts = bot.ask(null, "how long are EMT shifts?");
        assertTrue(shifts.sources().isEmpty(), "the article says they are long, not how long: " + shifts.reply());
    }

    @Test
    void aTopicMayBeAskedInASynonymOfTheArticlesWord() {
        var stress = bot.ask(null, "is being a paramedic stressful?");
        assertTrue(stress.reply().contains("the work can be emotionally demanding"), stress.reply());
    }

    @Test
    void anAcronymIsDefinedWhereItIsSpeltOut() {
        var nremt = bot.ask(null, "what is the NREMT?");
        assertTrue(nremt.reply().startsWith("**NREMT**"), nremt.reply());
        assertTrue(nremt.reply().contains("The National Registry of Emergency Medical Technicians (NREMT) certifies"),
                nremt.reply());
        assertFalse(nremt.reply().contains("must pass"), nremt.reply());

        var scope = bot.ask(null, "what is scope of practice?");
        assertTrue(scope.reply().startsWith("**Scope of practice**"), "titled as asked: " + scope.reply());
    }
}
