package careerbot.knowledge;

import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article that compares its roles in a Markdown table, and questions that name two roles with one shared word:
 * "frontend and backend developers", "a frontend or backend developer", "product owner or manager".
 */
class TablesAndSharedNamesTest {

    private static final String ARTICLE = """
            ---
            title: "Frontend vs. backend developer"
            roles:
              - name: frontend developer
                aliases: [frontend developers, front-end developer]
              - name: backend developer
                aliases: [backend developers, back-end developer]
            ---

            # Frontend vs. backend developer

            ## The frontend developer

            Frontend developers turn designs into web pages that work on phones and desktops.

            ## The backend developer

            Backend developers build the servers, databases and APIs that power an application.

            ### Skills

            - A server-side language such as Java or Go
            - Databases and SQL
            - API design

            ## Side by side

            | | Frontend | Backend |
            |---|---|---|
            | Works on | What users see | Servers and data |
            | Typical tools | React, Figma | Docker, PostgreSQL |

            ## A night on call

            | | Frontend | Backend |
            |---|---|---|
            | Nights on call | Rarely | Often |

            Backend developers often join a rota to keep the servers they run up at night.

            ## Pay

            Glassdoor reported an average base pay of $105,000 for backend developers and $98,000 for frontend
            developers in 2024.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("frontend-vs-backend-developer.md", ARTICLE);

    @Test
    void aTableRowIsQuotedAsASentenceWithItsColumnsNamedAfterTheRoles() {
        var tools = bot.ask(null, "what tools does a backend developer use?");
        assertTrue(tools.reply().contains("Typical tools — Backend developer: Docker, PostgreSQL"), tools.reply());
        assertFalse(tools.reply().contains("React"), "of one role, its cell alone: " + tools.reply());
        // What is asked stands in the other role's cell: the whole row shows whose tool it is.
        var docker = bot.ask(null, "does a frontend developer use Docker?").reply();
        assertTrue(docker.contains("Frontend developer: React, Figma; Backend developer: Docker, PostgreSQL"), docker);
        var both = bot.ask(null, "what tools do frontend and backend developers use?").reply();
        assertTrue(both.contains(
                "Typical tools — Frontend developer: React, Figma; Backend developer: Docker, PostgreSQL"), both);
        assertFalse(tools.reply().contains("|"), "no Markdown table syntax: " + tools.reply());
        assertEquals("Side by side", tools.sources().get(0).section());
    }

    @Test
    void withNoSectionOnTheirDifferencesATableSetsTheRolesSideBySide() {
        var versus = bot.ask(null, "frontend vs backend developer");
        assertEquals("role_comparison", versus.intent().name());
        assertTrue(versus.reply().contains(
                "- Works on — Frontend developer: What users see; Backend developer: Servers and data\n"
                + "- Typical tools — Frontend developer: React, Figma; Backend developer: Docker, PostgreSQL"),
                versus.reply());
        // What each one does first, under the sections on each.
        assertEquals(List.of("The frontend developer", "The backend developer", "Side by side"),
                versus.sources().stream().map(s -> s.section()).toList());
    }

    @Test
    void aHeadingComparingTheRolesIsTheirDifferencesBeforeATableOfOneSubjectWhoseRowsGiveThePay(@TempDir Path folder)
            throws IOException {
        var article = """
                ---
                title: "Carpenter or plumber?"
                roles:
                  - name: carpenter
                    aliases: [carpenters]
                  - name: plumber
                    aliases: [plumbers]
                ---

                # Carpenter or plumber?

                ## Pay

                | | Carpenter | Plumber |
                |---|---|---|
                | Median pay | $61,590 | $61,550 |
                | Overtime pay | Common | Less common |
                | Apprenticeship | 4–5 years | 4–5 years |

                Overtime adds to the pay of many carpenters.

                - Plumbers on call at night earn extra pay.

                ## Carpenter vs. plumber at a glance

                - **Hazards:** carpenters risk falls; plumbers work in cramped, wet spaces.
                - **Calls:** plumbers are called out at night for burst pipes more often than carpenters.
                """;
        var file = "carpenter-vs-plumber.md";
        try (var server = KnowledgeFolderTest.serverWith(folder.resolve("glance"), file, article);
             var client = HttpClient.create(server.getURL())) {
            var versus = KnowledgeFolderTest.ask(client, null, "carpenter vs plumber");
            assertTrue(versus.reply().contains("carpenters risk falls") && !versus.reply().contains("$61,590"),
                    "every row of the pay table names both roles, but only as columns: " + versus.reply());
            assertEquals("Carpenter vs. plumber at a glance", versus.sources().get(0).section());
            var pay = KnowledgeFolderTest.ask(client, null, "how much does a carpenter make?");
            assertTrue(pay.reply().contains("Median pay — Carpenter: $61,590")
                    && pay.reply().contains("Overtime adds to the pay of many carpenters."),
                    "the figure is in the table, the paragraph sums it up: " + pay.reply());
            assertFalse(pay.reply().contains("Apprenticeship") || pay.reply().contains("on call")
                    || pay.reply().contains("$61,550"), pay.reply());
            // An item found comes with the rows of the section's table on the role, as a paragraph does.
            var plumbers = KnowledgeFolderTest.ask(client, null, "how much does a plumber make?").reply();
            assertTrue(plumbers.contains("Plumbers on call at night earn extra pay.")
                    && plumbers.contains("Median pay — Plumber: $61,550"), plumbers);
            assertFalse(plumbers.contains("Carpenter:") || plumbers.contains("Overtime adds"), plumbers);
            // Asked of each role apart, as the paragraph names one: each role's rows, said once.
            var morePay = KnowledgeFolderTest.ask(client, null, "which pays better?").reply();
            assertTrue(morePay.contains("Overtime adds") && morePay.contains("on call"), morePay);
            assertEquals(1, morePay.split("Median pay — Carpenter: \\$61,590", -1).length - 1, morePay);
            assertEquals(1, morePay.split("Median pay — Plumber: \\$61,550", -1).length - 1, morePay);
        }
        var withDifferences = article + "\n## Key differences\n\nCarpenters work with wood; plumbers with pipes.\n";
        try (var server = KnowledgeFolderTest.serverWith(folder.resolve("both"), file, withDifferences);
             var client = HttpClient.create(server.getURL())) {
            var versus = KnowledgeFolderTest.ask(client, null, "how do carpenters and plumbers differ?");
            assertEquals("Key differences", versus.sources().get(0).section(), versus.reply());
        }
    }

    @Test
    void aSectionAskedForOrComparedOnKeepsItsTable() {
        for (var question : List.of("tell me about a night on call", "A night on call", "frontend vs backend developer night on call")) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("Nights on call — Frontend developer: Rarely; Backend developer: Often"),
                    question + ": " + reply);
            assertTrue(reply.contains("join a rota"), question + ": " + reply);
        }
    }

    @Test
    void aRoleWhoseOwnPartIsTwoWordsIsNamedBeforeTheSharedOne(@TempDir Path folder) throws IOException {
        try (var engineers = KnowledgeFolderTest.serverWith(folder, "data-engineer-vs-ml-engineer.md", """
                ---
                title: "Data engineer vs. machine learning engineer"
                roles:
                  - name: data engineer
                  - name: machine learning engineer
                ---

                # Data engineer vs. machine learning engineer

                Data engineers build pipelines; machine learning engineers put models into production.
                """); var client = HttpClient.create(engineers.getURL())) {
            assertEquals(List.of("machine learning engineer", "data engineer"),
                    KnowledgeFolderTest.ask(client, null, "machine learning and data engineers, which pays more?").roles());
        }
    }

    @Test
    void aListUnderAHeadingOnTheTopicIsQuotedWhole() {
        var skills = bot.ask(null, "what skills does a backend developer need?");
        assertTrue(skills.reply().contains("- A server-side language such as Java or Go\n- Databases and SQL\n- API design"),
                "no item says \"skills\"; the heading does, for all of them: " + skills.reply());
        assertEquals("Skills", skills.sources().get(0).section());
    }

    @Test
    void twoRolesNamedWithOneSharedWordAreBothAskedAbout() {
        var both = List.of("frontend developer", "backend developer");
        assertEquals(both, bot.ask(null, "frontend or backend developer, which pays more?").roles());
        assertEquals(both, bot.ask(null, "what do front-end and back-end developers do?").roles());
        var pay = bot.ask(null, "how much do frontend and backend developers earn?");
        assertEquals(both, pay.roles());
        assertTrue(pay.reply().contains("$105,000") && pay.reply().contains("$98,000"), pay.reply());
        assertEquals(List.of("product owner", "product manager"),
                bot.ask(null, "product owner or manager, which suits me?").roles(), "the shared word first");
        assertEquals(List.of("product owner"), bot.ask(null, "what do product owners and developers do?").roles(),
                "no role is named \"product developer\"");
    }
}
