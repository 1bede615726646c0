package careerbot.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chat and ask APIs through the real server: shapes, conversations, every error status, hostile text. */
@MicronautTest
class ChatApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    private ChatResponse chat(String sessionId, String message) {
        return ChatCalls.chat(client, sessionId, message);
    }

    @Test
    void answersWithIntentRolesSourcesAndSuggestions() {
        var response = chat(null, "what does a product owner do?");
        assertNotNull(response.sessionId());
        assertEquals("role_overview", response.intent().name());
        assertTrue(response.intent().confidence() > 0.4);
        assertEquals(List.of("product owner"), response.roles());
        assertTrue(response.reply().contains("development teams"));
        assertEquals("product-owner-vs-product-manager", response.sources().get(0).document());
        assertEquals("What does a product owner do?", response.sources().get(0).section());
        assertTrue(response.reply().contains("_Source:"), "the reply names its source");
        assertTrue(response.suggestions().size() >= 2 && response.suggestions().size() <= 3);
    }

    @Test
    void tellMeMoreGivesTheNextAnswerOnTheSameRoles() {
        var overview = chat(null, "what does a PM do?");
        var responsibilities = chat(overview.sessionId(), "tell me more");
        assertEquals("role_responsibilities", responsibilities.intent().name());
        assertEquals(List.of("product manager"), responsibilities.roles());
        assertTrue(responsibilities.reply().contains("Setting the product strategy and roadmap"), responsibilities.reply());
        var examples = chat(overview.sessionId(), "more please");
        assertEquals("role_examples", examples.intent().name());
        assertTrue(examples.reply().contains("entertainment company"), examples.reply());
        var comparison = chat(overview.sessionId(), "another one?");
        assertEquals("role_comparison", comparison.intent().name());
        assertEquals(List.of("product manager", "product owner"), comparison.roles());
        // Then the article's other sections, one at a time: here only its final thoughts.
        var otherSection = chat(overview.sessionId(), "more");
        assertTrue(otherSection.reply().startsWith("**Final thoughts**"), otherSection.reply());
        assertTrue(otherSection.reply().contains("That is all my articles say about the product owner and product "
                + "manager roles."), otherSection.reply());
        var nothingMore = chat(overview.sessionId(), "more");
        assertEquals("help", nothingMore.intent().name(), "what else to ask, not \"Sorry\": " + nothingMore.reply());

        for (String more : List.of("anything else?", "what else can you tell me?")) {
            var next = chat(chat(null, "what does a PO do?").sessionId(), more);
            assertEquals("role_responsibilities", next.intent().name(), more + ": " + next.reply());
            assertEquals(List.of("product owner"), next.roles(), more + ": " + next.reply());
        }
        var everything = chat(null, "tell me everything about product managers");
        assertFalse(everything.reply().contains("“everything”"), "a way of asking: " + everything.reply());

        var alone = chat(null, "tell me more");
        assertEquals("out_of_scope", alone.intent().name(), "nothing before it to say more of: " + alone.reply());
        var notMore = chat(chat(null, "what does a PM do?").sessionId(), "tell me more about the backlog");
        assertNotEquals("role_responsibilities", notMore.intent().name(), "a topic of its own: " + notMore.reply());
        var noCue = chat(chat(null, "what does a PM do?").sessionId(), "okay");
        assertNotEquals("role_responsibilities", noCue.intent().name(), "asks for nothing more: " + noCue.reply());
    }

    @Test
    void followUpsResolveAgainstTheConversation() {
        var first = chat(null, "what does a PO do?");
        var second = chat(first.sessionId(), "and a product manager?");
        assertEquals(first.sessionId(), second.sessionId());
        assertEquals("role_overview", second.intent().name());
        assertEquals(List.of("product manager"), second.roles());
        var third = chat(first.sessionId(), "how do they differ?");
        assertEquals("role_comparison", third.intent().name());
        assertTrue(third.roles().containsAll(List.of("product owner", "product manager")));
        // After a definition the term is the topic: asked again of a role, not defined anew ("and for a PO").
        var term = chat(null, "what's a roadmap?");
        var ofRole = chat(term.sessionId(), "what about for a product owner?");
        assertTrue(ofRole.reply().contains("don't cover that for the product owner role"), ofRole.reply());
        var itsOwner = chat(term.sessionId(), "who owns it?");
        assertEquals("Setting the product strategy and roadmap", itsOwner.sources().get(0).section(),
                "\"it\" is the roadmap: " + itsOwner.reply());
        var nothingBefore = chat(null, "who owns it?");
        assertTrue(nothingBefore.sources().isEmpty(), "with no topic before, \"it\" is nothing: " + nothingBefore.reply());
        var hyphenated = chat(chat(null, "what is go-to-market?").sessionId(), "and the PO?");
        assertTrue(hyphenated.reply().contains("don't cover that for the product owner role"),
                "every word of the term, not \"market\" alone: " + hyphenated.reply());
        // A follow-up naming nothing but the role asks the last question again, not what the role is.
        var duties = chat(null, "list the duties of a product manager");
        var again = chat(duties.sessionId(), "what about a PO?");
        assertEquals("role_responsibilities", again.intent().name());
        assertTrue(again.reply().contains("backlog"), again.reply());
        // Which of them is more of something, asked after an answer on one: of it and the role it compares with.
        var owner = chat(null, "what does a product owner do?");
        var moreStrategic = chat(owner.sessionId(), "which is more strategic?");
        assertEquals(List.of("product owner", "product manager"), moreStrategic.roles(), moreStrategic.reply());
        assertTrue(moreStrategic.reply().contains("product manager’s responsibilities may be more strategic"),
                moreStrategic.reply());
        // Which, without comparing, asks of the role talked about alone.
        var whichTasks = chat(chat(null, "what does a product owner do?").sessionId(), "which tasks do they have?");
        assertEquals(List.of("product owner"), whichTasks.roles(), whichTasks.reply());
    }

    @Test
    void aTermTheIntentExamplesNameIsStillATopicOfTheArticles() {
        // "backlog" and "roadmap" stand in several definition examples: no way of asking, but what is asked about.
        var backlog = chat(null, "tell me more about the backlog");
        assertEquals("Managing the product backlog", backlog.sources().get(0).section(), backlog.reply());
        var roadmap = chat(null, "what about the roadmap?");
        assertEquals("Setting the product strategy and roadmap", roadmap.sources().get(0).section(), roadmap.reply());
    }

    @Test
    void aQuestionAskingWhoDoesSomethingIsAnsweredByThePassageThatSaysWho() {
        var backlog = chat(null, "who manages the backlog?");
        assertTrue(backlog.reply().contains("Product owners tend to create and maintain the product backlog"),
                "not 'which role do you mean?': " + backlog.reply());
        // All its words tell what is done, "backlog" too, though the intent examples use it to ask.
        var responsible = chat(null, "who is responsible for the product backlog?");
        assertTrue(responsible.reply().contains("backlog management") || responsible.reply().contains("maintain the product backlog"),
                responsible.reply());
        var launch = chat(null, "who is responsible for the go-to-market strategy?");
        assertTrue(launch.reply().contains("A product manager at an entertainment company"), launch.reply());
        var bot = chat(null, "who are you?");
        assertEquals("help", bot.intent().name(), "asks who the bot is, not which role: " + bot.reply());
    }

    @Test
    void aNewSessionDoesNotInheritAnotherConversation() {
        chat("session-a", "what does a PO do?");
        var other = chat("session-b", "and a product manager?");
        assertEquals("role_overview", other.intent().name());
        assertEquals(List.of("product manager"), other.roles());
        var fresh = chat("session-c", "what are their responsibilities?");
        assertTrue(fresh.reply().startsWith("Which role do you mean"), fresh.reply());
    }

    @Test
    void aWordBesideTheQuestionDoesNotTurnAnOverviewIntoATopic() {
        var overview = chat(null, "so what does a product owner actually do all day long?");
        assertTrue(overview.reply().contains("work closely with software development teams"),
                "what a PO does, not what the article says of the long term: " + overview.reply());
    }

    @Test
    void aShortFormOfATitlesLastWordNamesTheRole() {
        for (var message : List.of("what are the key duties of a product mgr", "what do product mgrs do")) {
            var duties = chat(null, message);
            assertEquals(List.of("product manager"), duties.roles(), message + " → " + duties.reply());
        }
    }

    @Test
    void aSlipInAShortAskingWordIsNoTopic() {
        // "does" is counted as "doe", too short for a slip to be found; "dose" and "doese" are slips of the word written.
        for (var message : List.of("what dose a product owner do?", "what doese a product owner do?")) {
            var overview = chat(null, message);
            assertTrue(overview.reply().contains("work closely with software development teams"),
                    message + " → " + overview.reply());
        }
    }

    @Test
    void aPrepositionLinksATopicToTheRoleAndIsNoneItself() {
        // "during" is no Lucene stop word, and no article says it: it used to be the topic not covered.
        var inASprint = chat(null, "what does a product owner do during a sprint?");
        assertTrue(inASprint.reply().contains("plan sprints"), inASprint.reply());
        assertFalse(inASprint.reply().contains("during"), inASprint.reply());
        var beforeOne = chat(null, "what does a product owner do before a sprint?");
        assertTrue(beforeOne.reply().contains("plan sprints"), beforeOne.reply());
        var afterLaunch = chat(null, "what does a product manager do after a launch?");
        assertTrue(afterLaunch.reply().contains("from conception to launch"), afterLaunch.reply());
    }

    @Test
    void aQuestionOnTwoRolesAnswersEachUnderItsName() {
        var both = chat(null, "what do product owners and product managers do?");
        assertTrue(both.reply().startsWith("On the product owner and product manager roles")
                && both.reply().contains("**Product owner**") && both.reply().contains("**Product manager**"),
                "no title naming one of the two only: " + both.reply());
        assertEquals(List.of("product owner", "product manager"), both.roles());
    }

    @Test
    void twoRolesAndAWordComparingThemAskHowTheyDiffer() {
        // Ways of comparing that the model may take for something out of scope.
        for (var question : List.of("how can I tell a PO and a PM apart?", "PO versus PM, which one is which?",
                "what distinguishes a product owner from a product manager")) {
            var reply = chat(null, question);
            assertEquals("role_comparison", reply.intent().name(), question + ": " + reply.reply());
            assertTrue(reply.reply().startsWith("**Product owner vs product manager**"), question + ": " + reply.reply());
        }
        // A comparison word with a topic beside it is a comparison on that topic, which the article doesn't cover.
        var pay = chat(null, "can you tell POs and PMs apart by salary?");
        assertFalse(pay.reply().startsWith("**Product owner vs product manager**"), pay.reply());
    }

    @Test
    void notCoveredTopicsAreSaidHonestly() {
        var salary = chat(null, "what is the salary of a product manager?");
        assertEquals("out_of_scope", salary.intent().name());
        assertFalse(salary.reply().matches("(?s).*\\$\\s?\\d.*"), "no invented figure");
        assertTrue(salary.sources().isEmpty());
        var whoEarnsMore = chat(null, "PO or PM, which one earns more?");
        assertTrue(whoEarnsMore.reply().contains("don't cover that for the product owner and product manager roles"),
                "a question of pay, not of which role suits: " + whoEarnsMore.reply());
        // Stemmed, "demanding" (a synonym of "stressful") would be "demand": "growing demand" is no answer on stress.
        var stress = chat(null, "is being a product owner stressful?");
        assertTrue(stress.sources().isEmpty(), stress.reply());
        var code = chat(null, "do product owners write code?");
        assertTrue(code.reply().contains("don't cover “write code”"), "what was asked, not one word of it: " + code.reply());
        // "Long" stands in the article ("long-term vision"), "apprenticeship" nowhere: no passage answers that.
        var apprenticeship = chat(null, "how long is an apprenticeship?");
        assertTrue(apprenticeship.sources().isEmpty(), apprenticeship.reply());
        var projectManager = chat(null, "what does a project manager do?");
        assertTrue(projectManager.reply().contains("project manager") && projectManager.reply().contains("product manager"));
        var whatsAProjectManager = chat(null, "what's a project manager?");
        assertTrue(whatsAProjectManager.reply().contains("don't have an article about the project manager role")
                && whatsAProjectManager.sources().isEmpty(), "a role, not a term to define: " + whatsAProjectManager.reply());
        var otherOutlook = chat(null, "what's the job outlook for data analysts?");
        assertTrue(otherOutlook.reply().contains("the data analyst role"), "not the covered roles' outlook: " + otherOutlook.reply());
        assertTrue(otherOutlook.sources().isEmpty());
        var scrumMaster = chat(null, "is a product owner the same as a scrum master?");
        assertTrue(scrumMaster.reply().contains("the scrum master role") && scrumMaster.sources().isEmpty(),
                "not the product owner compared with the product manager: " + scrumMaster.reply());
        var agile = chat(null, "what is agile?");
        assertTrue(agile.reply().contains("don't cover “Agile”"),
                "a word that asks for a definition elsewhere (\"a sprint in agile\") is the term here: " + agile.reply());
        var summary = chat(null, "summarize the difference");
        assertTrue(summary.reply().startsWith("**Product owner vs product manager**"),
                "a way of asking, not a topic the articles lack: " + summary.reply());
        var define = chat(null, "define agile");
        assertTrue(define.reply().contains("don't cover “Agile”"), define.reply());
        var background = chat(null, "I am a developer and I love working with the team on the backlog, which role suits me?");
        assertEquals("career_advice", background.intent().name(), "a user's own job is background, not the subject");
        assertEquals(List.of("product owner"), background.roles());
    }

    @Test
    void aQuestionNoIntentFitsIsAnsweredFromTheBestMatchingPassage() {
        var roadmap = chat(null, "who owns the roadmap?");
        assertTrue(roadmap.reply().contains("roadmap"), roadmap.reply());
        assertEquals("Setting the product strategy and roadmap", roadmap.sources().get(0).section());
        var story = chat(null, "tell me a funny story");
        assertEquals("out_of_scope", story.intent().name());
        assertTrue(story.sources().isEmpty(), "nothing matched, nothing quoted");
        var sprint = chat(null, "what do product owners do in a sprint?");
        assertTrue(sprint.reply().contains("may plan sprints"), sprint.reply());
        assertTrue(sprint.reply().startsWith("Here is what my articles say"), "what a PO does in one: " + sprint.reply());
        var backlog = chat(null, "what is the PO's product backlog?");
        assertTrue(backlog.reply().startsWith("**Product backlog**"), "the term, not the role: " + backlog.reply());
        var strategic = chat(null, "which one is more strategic?");
        assertTrue(strategic.reply().contains("strategic") && strategic.reply().contains("product manager")
                && strategic.roles().isEmpty(), "one article, so \"which one\" is one of its roles: " + strategic.reply());

        var named = chat(null, "which is more strategic, PO or PM?");
        assertTrue(named.reply().contains("may be more strategic"), named.reply());
        assertFalse(named.reply().contains("what you say you like"), "the user said nothing of a liking: " + named.reply());
        var liking = chat(null, "PO or PM? I like strategy");
        assertTrue(liking.reply().startsWith("From what you say you like, the **product manager** role"), liking.reply());
        // "between" and "from" say no liking, though an example "migrate[s] company data between programs".
        for (var message : List.of("help me decide between PO and PM", "I come from finance, which role suits me?")) {
            var undecided = chat(null, message);
            assertFalse(undecided.reply().contains("what you say you like"), message + " → " + undecided.reply());
        }
    }

    @Test
    void sayingWhatTheUserLikesAsksForAdviceThoughItNamesATerm() {
        // "market research" is a term the definition examples teach.
        for (var message : List.of("I enjoy market research", "I'm really into market research")) {
            var advice = chat(null, message);
            assertEquals("career_advice", advice.intent().name(), message + " → " + advice.reply());
            assertTrue(advice.reply().contains("**product manager**"), message + " → " + advice.reply());
        }
        var wondering = chat(null, "I wonder what a backlog is");
        assertTrue(wondering.reply().contains("a prioritized list of features"), wondering.reply());
        assertFalse(wondering.reply().contains("better fit"), wondering.reply());
        var rather = chat(null, "I would rather do market research than manage a backlog");
        assertTrue(rather.reply().startsWith("From what you say you like, the **product manager** role"), rather.reply());
        var more = chat(null, "I like backlogs more than market research");
        assertTrue(more.reply().startsWith("From what you say you like, the **product owner** role"), more.reply());
    }

    @Test
    void beingGoodAtSomethingIsNoGoodbyeThoughTheArticlesDontSayIt() {
        var listening = chat(null, "I'm good at listening");
        assertEquals("career_advice", listening.intent().name(), listening.reply());
        assertFalse(listening.reply().contains("Goodbye"), listening.reply());
        var fine = chat(null, "I'm good thanks");
        assertEquals("thanks", fine.intent().name(), fine.reply());
    }

    @Test
    void aQuestionWrappedInWantingToKnowIsTheQuestionNotALiking() {
        for (var message : List.of("I want to know what a product backlog is",
                "I would like to know what the product backlog is", "can you tell me what a product backlog is?")) {
            var wrapped = chat(null, message);
            assertEquals("concept_definition", wrapped.intent().name(), message + " → " + wrapped.reply());
            assertTrue(wrapped.reply().startsWith("**Product backlog**"), message + " → " + wrapped.reply());
        }
        var liking = chat(null, "I want to manage the product backlog");
        assertTrue(liking.reply().contains("**product owner**"), liking.reply());
    }

    @Test
    void aQuestionNamingARoleIsNeverSmallTalk() {
        var response = chat(null, "Who does a product manager work with?");
        assertEquals(List.of("product manager"), response.roles());
        assertFalse(response.intent().name().equals("help") || response.intent().name().equals("greeting"), response.intent().name());
        assertFalse(response.sources().isEmpty(), "answered from the articles: " + response.reply());
    }

    @Test
    void rolesAreRecognisedInAnyCaseNumberAndWithATypo() {
        for (var message : List.of("what does a PRODUCT OWNER do", "what do product owners do", "what does a product ownr do",
                "what does a po do")) {
            assertEquals(List.of("product owner"), chat(null, message).roles(), message);
        }
        assertEquals(List.of("product manager"), chat(null, "what does a product manger do").roles());
        for (var message : List.of("what does PO stand for?", "what's the meaning of product owner")) {
            var whatItIs = chat(null, message);
            assertTrue(whatItIs.reply().contains("What a product owner does"),
                    "a role asked about and nothing else is answered with what it does: " + whatItIs.reply());
        }
    }

    @Test
    void askAnswersPlainTextFromBodyOrQuery() {
        var body = client.toBlocking().retrieve(HttpRequest.POST("/api/ask", "what does a product owner do?")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
        assertTrue(body.contains("development teams") && body.contains("Source:"), body);
        var plain = client.toBlocking().exchange(HttpRequest.POST("/api/ask", "PO vs PM?")
                .contentType(MediaType.TEXT_PLAIN_TYPE), String.class);
        assertEquals(MediaType.TEXT_PLAIN_TYPE, plain.getContentType().orElseThrow());
        assertTrue(plain.body().contains("Scope"));
        var query = client.toBlocking().retrieve(HttpRequest.GET("/api/ask?q=product%20manager%20responsibilities"), String.class);
        assertTrue(query.contains("roadmap"), query);
    }

    @Test
    void blankMessageIs400WithAJsonError() {
        var e = assertThrows(HttpClientResponseException.class, () -> chat(null, "   "));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        var error = e.getResponse().getBody(ApiError.class).orElseThrow();
        assertEquals(400, error.status());
        assertTrue(error.message().contains("blank"));
        var missing = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .retrieve(HttpRequest.POST("/api/chat", Map.of("sessionId", "x")), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, missing.getStatus());
    }

    @Test
    void overlongMessageIs413NamingTheLimit() {
        var e = assertThrows(HttpClientResponseException.class, () -> chat(null, "a".repeat(1001)));
        assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getStatus());
        assertTrue(e.getResponse().getBody(ApiError.class).orElseThrow().message().contains("1000"));
        assertEquals("role_overview", chat(null, "what does a PO do? " + " ".repeat(900)).intent().name());
    }

    @Test
    void malformedJsonIs400AndWrongContentTypeIs415() {
        var malformed = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve(
                HttpRequest.POST("/api/chat", "{\"message\": \"hi").contentType(MediaType.APPLICATION_JSON_TYPE), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, malformed.getStatus());
        assertTrue(malformed.getResponse().getBody(String.class).orElseThrow().contains("\"status\":400"));
        var wrongType = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve(
                HttpRequest.POST("/api/chat", "hello").contentType(MediaType.TEXT_PLAIN_TYPE), String.class));
        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, wrongType.getStatus());
        var wrongShape = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve(
                HttpRequest.POST("/api/chat", "[1,2,3]").contentType(MediaType.APPLICATION_JSON_TYPE), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, wrongShape.getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND OR (( * ~ \"", "title:foo^10 AND text:[a TO z]", "\\\\*?", "🙂🚀 product owner 🙂",
            "¿Qué hace un product owner?", "产品负责人做什么", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "'; DROP TABLE users; --", "\u0000\u0001\u0007 what does a PM do", "\u202Eevil", "%s%n%x", "{{7*7}}",
            "a", "?", "product product product product product owner manager", "\uD83D"})
    void hostileTextGetsANormalReply(String message) {
        var response = client.toBlocking().exchange(HttpRequest.POST("/api/chat", new ChatRequest(null, message)),
                Argument.of(ChatResponse.class), Argument.of(String.class));
        assertEquals(HttpStatus.OK, response.getStatus(), message);
        var reply = response.body().reply();
        assertFalse(reply.isBlank());
        assertFalse(reply.contains("<script") || reply.contains("<img"), "the reply never echoes markup: " + reply);
    }

    @Test
    void sweepOfBadRequestsNeverGivesA5xx() {
        List<HttpRequest<?>> requests = List.of(
                HttpRequest.POST("/api/chat", "").contentType(MediaType.APPLICATION_JSON_TYPE),
                HttpRequest.POST("/api/chat", "null").contentType(MediaType.APPLICATION_JSON_TYPE),
                HttpRequest.POST("/api/chat", "{\"message\": {\"a\": [1]}}").contentType(MediaType.APPLICATION_JSON_TYPE),
                HttpRequest.POST("/api/chat", "[".repeat(5000)).contentType(MediaType.APPLICATION_JSON_TYPE),
                HttpRequest.POST("/api/chat", "{\"message\": \"" + "x".repeat(100_000) + "\"}").contentType(MediaType.APPLICATION_JSON_TYPE),
                HttpRequest.POST("/api/chat", new byte[]{(byte) 0xff, (byte) 0xfe, 0x00}).contentType(MediaType.APPLICATION_JSON_TYPE),
                HttpRequest.POST("/api/ask", "").contentType(MediaType.TEXT_PLAIN_TYPE),
                HttpRequest.GET("/api/ask"),
                HttpRequest.GET("/api/ask?q=" + "%F0%9F".repeat(3)),
                HttpRequest.PUT("/api/chat", "{}"),
                HttpRequest.GET("/api/nothing-here"));
        for (var request : requests) {
            int status;
            try {
                status = client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class)).code();
            } catch (HttpClientResponseException e) {
                status = e.code();
                assertTrue(e.getResponse().getBody(String.class).orElse("").contains("\"status\""), "a JSON error");
            }
            assertTrue(status >= 400 && status < 500, request.getMethod() + " " + request.getPath() + " -> " + status);
        }
    }

    @Test
    void slackIsOffWithoutASigningSecret() {
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve(
                HttpRequest.POST("/slack/events", "{\"type\":\"url_verification\",\"challenge\":\"x\"}"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertTrue(client.toBlocking().retrieve("/health").contains("UP"), "the rest of the bot works");
    }

    @Test
    void everyIntentIsReachable() {
        var seen = new java.util.HashSet<String>();
        for (var message : List.of("what does a PO do", "PM responsibilities", "examples of product owner work", "PO vs PM",
                "is there demand for these jobs", "which role suits me", "what is a product backlog", "hello", "bye",
                "thanks", "help", "what's the weather like")) {
            seen.add(chat(null, message).intent().name());
        }
        assertEquals(12, seen.size(), "all twelve intents answered: " + seen);
        assertNotEquals(chat(null, "hi").reply(), chat(null, "what can you do?").reply());
    }
}
