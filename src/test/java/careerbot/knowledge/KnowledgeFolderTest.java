package careerbot.knowledge;

import careerbot.web.ChatCalls;
import careerbot.web.ChatResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge folder is data: a new article about other roles is answered with no code change, and a broken
 * file stops start-up with one line naming the file and the problem.
 */
class KnowledgeFolderTest {

    private static final String NEW_ARTICLE = """
            ---
            title: "Data analyst or data scientist?"
            published: 2025-01-10
            source: "written for this test"
            roles:
              - name: data analyst
                aliases: [DA, data analysts, analyst]
              - name: data scientist
                aliases: [DS, data scientists]
            ---

            # Data analyst or data scientist?

            Demand for both roles keeps rising as firms collect more data than they can read.

            ## What does a data analyst do?

            Data analysts turn raw business data into reports and dashboards that answer questions managers ask today.

            ## Typical data analyst responsibilities

            ### Cleaning data

            Data analysts check and clean the figures before anyone relies on them.

            ### Building dashboards

            Data analysts build dashboards that track sales, costs and customers.

            ## What does a data scientist do?

            Data scientists build statistical and machine learning models that predict what will happen next.

            ## Typical data scientist responsibilities

            ### Modelling

            Data scientists design, train and validate predictive models.

            ## What are some differences between a data analyst and a data scientist?

            Both roles work with data, but they differ in focus and tools.

            A data analyst tends to focus on describing what happened with SQL and spreadsheets. A data scientist tends to focus on predicting what will happen with statistics and code.
            """;

    @Test
    void aNewArticleIsAnsweredWithNoCodeChange(@TempDir Path folder) throws IOException {
        try (var server = serverWith(folder, "data-analyst-vs-data-scientist.md", NEW_ARTICLE);
             var client = HttpClient.create(server.getURL())) {
            var overview = ask(client, null, "what does a data scientist do?");
            assertEquals("role_overview", overview.intent().name());
            assertEquals(List.of("data scientist"), overview.roles());
            assertTrue(overview.reply().contains("machine learning"), overview.reply());
            assertEquals("Data analyst or data scientist?", overview.sources().get(0).title());

            var duties = ask(client, overview.sessionId(), "and what are the responsibilities of a data analyst?");
            assertEquals("role_responsibilities", duties.intent().name());
            assertTrue(duties.reply().contains("Building dashboards"), duties.reply());

            var versus = ask(client, null, "data analyst vs data scientist");
            assertEquals("role_comparison", versus.intent().name());
            assertTrue(versus.reply().contains("SQL") && versus.reply().contains("statistics"), versus.reply());

            var outlook = ask(client, null, "is there demand for data scientists?");
            assertEquals("job_outlook", outlook.intent().name());
            assertTrue(outlook.reply().contains("Demand for both roles keeps rising"),
                    "an introduction that names no role is about all of the article's: " + outlook.reply());

            var analyst = ask(client, null, "what does a data analyst do?");
            var acrossArticles = ask(client, analyst.sessionId(), "how is that different from a product manager?");
            assertEquals("role_comparison", acrossArticles.intent().name());
            assertEquals(List.of("product manager", "data analyst"), acrossArticles.roles(), "\"that\" is the role before");

            var typo = ask(client, null, "what does a data scintist do");
            assertEquals(List.of("data scientist"), typo.roles());

            var original = ask(client, null, "what does a product owner do?");
            assertTrue(original.reply().contains("development teams"), "the first article still answers");
        }
    }

    /** Roles, degrees and tools the first article never mentions, so the intent model learnt them as out of scope. */
    private static final String ARTICLE_BEYOND_THE_FIRST = """
            ---
            title: "UX designer or UI designer?"
            published: 2025-02-01
            source: "written for this test"
            roles:
              - name: UX designer
                aliases: [UX designers, user experience designer]
              - name: UI designer
                aliases: [UI designers, user interface designer]
            ---

            # UX designer or UI designer?

            Both roles shape digital products.

            ## What does a UX designer do?

            UX designers research how people use a product and sketch wireframes that map each step of a task.

            ## What does a UI designer do?

            UI designers choose the colours, type and controls of each screen, working in tools such as Figma.

            ## What are some differences between a UX designer and a UI designer?

            A UX designer plans how a product works, while a UI designer decides how it looks. Many UI designers come from graphic design and hold a bachelor's degree in it.
            """;

    /** Headings of its own: no "What does a … do?", no section on the differences. */
    private static final String ARTICLE_SHAPED_OTHERWISE = """
            ---
            title: "Software engineer or DevOps engineer?"
            roles:
              - name: software engineer
              - name: DevOps engineer
            ---

            # Software engineer or DevOps engineer?

            ## Overview of the software engineer role

            A software engineer designs, writes and tests code for applications.

            ## Overview of the DevOps engineer role

            A DevOps engineer automates builds, deployments and monitoring.

            ## Day-to-day work

            A DevOps engineer spends most days maintaining pipelines and responding to incidents.
            """;

    @Test
    void aNewArticleAnswersWhatTheFirstLeftOutAndStillNothingElse(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("software-engineer-vs-devops-engineer.md"), ARTICLE_SHAPED_OTHERWISE);
        try (var server = serverWith(folder, "ux-designer-vs-ui-designer.md", ARTICLE_BEYOND_THE_FIRST);
             var client = HttpClient.create(server.getURL())) {
            var degree = ask(client, null, "do UI designers need a bachelor's degree?");
            assertTrue(degree.reply().contains("hold a bachelor's degree"), degree.reply());
            assertEquals("UX designer or UI designer?", degree.sources().get(0).title());

            var tools = ask(client, null, "what tools does a UI designer use?");
            assertTrue(tools.reply().contains("Figma"), tools.reply());

            var term = ask(client, null, "what is a wireframe?");
            assertEquals("concept_definition", term.intent().name());
            assertTrue(term.reply().contains("sketch wireframes"), term.reply());

            var salary = ask(client, null, "what's the salary of a UX designer?");
            assertEquals("out_of_scope", salary.intent().name());
            assertTrue(salary.reply().contains("don't cover"), "no article gives a salary: " + salary.reply());
            assertTrue(salary.reply().contains("the UX designer role") && salary.reply().contains("DevOps engineer"),
                    "roles written as their article writes them: " + salary.reply());
            assertEquals(List.of("ux designer"), salary.roles(), "the API's role ids stay lower case");
            assertTrue(salary.sources().isEmpty());

            var devOps = ask(client, null, "what does a devops engineer do?");
            var versus = ask(client, ask(client, devOps.sessionId(), "and a software engineer?").sessionId(),
                    "what's the difference?");
            assertTrue(versus.reply().contains("designs, writes and tests code") && versus.reply().contains("automates builds"),
                    "with no section on their differences, each role's overview: " + versus.reply());

            var dayToDay = ask(client, null, "what does a devops engineer do day to day?");
            assertTrue(dayToDay.reply().contains("responding to incidents"),
                    "a heading sharing a word with \"examples of the work\" but listing none: " + dayToDay.reply());

            var covered = ask(client, null, "what jobs do you know about?");
            assertEquals("help", covered.intent().name());
            for (var role : List.of("product owner", "product manager", "UX designer", "UI designer", "software engineer",
                    "DevOps engineer")) {
                assertTrue(covered.reply().contains(role), "every role of three articles is named: " + covered.reply());
            }
            var advice = ask(client, null, "UX designer or UI designer, which suits me?");
            assertEquals("career_advice", advice.intent().name());
            assertTrue(advice.reply().contains("graphic design"), advice.reply());
            assertTrue(advice.reply().lines().noneMatch(line -> line.matches("- \\*\\*.+\\*\\*:\\s*")),
                    "a role the differences only name beside the other gets no empty line: " + advice.reply());
        }
    }

    @Test
    void brokenKnowledgeFilesStopStartUpNamingTheFileAndProblem(@TempDir Path folder) throws IOException {
        assertStartUpFails(folder, "no-front-matter.md", "# Title\n\n## Section\n\nText.", "no 'roles'");
        assertStartUpFails(folder, "clause-title.md", "# Should you become a nurse or a doctor?\n\n## S\n\nText.",
                "no 'roles'");
        assertStartUpFails(folder, "bad-yaml.md", "---\ntitle: [unclosed\n---\n# T\n", "front matter is not valid YAML");
        assertStartUpFails(folder, "bad-yaml-line.md", "\n---\ntitle: \"T\"\nroles: [chef]]\n---\n# T\n\n## S\n\nText.",
                "front matter is not valid YAML on line 4");
        assertStartUpFails(folder, "no-roles.md", "---\ntitle: \"T\"\n---\n# T\n\n## S\n\nText.", "no 'roles'");
        assertStartUpFails(folder, "no-title.md", "---\nroles: [chef]\n---\n## S\n\nText.", "no 'title'");
        assertStartUpFails(folder, "no-text.md", "---\ntitle: \"T\"\nroles:\n  - name: chef\n---\n# T\n", "no text");
        assertStartUpFails(folder, "role-without-name.md", "---\ntitle: \"T\"\nroles:\n  - aliases: [chefs]\n---\n# T\n",
                "every role needs a 'name'");
    }

    @Test
    void anArticleWithoutFrontMatterHasTheRolesItsTitleSetsSideBySide(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("data.md"), """
                # Career paths: Data analyst vs. data scientist

                ## What does a data analyst do?

                A data analyst builds dashboards and reports.
                """);
        var between = """
                # What's the difference between a DevOps engineer and a pastry baker?

                ## What does a pastry baker do?

                A pastry baker makes bread, cakes and desserts.
                """;
        try (var server = serverWith(folder, "chef-or-baker.md", between);
             var client = HttpClient.create(server.getURL())) {
            var covered = ask(client, null, "hello").reply();
            for (var role : List.of("data analyst", "data scientist", "DevOps engineer", "pastry baker")) {
                assertTrue(covered.contains(role + ",") || covered.contains(role + " or"), role + ": " + covered);
            }
            var bakers = ask(client, null, "what do pastry bakers do?");
            assertTrue(bakers.reply().contains("makes bread, cakes and desserts"), bakers.reply());
            var analysts = ask(client, null, "what does a data analyst do?");
            assertTrue(analysts.reply().contains("builds dashboards"), analysts.reply());
        }
    }

    @Test
    void rolesListedByNameAloneNeedNoAliasesAndTheHeadingIsTheTitle(@TempDir Path folder) throws IOException {
        var article = """
                ---
                roles: [chef, pastry baker]
                ---

                # Chef or baker?

                ## What does a chef do?

                A chef plans the menu and runs the kitchen.

                ## What does a pastry baker do?

                A pastry baker makes bread, cakes and desserts.
                """;
        try (var server = serverWith(folder, "chef-or-baker.md", article);
             var client = HttpClient.create(server.getURL())) {
            var bakers = ask(client, null, "what do pastry bakers do?");
            assertEquals(List.of("pastry baker"), bakers.roles());
            assertTrue(bakers.reply().contains("makes bread, cakes and desserts"), bakers.reply());
            assertTrue(bakers.reply().contains("_Source: Chef or baker? — What does a pastry baker do?_"),
                    bakers.reply());
        }
    }

    @Test
    void textPastedUnderFrontMatterHasTheFrontMattersTitleAndAliases(@TempDir Path folder) throws IOException {
        var article = """
                ---
                title: "Chef or baker?"
                roles:
                  - name: chef
                  - name: pastry baker
                    aliases: [patissier]
                ---
                Chef or baker?

                What does a pastry baker do?

                A pastry baker makes bread, cakes and desserts.
                """;
        try (var server = serverWith(folder, "chef-or-baker.txt", article);
             var client = HttpClient.create(server.getURL())) {
            var bakers = ask(client, null, "what does a patissier do?");
            assertEquals(List.of("pastry baker"), bakers.roles());
            assertTrue(bakers.reply().contains("makes bread, cakes and desserts"), bakers.reply());
            assertTrue(bakers.reply().contains("_Source: Chef or baker? — What does a pastry baker do?_"),
                    bakers.reply());
        }
    }

    @Test
    void aWordTwoRolesOfTheTitleShareIsEachOnesWhereTheTextSaysSo(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("nurse.md"), """
                # Nurse vs. nurse practitioner

                ## What does a nurse practitioner do?

                A nurse practitioner diagnoses illnesses and prescribes medications.
                """);
        Files.writeString(folder.resolve("therapy.md"), """
                # Physical therapist vs. personal trainer

                ## What does a physical therapist do?

                A physical therapist helps patients move again after an injury.

                ## What does a personal trainer do?

                A personal trainer plans workouts for healthy clients.
                """);
        Files.writeString(folder.resolve("data.md"), """
                # Data analyst vs. scientist

                ## What does a data scientist do?

                A data scientist builds models that predict what customers will do.
                """);
        var titleCase = """
                # Frontend vs. Backend Developer: Which Career Fits You?

                Frontend developers build what users see in the browser.

                ## What does a backend developer do?

                A backend developer writes the server code that stores data and answers requests.
                """;
        try (var server = serverWith(folder, "frontend-vs-backend.md", titleCase);
             var client = HttpClient.create(server.getURL())) {
            var covered = ask(client, null, "what roles do you know?").reply();
            for (var role : List.of("frontend developer,", "backend developer,", "nurse,", "nurse practitioner,", "data scientist,")) {
                assertTrue(covered.contains(role), role + ": " + covered);
            }
            var frontend = ask(client, null, "what do frontend developers do?");
            assertEquals(List.of("frontend developer"), frontend.roles(), frontend.reply());
            var sharedInitials = ask(client, null, "what does a PT do?");
            assertEquals(List.of(), sharedInitials.roles(), "initials two roles share name neither: "
                    + sharedInitials.reply());
            var initials = ask(client, null, "what does an NP do?");
            assertEquals(List.of("nurse practitioner"), initials.roles(), initials.reply());
        }
    }

    private static void assertStartUpFails(Path parent, String file, String content, String problem) throws IOException {
        var folder = Files.createDirectories(parent.resolve(file.replace(".md", "")));
        copyKnowledge(folder);
        Files.writeString(folder.resolve(file), content);
        var e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("careerbot.knowledge.path", folder.toString(), "micronaut.server.port", -1)).close());
        var cause = knowledgeFileProblem(e);
        assertTrue(cause != null, "cause: " + e);
        assertTrue(cause.getMessage().contains(file) && cause.getMessage().contains(problem), cause.getMessage());
        assertEquals(1, cause.getMessage().lines().count(), "one line");
    }

    static KnowledgeFileException knowledgeFileProblem(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof KnowledgeFileException problem) {
                return problem;
            }
        }
        return null;
    }

    /** The server over the project's knowledge plus one more article. */
    static EmbeddedServer serverWith(Path folder, String file, String article) throws IOException {
        Files.createDirectories(folder);
        copyKnowledge(folder);
        return serverOver(folder, file, article);
    }

    /** The server over one article and the project's intents, templates and synonyms, without its articles. */
    static EmbeddedServer serverWithOnly(Path folder, String file, String article) throws IOException {
        Files.createDirectories(folder);
        copyKnowledge(folder);
        try (var articles = Files.list(Path.of("knowledge"))) {
            for (var own : articles.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.delete(folder.resolve(own.getFileName()));
            }
        }
        return serverOver(folder, file, article);
    }

    private static EmbeddedServer serverOver(Path folder, String file, String article) throws IOException {
        Files.writeString(folder.resolve(file), article);
        return ApplicationContext.run(EmbeddedServer.class, Map.of("careerbot.knowledge.path", folder.toString(),
                "micronaut.server.port", -1));
    }

    static void copyKnowledge(Path to) throws IOException {
        try (var files = Files.list(Path.of("knowledge"))) {
            for (var file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    static ChatResponse ask(HttpClient client, String session, String message) {
        return ChatCalls.chat(client, session, message);
    }
}
