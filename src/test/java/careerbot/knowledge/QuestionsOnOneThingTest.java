package careerbot.knowledge;

import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static careerbot.knowledge.KnowledgeFolderTest.ask;
import static careerbot.knowledge.KnowledgeFolderTest.serverWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions on one thing a role does or earns, answered where the article says it: in a list of duties that names the
 * other role as what this one works with, under a heading that says the topic another way ("Salary" for "pays"),
 * though the introduction says the word in passing; how long it takes to become one, in what its education takes;
 * which role fits what a user likes, by what the article says under each role's headings.
 */
class QuestionsOnOneThingTest {

    private static final String ARTICLE = """
            ---
            title: "Pharmacist vs. pharmacy technician"
            roles:
              - name: pharmacist
                aliases: [pharmacists]
              - name: pharmacy technician
                aliases: [pharmacy technicians, pharmacy tech]
            ---

            # Pharmacist vs. pharmacy technician

            Pharmacists and pharmacy technicians work side by side, but their training and their pay differ a great deal.

            ## What is a pharmacist?

            A pharmacist is a licensed healthcare professional who checks prescriptions and advises patients on the
            safe use of drugs.

            ## What does a pharmacy technician do?

            A pharmacy technician prepares prescriptions under the supervision of a pharmacist. Technicians count
            tablets, manage inventory and handle insurance claims, so that the pharmacist can spend time with patients.
            Technicians cannot give medical advice.

            ## A pharmacy technician's typical day

            - Counting tablets and labelling bottles
            - Telling patients what to do when a refill is late
            - Ordering stock from wholesalers

            ## Pharmacist duties

            - Reviewing prescriptions for drug interactions
            - Giving vaccinations such as flu shots
            - Supervising pharmacy technicians and interns

            ## Education

            Pharmacists need a Doctor of Pharmacy degree, which usually takes four years after two years of college,
            and must pass the North American Pharmacist Licensure Examination.

            Pharmacy technicians usually need a high school diploma. Many states require technicians to be certified.

            ## Salary

            In May 2023 the median annual wage was $136,030 for pharmacists and $40,300 for pharmacy technicians.

            ## Hours

            Both often work evenings and weekends, since many pharmacies stay open late.
            """;

    /** Its section on research says "research" in its heading only; another passage says it in passing. */
    private static final String ARTICLE_ON_DESIGNERS = """
            ---
            title: "UX designer vs. UI designer"
            roles:
              - name: UX designer
                aliases: [user experience designer, UX designers]
              - name: UI designer
                aliases: [user interface designer, UI designers, visual designer]
            ---

            # UX designer vs. UI designer

            ## What is a UX designer?

            A UX designer studies the people who will use a product and plans the flows and the wireframes.

            ## Key responsibilities

            ### User research

            UX designers plan and run interviews, surveys and usability tests, then share what they learned.

            ### Visual design

            UI designers create high-fidelity mock-ups and style guides that developers build from.

            ## Tools of the trade

            UX designers often work in Figma, Miro and research platforms such as Dovetail.
            """;

    /** An article on roles with no section on what either does. */
    private static final String SURVEYORS = """
            ---
            title: "Surveyor vs. survey technician"
            roles:
              - name: surveyor
                aliases: [surveyors]
              - name: survey technician
                aliases: [survey technicians]
            ---

            # Surveyor vs. survey technician

            ## Becoming one

            Surveyors earn a bachelor's degree in surveying.

            Survey technicians can start with a high school diploma and learn on the job.

            ## Which one fits you?

            If you like math and want to sign off on property lines, a long degree is worth it. Survey technicians
            who want to earn sooner can start in the field and move up later.

            ## How to become a surveyor

            - Complete a surveyor training course.
            - Apply for a state license.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("pharmacist-vs-pharmacy-technician.md", ARTICLE);

    @Test
    void whetherARoleDoesSomethingIsAnsweredWhereTheArticleSaysIt() {
        var vaccines = bot.ask(null, "do pharmacists give vaccines?");
        assertTrue(vaccines.reply().contains("Giving vaccinations such as flu shots"), vaccines.reply());
        assertEquals("Pharmacist duties", vaccines.sources().get(0).section());

        var supervising = bot.ask(null, "can a pharmacist supervise technicians?");
        assertTrue(supervising.reply().contains("Supervising pharmacy technicians"),
                "under the pharmacist's heading the technicians are whom the pharmacist supervises: "
                        + supervising.reply());
        var insurance = bot.ask(null, "does a pharmacy tech handle insurance?");
        assertTrue(insurance.reply().contains("handle insurance claims"),
                "the sentence names the pharmacist, yet it is about the technician: " + insurance.reply());

        var advice = bot.ask(null, "can pharmacy technicians give medical advice?");
        assertTrue(advice.reply().contains("Technicians cannot give medical advice"),
                "whichever intent the model leans to, not examples of the work: " + advice.reply());
        var planes = bot.ask(null, "do pharmacists fly planes?");
        assertTrue(planes.sources().isEmpty() && planes.reply().contains("don't cover that for the pharmacist role"),
                "what a pharmacist does doesn't answer it: " + planes.reply());
        var request = bot.ask(null, "could you tell me what a pharmacist does?");
        assertTrue(request.reply().contains("licensed healthcare professional"), "a request: " + request.reply());
        var overview = bot.ask(null, "can you tell me about pharmacists?");
        assertTrue(overview.reply().contains("licensed healthcare professional"), overview.reply());
        assertEquals(List.of("pharmacist"), overview.roles());
    }

    @Test
    void howLongItTakesToBecomeARoleIsWhatItsEducationTakes() {
        var howLong = bot.ask(null, "how long does it take to become a pharmacist?");
        assertTrue(howLong.reply().contains("usually takes four years"), howLong.reply());
        var diploma = bot.ask(null, "what degree does a pharmacy technician need?");
        assertTrue(diploma.reply().contains("a high school diploma"), "a diploma is a degree: " + diploma.reply());
        var schooling = bot.ask(null, "how much schooling does a pharmacist need?");
        assertTrue(schooling.reply().contains("Doctor of Pharmacy degree"), schooling.reply());
        var notCovered = bot.ask(null, "how long does it take to become a product owner?");
        assertTrue(notCovered.sources().isEmpty(), notCovered.reply());
    }

    @Test
    void onlyWhatAQuestionIsAboutPicksExamplesNotItsWaysOfAsking() {
        var day = bot.ask(null, "what does a pharmacy technician actually do on a typical day?");
        assertTrue(day.reply().contains("Counting tablets") && day.reply().contains("Ordering stock"),
                "\"do\" asks; it picks no example: " + day.reply());
        var stock = bot.ask(null, "what does a pharmacy tech do with stock on a typical day?");
        assertTrue(stock.reply().contains("Ordering stock") && !stock.reply().contains("Counting tablets"),
                stock.reply());
    }

    @Test
    void aTopicAskedAsIfOfProspectsIsAnsweredWhereTheArticleSaysIt() {
        var doctors = bot.ask(null, "are pharmacists doctors?");
        assertTrue(doctors.reply().contains("Doctor of Pharmacy degree"), doctors.reply());
        var salary = bot.ask(null, "what's the salary outlook for pharmacy technicians?");
        assertTrue(salary.reply().contains("$40,300"), salary.reply());
        assertEquals("Salary", salary.sources().get(0).section());
        for (var prospects : List.of("will product manager jobs grow", "are product owners needed in the market?")) {
            var outlook = bot.ask(null, prospects);
            assertTrue(outlook.reply().startsWith("**Job outlook**"), "the model is sure of these: " + outlook.reply());
        }
        var us = bot.ask(null, "are product managers in demand in the US?");
        assertTrue(us.reply().contains("growing demand"), "\"US\" is no topic, though Porter stems \"use\" as it: "
                + us.reply());
    }

    @Test
    void anExamIsWhatTheArticleCallsAnExamination() {
        var exam = bot.ask(null, "what exam do pharmacists take?");
        assertTrue(exam.reply().contains("Pharmacist Licensure Examination"), exam.reply());
    }

    @Test
    void whatASentenceUnderARolesHeadingSaysIsOfThatRoleThoughItNamesTheOther() {
        var inventory = bot.ask(null, "I like managing inventory, pharmacist or pharmacy technician?");
        assertEquals(List.of("pharmacy technician"), inventory.roles(),
                "\"… manage inventory …, so that the pharmacist can …\" stands under the technician's heading: "
                        + inventory.reply());
        assertTrue(inventory.reply().contains("manage inventory"), inventory.reply());
    }

    @Test
    void aQuestionIsAnsweredUnderTheHeadingThatSaysAllItAsks(@TempDir Path otherFolder) throws IOException {
        try (var designers = serverWith(otherFolder, "ux-designer-vs-ui-designer.md", ARTICLE_ON_DESIGNERS);
             var designersClient = HttpClient.create(designers.getURL())) {
            var research = ask(designersClient, null, "do UX designers do user research?");
            assertTrue(research.reply().contains("plan and run interviews"), research.reply());
            assertEquals("User research", research.sources().get(0).section());
            // "working … execution" holds both words, in sentences on the product owner: nothing said of the PM.
            var executives = ask(designersClient, null, "do product managers work with executives?");
            assertTrue(executives.sources().isEmpty(), executives.reply());
            // A responsibility headed by the UI designer's field ("Visual design", an alias's) is one of a list, not a
            // sub-section per role.
            var duties = ask(designersClient, null, "what are the responsibilities of a UI designer?");
            assertTrue(duties.reply().contains("- **Visual design** — UI designers create"), duties.reply());
        }
    }

    @Test
    void theWordAskedSaidOfNoRoleComesAfterASynonymSaidOfTheRoleAsked(@TempDir Path otherFolder) throws IOException {
        try (var surveyors = serverWith(otherFolder, "surveyor-vs-survey-technician.md", SURVEYORS);
             var client = HttpClient.create(surveyors.getURL())) {
            var technicians = ask(client, null, "do survey technicians need a degree?");
            assertTrue(technicians.reply().contains("high school diploma"),
                    "\"a long degree\" names no role, in a passage on both: " + technicians.reply());
            assertEquals("Becoming one", technicians.sources().get(0).section());
            var surveyorsDegree = ask(client, null, "do surveyors need a degree?");
            assertTrue(surveyorsDegree.reply().contains("bachelor's degree in surveying"), surveyorsDegree.reply());
            var required = ask(client, null, "is a degree required to be a survey technician?");
            assertTrue(required.reply().contains("high school diploma"), "\"required\" asks as \"need\" does: "
                    + required.reply());
            var license = ask(client, null, "does a surveyor need a license?");
            assertTrue(license.reply().contains("Apply for a state license"),
                    "a step names no role, but its heading does: " + license.reply());
        }
    }

    @Test
    void theOtherRoleAskedAfterOneIsAnsweredAsWhenNamed(@TempDir Path otherFolder) throws IOException {
        try (var surveyors = serverWith(otherFolder, "surveyor-vs-survey-technician.md", SURVEYORS);
             var client = HttpClient.create(surveyors.getURL())) {
            var named = ask(client, null, "what does a survey technician do?");
            var other = ask(client, ask(client, null, "what does a surveyor do?").sessionId(), "and the other one?");
            assertEquals(List.of("survey technician"), other.roles(), other.reply());
            var saidOfThem = "Survey technicians can start with a high school diploma";
            assertTrue(named.reply().contains(saidOfThem), named.reply());
            assertTrue(other.reply().contains(saidOfThem), other.reply());
        }
    }

    @Test
    void placesOfARolesFieldNameNoRole() {
        // "Pharmacies" is where both work, not a mention of pharmacists, which would leave the technicians out.
        var weekends = bot.ask(null, "do pharmacy technicians work weekends?");
        assertTrue(weekends.reply().contains("many pharmacies stay open late"), weekends.reply());
        var shared = bot.ask(null, "what do pharmacists and pharmacy technicians have in common?");
        assertTrue(shared.reply().contains("Both often work evenings and weekends"), shared.reply());
    }

    @Test
    void aHeadingThatSaysTheTopicAnotherWayComesBeforeTheWordSaidInPassing() {
        var pay = bot.ask(null, "which pays more, pharmacist or pharmacy technician?");
        assertTrue(pay.reply().contains("$136,030") && pay.reply().contains("$40,300"), pay.reply());
        assertFalse(pay.reply().contains("differ a great deal"), pay.reply());
        assertEquals("Salary", pay.sources().get(0).section());
    }
}
