package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second article on a role the first one covers (the product owner, beside the scrum master): the pair is compared,
 * told alike and advised on from the article on both, whichever is named first; its differences are labelled as the
 * article labels them ("Authority:"); and a word of a role's name that is a thing of its own is defined ("Scrum").
 */
class RoleInTwoArticlesTest {

    private static final String ARTICLE = """
            ---
            title: "Scrum master vs. product owner"
            roles:
              - name: scrum master
                aliases: [SM, scrum masters]
              - name: product owner
                aliases: [PO, product owners]
            ---

            # Scrum master vs. product owner

            Every scrum team has one of each. Scrum masters and product owners are two of the three roles defined by
            Scrum, the most widely used agile framework. Both work with the same development team every day.

            ## What does a scrum master do?

            A scrum master coaches the team in Scrum practices and runs the daily scrum and the retrospectives.

            ## Typical scrum master responsibilities

            A scrum master's responsibilities may include:

            ### Facilitating Scrum events

            Scrum masters run the daily scrum.

            ### Coaching Scrum

            Scrum masters teach Scrum.

            ### Removing Scrum impediments

            Scrum masters unblock the scrum team.

            ### Reporting on Scrum

            Scrum masters report on the scrum team's progress.

            ### Scrum at scale

            Scrum masters of several scrum teams meet in a scrum of scrums.

            ## Scrum master vs. product owner: key differences

            Authority: The product owner has the final say on what goes into the backlog. The scrum master has no
            authority over the product, but guides how the team works.

            Stakeholders: Product owners spend much of their time with customers. Scrum masters spend most of their time
            with the development team.

            ## Which role is right for you?

            If you enjoy coaching people and running meetings, the scrum master role may suit you. If you enjoy talking
            with customers and setting priorities, consider becoming a product owner.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("scrum-master-vs-product-owner.md", ARTICLE);

    @Test
    void thePairIsComparedFromTheArticleOnBothWhicheverIsNamedFirst() {
        for (String question : List.of("what's the difference between a scrum master and a product owner?",
                "what's the difference between a PO and a SM?")) {
            var differ = bot.ask(null, question);
            assertTrue(differ.reply().contains("The product owner has the final say on what goes into the backlog."),
                    question + ": " + differ.reply());
            assertTrue(differ.reply().contains("**Authority**\n- *"), "the article's label: " + differ.reply());
            assertFalse(differ.reply().contains(":* Authority:"), "said once, above both: " + differ.reply());
        }
        var alike = bot.ask(null, "what do product owners and scrum masters have in common?");
        assertTrue(alike.reply().contains("Both work with the same development team every day."), alike.reply());
        // The first article still answers on its own pair and on the product owner alone.
        var pair = bot.ask(null, "PO vs PM");
        assertTrue(pair.reply().contains("**Scope**"), pair.reply());
    }

    @Test
    void moreOnThePairIsTheArticleOnBothAndItsResponsibilitiesAreItsExamples() {
        var examples = bot.ask(null, "give me examples of scrum master work");
        assertTrue(examples.reply().contains("Scrum masters run the daily scrum."),
                "no examples: the responsibilities, not their lead-in alone: " + examples.reply());
        var said = new StringBuilder();
        var answer = bot.ask(null, "what does a scrum master do?");
        for (int i = 0; i < 5; i++) {
            answer = bot.ask(answer.sessionId(), "tell me more");
            said.append(answer.reply()).append('\n');
        }
        assertTrue(said.toString().contains("**Which role is right for you?**"), said.toString());
        assertFalse(said.toString().contains("Final thoughts"), "the first article's own: " + said);
    }

    @Test
    void adviceOnThePairComesFromTheArticleOnBoth() {
        var advice = bot.ask(null, "product owner or scrum master? I like coaching people");
        assertEquals(List.of("scrum master"), advice.roles(), advice.reply());
        assertTrue(advice.reply().contains("If you enjoy coaching people and running meetings"), advice.reply());
        // Saying what they want says what they like.
        var wanted = bot.ask(null, "I want to make decisions about products");
        assertEquals(List.of("product owner"), wanted.roles(), wanted.reply());
        // With nothing liked nor named, each role once, though two articles cover the product owner.
        var each = bot.ask(null, "which is better for an introvert?");
        assertEquals(1, each.reply().split("\\*\\*Product owner\\*\\*:", -1).length - 1, each.reply());
        assertTrue(each.reply().contains("- **Scrum master**: If you enjoy coaching people"), each.reply());
    }

    @Test
    void aWordOfARoleNameThatIsAThingOfItsOwnIsDefined() {
        var scrum = bot.ask(null, "what is scrum?");
        assertTrue(scrum.reply().contains("defined by Scrum, the most widely used agile framework"), scrum.reply());
        // Beside a role named, the word is part of its name: the PO's product backlog is the term asked.
        var backlog = bot.ask(null, "what is the PO's product backlog?");
        assertTrue(backlog.reply().startsWith("**Product backlog**"), backlog.reply());
    }
}
