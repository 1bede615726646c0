package careerbot.knowledge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article, and users, that name a role by the last word of its name alone ("analyst or scientist?", "Moving from
 * analyst to scientist"), where no other role's name ends with it; and a section whose paragraphs each give part of
 * what is asked of a role.
 */
class RolesNamedByTheirLastWordTest {

    private static final String ARTICLE = """
            ---
            title: "Data analyst vs. data scientist"
            roles:
              - name: data analyst
                aliases: [data analysts]
              - name: data scientist
                aliases: [data scientists]
            ---

            # Data analyst vs. data scientist

            Both jobs turn data into decisions.

            ## What is a data analyst?

            A data analyst cleans data and builds the reports managers read every week.

            ## What is a data scientist?

            A data scientist builds models that predict outcomes.

            ## Salary

            The average base pay of a data analyst is $82,000 a year. The average base pay of a data scientist is \
            $126,000.

            Pay rises with seniority; senior data scientists often earn more than $160,000.

            ## Tools of the trade

            | | Data analyst | Data scientist |
            | --- | --- | --- |
            | Languages | SQL | Python, R |
            | Software | Excel, Tableau | Jupyter, TensorFlow |

            ## Education

            | | Data analyst | Data scientist | Both |
            | --- | --- | --- | --- |
            | Degree | Bachelor's | Master's | Statistics courses help |

            ## Moving from analyst to scientist

            Many data scientists started as analysts. An analyst who learns statistics and machine learning can move \
            into a junior data scientist role.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("data-analyst-vs-data-scientist.md", ARTICLE);

    @Test
    void aQuestionNamingTheRolesByTheirLastWordIsAboutThem() {
        var pay = bot.ask(null, "who earns more, analyst or scientist?");
        assertEquals(List.of("data analyst", "data scientist"), pay.roles(), pay.reply());
        assertTrue(pay.reply().contains("$82,000") && pay.reply().contains("$126,000"), pay.reply());
        var analyst = bot.ask(null, "what do analysts do?");
        assertEquals(List.of("data analyst"), analyst.roles(), analyst.reply());
        assertTrue(analyst.reply().contains("builds the reports managers read"), analyst.reply());
        // A word before it that is part of another title: another job, which no article covers.
        var lab = bot.ask(null, "what does a lab scientist do?");
        assertEquals(List.of(), lab.roles(), lab.reply());
        assertTrue(lab.reply().contains("lab scientist"), lab.reply());
        // One word alone is matched as written: "analyse" is no "analyst" misspelt.
        var verb = bot.ask(null, "is it hard to analyse data?");
        assertEquals(List.of(), verb.roles(), verb.reply());
    }

    @Test
    void aHeadingNamingTheRolesByTheirLastWordAnswersTheMove() {
        var move = bot.ask(null, "can a data analyst become a data scientist?").reply();
        assertTrue(move.contains("Many data scientists started as analysts."), move);
    }

    @Test
    void eachParagraphOfASectionOnTheTopicGivesWhatItSaysOfTheRole() {
        var pay = bot.ask(null, "how much does a data scientist make?").reply();
        assertTrue(pay.contains("The average base pay of a data scientist is $126,000.")
                && pay.contains("senior data scientists often earn more than $160,000"), pay);
        assertFalse(pay.contains("$82,000"), pay);
    }

    @Test
    void aTableOnTheTopicIsQuotedForTheRoleAskedAlone() {
        var tools = bot.ask(null, "what tools do data scientists use?").reply();
        assertTrue(tools.contains("Languages — Data scientist: Python, R")
                && tools.contains("Software — Data scientist: Jupyter, TensorFlow"), tools);
        assertFalse(tools.contains("Excel"), tools);
        // A column on no one role: the row is quoted whole, as the cell alone would lose what is said of both.
        var degree = bot.ask(null, "what degree does a data scientist need?").reply();
        assertTrue(degree.contains("Data scientist: Master's; Both: Statistics courses help"), degree);
    }

    @Test
    void aWordThatAsksIsNoWordAPassageHolds(@TempDir Path folder) throws IOException {
        // The article alone, as a folder an editor started afresh: its passages are the only ones a search ranks.
        KnowledgeFolderTest.copyKnowledge(folder);
        try (var articles = Files.newDirectoryStream(folder, "*.md")) {
            for (var file : articles) {
                Files.delete(file);
            }
        }
        Files.writeString(folder.resolve("data-analyst-vs-data-scientist.md"), ARTICLE);
        try (var server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "careerbot.knowledge.path", folder.toString(), "micronaut.server.port", -1));
             var client = HttpClient.create(server.getURL())) {
            // "An analyst who learns…" holds the word that asks, not what is asked.
            var with = KnowledgeFolderTest.ask(client, null, "who does a data analyst work with?").reply();
            assertFalse(with.contains("who learns"), with);
        }
    }

    @Test
    void aWordOfARoleSaidAsAVerbOrBeforeWhatItQualifiesNamesNoRole(@TempDir Path folder) throws IOException {
        try (var server = KnowledgeFolderTest.serverWith(folder, "scrum-master-or-agile-coach.md",
                ArticlesWrittenOtherwiseTest.ARTICLE_WITH_SKILLS_AND_PAY);
             var client = HttpClient.create(server.getURL())) {
            var degree = KnowledgeFolderTest.ask(client, null, "do I need a master's degree to be an agile coach?");
            assertEquals(List.of("agile coach"), degree.roles(), degree.reply());
            var verb = KnowledgeFolderTest.ask(client, null, "is it hard to coach the team?");
            assertFalse(verb.roles().contains("agile coach"), verb.reply());
            var they = KnowledgeFolderTest.ask(client, null, "do scrum masters do more when they coach teams?");
            assertEquals(List.of("scrum master"), they.roles(), they.reply());
            var coach = KnowledgeFolderTest.ask(client, null, "master or coach, which pays more?");
            assertEquals(List.of("scrum master", "agile coach"), coach.roles(), coach.reply());
        }
    }
}
