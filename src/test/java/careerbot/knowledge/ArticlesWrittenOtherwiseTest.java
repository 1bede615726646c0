package careerbot.knowledge;

import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static careerbot.knowledge.KnowledgeFolderTest.ask;
import static careerbot.knowledge.KnowledgeFolderTest.serverWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles an editor adds, written their own way: headings worded otherwise, topics the first article lacks (skills,
 * pay, education), asked outright or as follow-ups. Each runs the server over the project's knowledge plus one article.
 */
class ArticlesWrittenOtherwiseTest {

    /** Overviews and a day in the life under headings of their own, and no word on the job outlook. */
    private static final String ARTICLE_WITH_HEADINGS_OF_ITS_OWN = """
            ---
            title: "Data engineer vs. machine learning engineer"
            roles:
              - name: data engineer
                aliases: [data engineers]
              - name: machine learning engineer
                aliases: [ML engineer, ML engineers, machine learning engineers]
            ---

            # Data engineer vs. machine learning engineer

            ## Data engineer: role overview

            A data engineer builds the pipelines that move data from source systems into warehouses.

            ## Machine learning engineer: role overview

            A machine learning engineer turns models into production services that serve predictions.

            ## A typical day

            - A data engineer at an online retailer fixes a failed overnight load.
            - A machine learning engineer at a bank deploys a fraud model.

            ## The main differences

            A data engineer keeps data flowing, while a machine learning engineer keeps models running.
            """;

    @Test
    void overviewsAndADayInTheLifeAreFoundUnderHeadingsOfTheirOwn(@TempDir Path folder) throws IOException {
        try (var server = serverWith(folder, "data-engineer-vs-ml-engineer.md", ARTICLE_WITH_HEADINGS_OF_ITS_OWN);
             var client = HttpClient.create(server.getURL())) {
            var overview = ask(client, null, "what does a data engineer do?");
            assertEquals("Data engineer: role overview", overview.sources().get(0).section(), overview.reply());
            assertEquals(1, overview.sources().size(), overview.reply());
            var day = ask(client, null, "examples of ML engineer work");
            assertTrue(day.reply().contains("fraud model") && !day.reply().contains("overnight load"), day.reply());
            var outlook = ask(client, null, "what's the job outlook for data engineers?");
            assertTrue(outlook.sources().isEmpty() && outlook.reply().contains("don't cover"),
                    "a passage found only through the synonym \"roles\" of \"jobs\" is no outlook: " + outlook.reply());
            var field = ask(client, null, "is data engineering a good career?");
            assertEquals(List.of("data engineer"), field.roles(), "the field names the role: " + field.reply());
            assertFalse(field.reply().contains("product owner and product manager"),
                    "not the other article's outlook: " + field.reply());
            var whose = ask(client, null, "what's the job outlook?");
            assertTrue(whose.reply().startsWith("Which role do you mean") && whose.sources().isEmpty(),
                    "two articles could say: " + whose.reply());
        }
    }

    @Test
    void adviceNamingNoRoleAsksWhichRolesWhenManyArticlesCoverRoles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("scrum-master-vs-agile-coach.md"), ARTICLE_WITH_SKILLS_AND_PAY);
        Files.writeString(folder.resolve("chef-vs-baker.md"), ARTICLE_ON_NURSING
                .replace("registered nurses", "chefs").replace("registered nurse", "chef").replace("RNs", "cooks")
                .replace("RN", "cook").replace("nurse practitioners", "bakers").replace("nurse practitioner", "baker")
                .replace("NPs", "pastry chefs").replace("NP", "pastry chef").replace("Registered nurse", "Chef"));
        try (var server = serverWith(folder, "registered-nurse-vs-nurse-practitioner.md", ARTICLE_ON_NURSING);
             var client = HttpClient.create(server.getURL())) {
            var anyRole = ask(client, null, "which role suits me?");
            assertTrue(anyRole.reply().startsWith("Which roles are you choosing between?"), anyRole.reply());
            assertTrue(anyRole.sources().isEmpty(), "nothing quoted");
            var named = ask(client, anyRole.sessionId(), "scrum master or agile coach? I like teaching and mentoring leaders");
            assertEquals(List.of("agile coach"), named.roles(), named.reply());
        }
    }

    /** Headings worded its own way ("duties"), and sections on skills and pay that the first article lacks. */
    static final String ARTICLE_WITH_SKILLS_AND_PAY = """
            ---
            title: "Scrum master or agile coach?"
            roles:
              - name: scrum master
                aliases: [scrum masters]
              - name: agile coach
                aliases: [agile coaches]
            ---

            # Scrum master or agile coach?

            ## What is a scrum master?

            A scrum master helps one scrum team follow the framework and removes what blocks it.

            ## What is an agile coach?

            An agile coach works across many teams and with leadership to change how a whole organisation works.

            ## Agile coach duties

            ### Coaching leaders

            The agile coach helps executives set goals and fund products.

            ### Training teams

            The agile coach runs workshops on scrum and kanban.

            ## Skills and certifications

            Agile coaches may hold the ICP-ACC certification. Both roles need strong facilitation and listening skills.

            ## Salary and job outlook

            Scrum masters earned a median salary of about $110,000 in 2024, while agile coaches earned about $140,000.

            ## Key differences between a scrum master and an agile coach

            A scrum master serves one team, while an agile coach changes how the whole organisation works.

            ## Which role is right for you?

            If you enjoy helping a single team improve sprint by sprint, the scrum master role may suit you. If you like
            teaching and mentoring leaders, consider becoming an agile coach.
            """;

    @Test
    void headingsOfItsOwnAndTopicsAskedInContextAreAnsweredFromTheArticle(@TempDir Path folder) throws IOException {
        try (var server = serverWith(folder, "scrum-master-vs-agile-coach.md", ARTICLE_WITH_SKILLS_AND_PAY);
             var client = HttpClient.create(server.getURL())) {
            var duties = ask(client, null, "what are the duties of an agile coach?");
            assertTrue(duties.reply().contains("Coaching leaders") && duties.reply().contains("Training teams"), duties.reply());
            assertEquals("Agile coach duties", duties.sources().get(0).section(), "\"duties\" is a synonym of responsibilities");

            var skills = ask(client, null, "what skills does an agile coach need?");
            assertTrue(skills.reply().contains("facilitation and listening skills"), skills.reply());
            assertEquals("Skills and certifications", skills.sources().get(0).section());

            var executives = ask(client, null, "what does an agile coach do with executives?");
            assertTrue(executives.reply().contains("helps executives set goals"),
                    "what the article says of the role and executives, not its overview: " + executives.reply());

            var overview = ask(client, null, "tell me about agile coaches");
            assertTrue(overview.reply().contains("an agile coach"), "\"a\" before a vowel becomes \"an\": " + overview.reply());
            assertFalse(overview.reply().contains("a agile"), overview.reply());
            var pay = ask(client, overview.sessionId(), "what about their salary?");
            assertTrue(pay.reply().contains("$140,000"), "a new topic for the same role, not its overview: " + pay.reply());
            assertEquals(List.of("agile coach"), pay.roles());
            var certification = ask(client, pay.sessionId(), "what certifications do they need?");
            assertTrue(certification.reply().contains("ICP-ACC"), certification.reply());
            var weather = ask(client, certification.sessionId(), "what is the weather like?");
            assertTrue(weather.sources().isEmpty() && !weather.reply().contains("for the agile coach role"),
                    "a question the articles don't cover is not pinned on the role talked about: " + weather.reply());

            var mentoring = ask(client, null, "I like teaching and mentoring leaders, which role suits me?");
            assertEquals(List.of("agile coach"), mentoring.roles(), "the article whose roles differ in what the user likes");
            assertTrue(mentoring.reply().contains("consider becoming an agile coach"), mentoring.reply());
            var strategy = ask(client, null, "I like market research and strategy, which role suits me?");
            assertEquals(List.of("product manager"), strategy.roles(), strategy.reply());
            var either = ask(client, null, "scrum master or agile coach, which suits me?");
            assertEquals(List.of("scrum master", "agile coach"), either.roles(), "\"suits\" is no interest: " + either.reply());
            assertTrue(either.reply().contains("sprint by sprint") && either.reply().contains("mentoring leaders"), either.reply());

            var notInArticle = ask(client, null, "how much does a product owner earn?");
            assertTrue(notInArticle.reply().contains("don't cover"), "another article's figures are no answer: " + notInArticle.reply());
            // "Long" and "programs" stand in the articles, never together; the passage on the "long-term vision",
            // ranked below another, holds only one of them.
            var programs = ask(client, null, "how long do programs last?");
            assertTrue(programs.sources().isEmpty(), programs.reply());
        }
    }

    /** Work far from software, a list shared by both roles, and sections on education and pay. */
    private static final String ARTICLE_ON_NURSING = """
            ---
            title: "Registered nurse or nurse practitioner?"
            roles:
              - name: registered nurse
                aliases: [RN, RNs, registered nurses]
              - name: nurse practitioner
                aliases: [NP, NPs, nurse practitioners]
            ---

            # Registered nurse or nurse practitioner?

            ## What does a registered nurse do?

            Registered nurses assess patients, give medications and coordinate care with doctors.

            ## What does a nurse practitioner do?

            Nurse practitioners diagnose illnesses, order tests and prescribe medication.

            ## Nurse practitioner responsibilities

            - Examining patients and diagnosing illnesses
            - Prescribing medication and managing treatment plans

            ## Where they work

            - A registered nurse in a hospital emergency department triages patients as they arrive.
            - A nurse practitioner in a rural clinic manages patients with chronic conditions such as diabetes.

            ## Education and licensing

            Registered nurses need a nursing degree and must pass the NCLEX-RN exam. Nurse practitioners need a master's degree in nursing and a national certification.

            ## Salary and outlook

            The U.S. Bureau of Labor Statistics reported a median pay of $86,070 for registered nurses in May 2023. Employment of nurse practitioners is projected to grow 46% from 2023 to 2033.

            ## How do the two roles differ?

            A registered nurse carries out a care plan, while a nurse practitioner creates one. Nurse practitioners often work without a doctor's supervision.
            """;

    @Test
    void workFarFromSoftwareIsAnsweredRoleByRoleAndTopicByTopic(@TempDir Path folder) throws IOException {
        try (var server = serverWith(folder, "registered-nurse-vs-nurse-practitioner.md", ARTICLE_ON_NURSING);
             var client = HttpClient.create(server.getURL())) {
            var examples = ask(client, null, "examples of RN work");
            assertTrue(examples.reply().contains("emergency department") && !examples.reply().contains("rural clinic"),
                    "of a list on both roles, the registered nurse's: " + examples.reply());

            var outlook = ask(client, null, "what's the job outlook for NPs?");
            assertTrue(outlook.reply().contains("46%") && !outlook.reply().contains("care plan"),
                    "not a passage that only shares the word \"roles\": " + outlook.reply());

            var advice = ask(client, null, "I like diagnosing illnesses and prescribing, which role suits me?");
            assertEquals(List.of("nurse practitioner"), advice.roles(),
                    "the differences say nothing of it, the nurse practitioner's own sections do: " + advice.reply());
            assertTrue(advice.reply().contains("prescribe medication") || advice.reply().contains("Prescribing medication"),
                    advice.reply());

            var eitherNurse = ask(client, null, "RN or NP, which suits me?");
            assertTrue(eitherNurse.reply().contains("Registered nurses assess patients"),
                    "a role the differences name only beside the other: what the article says of it alone: " + eitherNurse.reply());
            var anyRole = ask(client, null, "which role suits me?");
            assertTrue(anyRole.roles().isEmpty() && anyRole.reply().contains("**Nurse practitioner**")
                    && anyRole.reply().contains("**Product manager**"), "every article's roles, not one's: " + anyRole.reply());

            // "Nurse" ends one role's name and starts the other's: alone, it may mean either, and which is asked.
            var nurses = ask(client, null, "what do nurses do?");
            assertEquals("Which nurse do you mean: the registered nurse or the nurse practitioner?", nurses.reply());
            var versus = ask(client, null, "product owner vs nurse practitioner");
            assertEquals(List.of("product owner", "nurse practitioner"), versus.roles(), versus.reply());
            var typos = ask(client, null, "tell me about nurse practioners");
            assertEquals(List.of("nurse practitioner"), typos.roles(), "two slips in a long word of a role's name: " + typos.reply());

            var oneTheme = ask(client, null, "I enjoy prescribing, which job fits me?");
            assertEquals(List.of("nurse practitioner"), oneTheme.roles(),
                    "one telling word, said of one role again and again: " + oneTheme.reply());

            var overview = ask(client, null, "what does an RN do");
            var education = ask(client, overview.sessionId(), "what education do they need?");
            assertTrue(education.reply().startsWith("Here is what my articles say")
                    && education.reply().contains("NCLEX-RN"), "found by its heading: " + education.reply());
            assertEquals("Education and licensing", education.sources().get(0).section());
            var forTheOther = ask(client, education.sessionId(), "and what about NPs?");
            assertTrue(forTheOther.reply().contains("Nurse practitioners need")
                    && !forTheOther.reply().contains("Registered nurses need"),
                    "the same topic for the role named, its sentences only: " + forTheOther.reply());
            var notCovered = ask(client, forTheOther.sessionId(), "what about a product owner?");
            assertTrue(notCovered.reply().contains("don't cover that for the product owner role"), notCovered.reply());

            var pay = ask(client, null, "what's the salary of an RN?");
            assertTrue(pay.reply().contains("The U.S. Bureau of Labor Statistics reported a median pay of $86,070"),
                    "a sentence quoted whole, not cut after \"U.S.\": " + pay.reply());
            var where = ask(client, null, "where do NPs work?");
            assertTrue(where.reply().contains("rural clinic"), "\"where\" is no slip for \"there\": " + where.reply());
            assertEquals("Where they work", where.sources().get(0).section());
        }
    }

    /** Two trades, whose advice names the fields ("electrical work", "plumbing"), not the titles. */
    private static final String ARTICLE_ON_TRADES = """
            ---
            title: "Electrician or plumber: choosing a trade"
            roles:
              - name: electrician
                aliases: [electricians]
              - name: plumber
                aliases: [plumbers]
            ---

            # Electrician or plumber: choosing a trade

            ## The electrician's job

            Electricians install, inspect and repair wiring, lighting and electrical systems in homes and offices.

            ## The plumber's job

            Plumbers install and repair pipes, fixtures and water heaters, and clear blocked drains.

            ## Key responsibilities

            ### Wiring and circuits

            Electricians run cable, fit sockets and test circuits before they are switched on.

            ### Pipes and drains

            Plumbers fit pipework, seal joints and unblock drains.

            ### Working safely

            Both trades follow the building codes and keep their sites safe.

            ## Training and apprenticeships

            Both trades are learnt through apprenticeships of three to five years, combining paid work with classroom study.

            ## Which trade suits you?

            If you like logic, diagrams and precise work, electrical work may suit you. If you prefer hands-on problem solving and do not mind getting wet, plumbing may suit you better.
            """;

    @Test
    void aFieldNamedInsteadOfTheTitleIsAboutTheRole(@TempDir Path folder) throws IOException {
        try (var server = serverWith(folder, "electrician-vs-plumber.md", ARTICLE_ON_TRADES);
             var client = HttpClient.create(server.getURL())) {
            var precise = ask(client, null, "I like diagrams and precise work, which trade suits me?");
            assertEquals(List.of("electrician"), precise.roles(), "\"electrical work may suit you\": " + precise.reply());
            assertTrue(precise.reply().contains("electrical work may suit you"), precise.reply());
            var wet = ask(client, null, "which suits me, electrician or plumber? I don't mind getting wet");
            assertEquals(List.of("plumber"), wet.roles(), wet.reply());
            var field = ask(client, null, "what is plumbing like as a job?");
            assertEquals(List.of("plumber"), field.roles(), "the field names the role: " + field.reply());
            var howLong = ask(client, null, "how long is a plumbing apprenticeship?");
            assertTrue(howLong.reply().contains("three to five years"),
                    "its topic words, not the asking \"how\", are what a passage must hold: " + howLong.reply());
            var duties = ask(client, null, "what are a plumber's responsibilities?");
            assertTrue(duties.reply().contains("Pipes and drains") && duties.reply().contains("Working safely")
                    && !duties.reply().contains("Wiring"), "one section for both: the plumber's part " + duties.reply());
            var qualifications = ask(client, null, "what qualifications does a plumber need?");
            assertTrue(qualifications.reply().contains("apprenticeships of three to five years"),
                    "\"qualifications\" through its synonyms (synonyms.txt): \"training\", \"study\" " + qualifications.reply());
            var notHere = ask(client, null, "what qualifications does a product owner need?");
            assertTrue(notHere.reply().contains("don't cover that for the product owner role"),
                    "the plumber's training is no product owner's: " + notHere.reply());
            var barista = ask(client, null, "what does a barista do?");
            assertTrue(barista.reply().contains("don't cover") && barista.sources().isEmpty(),
                    "sure of the phrasing, not of a role it never heard of: " + barista.reply());
        }
    }
}
