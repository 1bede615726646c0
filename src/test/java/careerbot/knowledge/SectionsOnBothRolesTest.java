package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose topic sections say each role's part in a paragraph of its own, whose lists of daily work are
 * introduced by a sentence that names the role while their items don't, and whose headings ("Skills you need",
 * "Where they work") are topics a reader may ask for by name.
 */
class SectionsOnBothRolesTest {

    private static final String ARTICLE = """
            ---
            title: "Sous chef or line cook?"
            roles:
              - name: sous chef
                aliases: [sous chefs]
              - name: line cook
                aliases: [line cooks]
            ---

            # Sous chef or line cook?

            ## At a glance

            Both jobs keep a restaurant kitchen running, but one runs a station and the other runs the kitchen.
            Most of them are found in busy kitchens.

            ## The sous chef role

            A sous chef is the head chef's deputy and runs the kitchen during service.

            Day to day, a sous chef:

            - plans the prep lists and orders stock from suppliers
            - trains new cooks and writes the rota

            ## The line cook role

            A line cook prepares dishes at one station of the line, such as the grill or the fryer.

            Day to day, a line cook:

            - checks the mise en place before service
            - cooks each order to the kitchen's standard

            ## Key differences

            - Scope — Sous chef: the whole kitchen; line cook: one station

            ## Sous chef shifts

            Sous chefs often work split shifts, with a break between lunch and dinner service.

            ## Skills you need

            Both roles need stamina, hygiene and calm under pressure.

            Sous chefs lean on leadership skills: organising a team, costing menus and solving problems fast.

            Line cooks lean on speed skills: knife work, timing and keeping a station clean. Cooks who stay calm
            are promoted first.

            ## Training

            Neither job requires a degree. Many line cooks learn on the job; many sous chefs went to culinary school.

            ## Certificates

            Every kitchen worker needs a food hygiene certificate. Sous chefs often add a certificate in kitchen
            management. Line cooks may add a certificate in knife skills.

            ## Pay and job prospects

            Line cooks earn a median of $34,000 a year. Employment of sous chefs is projected to grow 5% by 2033.

            ## Where they work

            Both work in restaurants, hotels, hospitals and catering companies.

            ## Which role suits you?

            Choose the sous chef role if you like leading people. Choose the line cook role if you like cooking fast.

            ## Frequently asked questions

            ### Do line cooks work weekends?

            Yes. Most kitchens are busiest on Friday and Saturday nights.

            ## Final thoughts

            Many head chefs started as line cooks, then became sous chefs.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("sous-chef-vs-line-cook.md", ARTICLE);

    @Test
    void aTopicAskedOfNoRoleIsAnsweredForEachRoleOfTheArticle() {
        var reply = bot.ask(null, "what skills do I need?").reply();
        assertTrue(reply.contains("leadership skills"), reply);
        assertTrue(reply.contains("speed skills"), reply);
    }

    @Test
    void aSentenceOnBothRolesIsQuotedOnceThoughEachRolesPartHoldsIt() {
        var reply = bot.ask(null, "what certificates do I need?").reply();
        assertTrue(reply.contains("kitchen management") && reply.contains("knife skills"), reply);
        assertEquals(1, reply.split("food hygiene certificate", -1).length - 1, reply);
    }

    @Test
    void sentencesChosenFromAPassageAreQuotedInTheArticlesOrder() {
        var reply = bot.ask(null, "what training does a line cook need?").reply();
        assertTrue(reply.contains("Neither job requires a degree"), reply);
        assertTrue(reply.indexOf("Neither job") < reply.indexOf("Many line cooks"), reply);
    }

    @Test
    void aListItemThatNamesNoRoleIsQuotedWithTheSentenceIntroducingItsList() {
        var reply = bot.ask(null, "what does a sous chef do with suppliers?").reply();
        assertTrue(reply.contains("Day to day, a sous chef:\n- plans the prep lists"), reply);
        var examples = bot.ask(null, "examples of sous chef work").reply();
        assertTrue(examples.contains("Day to day, a sous chef:\n- plans the prep lists"), examples);
        var defined = bot.ask(null, "what is a mise en place?").reply();
        assertTrue(defined.contains("Day to day, a line cook:\n- checks the mise en place"), defined);
        // "Who" is a short word the articles use, but it asks which role: no term to define.
        var who = bot.ask(null, "who writes the rota?").reply();
        assertTrue(who.contains("- trains new cooks and writes the rota"), who);
        assertFalse(who.contains("**Who"), who);
    }

    @Test
    void aSentenceOnTheOutlookUnderAHeadingOnPayIsNoAnswerOnPay() {
        var sousChef = bot.ask(null, "how much does a sous chef earn?").reply();
        assertFalse(sousChef.contains("projected to grow"), sousChef);
        assertTrue(sousChef.contains("don't cover"), sousChef);
        var which = bot.ask(null, "which pays more, a sous chef or a line cook?").reply();
        assertTrue(which.contains("$34,000"), which);
        assertFalse(which.contains("projected to grow"), which);
        var outlook = bot.ask(null, "what is the job outlook for sous chefs?").reply();
        assertTrue(outlook.contains("projected to grow 5%"), outlook);
        // Asked with the outlook, in words that ask rather than name a topic, it is part of the answer.
        var both = bot.ask(null, "tell me about pay and job prospects").reply();
        assertTrue(both.contains("$34,000") && both.contains("projected to grow 5%"), both);
    }

    @Test
    void whatTheUserWouldRatherNotDoPointsToTheOtherRole() {
        var hates = bot.ask(null, "I hate leading people").reply();
        assertTrue(hates.contains("the **line cook** role looks like the better fit"), hates);
        assertTrue(hates.contains("Choose the sous chef role if you like leading people."), hates);
        var likes = bot.ask(null, "I like leading people").reply();
        assertTrue(likes.contains("the **sous chef** role looks like the better fit"), likes);
        // What they like, after a word of contrast, decides.
        var both = bot.ask(null, "I don't enjoy leading people but I love cooking fast").reply();
        assertTrue(both.contains("the **line cook** role looks like the better fit"), both);
        assertFalse(both.contains("leading people"), both);
    }

    @Test
    void tellMeMorePastTheRolesTellsTheArticlesOtherSectionsOneByOne() {
        var first = bot.ask(null, "what does a line cook do?");
        var more = first;
        for (int i = 0; i < 4 && !more.reply().contains("also cover"); i++) {
            more = bot.ask(first.sessionId(), "tell me more");
        }
        var reply = more.reply();
        // The first of the other sections, told, with the rest listed and offered.
        assertTrue(reply.startsWith("**At a glance**"), reply);
        assertTrue(reply.contains("Both jobs keep a restaurant kitchen running"), reply);
        assertTrue(reply.contains("on the sous chef and line cook roles also cover"), reply);
        assertTrue(reply.contains("- Skills you need\n") && reply.contains("- Where they work\n"), reply);
        // An FAQ's questions stand for it; the roles' own sections were told already.
        assertTrue(reply.contains("- Do line cooks work weekends?"), reply);
        assertFalse(reply.contains("Frequently asked questions"), reply);
        // Nor what the roles do, what they are or how they differ, which the answers before told of.
        assertFalse(reply.contains("The line cook role"), reply);
        assertFalse(reply.contains("Sous chef shifts"), reply);
        assertFalse(reply.contains("Key differences"), reply);
        assertFalse(reply.contains("- At a glance"), reply);
        assertTrue(more.suggestions().contains("Skills you need"), more.suggestions().toString());

        var next = bot.ask(first.sessionId(), "tell me more").reply();
        assertTrue(next.startsWith("**Skills you need**") && next.contains("Sous chefs lean on leadership"), next);
        assertFalse(next.contains("- Skills you need") || next.contains("At a glance"), next);
        var told = List.of("Training", "Certificates", "Pay and job prospects", "Where they work", "Which role suits you?",
                "Do line cooks work weekends?", "Final thoughts");
        for (var heading : told) {
            next = bot.ask(first.sessionId(), "tell me more").reply();
            assertTrue(next.startsWith("**" + heading + "**"), heading + " next: " + next);
        }
        assertTrue(next.contains("That is all my articles say about the sous chef and line cook roles."), next);
        var after = bot.ask(first.sessionId(), "tell me more").reply();
        assertFalse(after.contains("Final thoughts") || after.contains("also cover"), after);
    }

    @Test
    void aSectionToldByTellMeMoreIsTheTopicOfAFollowUp() {
        var first = bot.ask(null, "what does a line cook do?");
        var more = first;
        for (int i = 0; i < 6 && !more.reply().startsWith("**Training**"); i++) {
            more = bot.ask(first.sessionId(), "tell me more");
        }
        assertTrue(more.reply().startsWith("**Training**"), more.reply());
        var sous = bot.ask(first.sessionId(), "and for a sous chef?").reply();
        assertTrue(sous.contains("culinary school"), sous);
        assertFalse(sous.contains("head chef's deputy"), sous);
    }

    @Test
    void aComparisonOnATopicIsTheSectionHeadedByIt() {
        var training = bot.ask(null, "how do sous chefs and line cooks differ in training?").reply();
        assertTrue(training.contains("many sous chefs went to culinary school"), training);
        assertFalse(training.contains("the whole kitchen"), training);
        // By a synonym of its heading: "pay" heads "Pay and job prospects", "earnings" does too.
        var pay = bot.ask(null, "compare the earnings of sous chefs and line cooks").reply();
        assertTrue(pay.contains("Line cooks earn a median of $34,000 a year."), pay);
        // No topic: the roles' differences, as before.
        var plain = bot.ask(null, "how do sous chefs and line cooks differ?").reply();
        assertTrue(plain.contains("the whole kitchen"), plain);
    }

    @Test
    void aHeadingAskedForInAskingWordsGetsItsWholeSection() {
        var reply = bot.ask(null, "tell me about pay and job prospects").reply();
        assertTrue(reply.contains("Line cooks earn a median of $34,000 a year."), reply);
        assertTrue(reply.contains("projected to grow 5% by 2033"), reply);
        // Not "trains new cooks", the likeliest passage for the word alone.
        var training = bot.ask(null, "tell me about training").reply();
        assertTrue(training.contains("many sous chefs went to culinary school"), training);
        var certificates = bot.ask(null, "can you tell me about certificates please").reply();
        assertTrue(certificates.contains("food hygiene") && certificates.contains("kitchen management")
                && certificates.contains("knife skills"), certificates);
    }

    @Test
    void aQuestionOnPayThatNamesNoRoleNorTheUserIsAnsweredFromThePaySection() {
        for (var question : List.of("which job has better pay?", "who makes more money?")) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("Line cooks earn a median of $34,000 a year."), question + ": " + reply);
        }
        // Speaking of the user, it is advice.
        var advice = bot.ask(null, "I like leading people, which job suits me?").reply();
        assertTrue(advice.contains("the **sous chef** role looks like the better fit"), advice);
    }

    @Test
    void whereARoleWorksIsItsWorkplaceNotItsOutlook() {
        var cooks = bot.ask(null, "where do line cooks work?").reply();
        assertTrue(cooks.contains("restaurants, hotels, hospitals"), cooks);
        // The product owner article has no section on where they work, but says where such roles are found; its
        // outlook is no answer.
        var owners = bot.ask(null, "where do product owners work?").reply();
        assertTrue(owners.contains("typically found at technology companies"), owners);
        assertFalse(owners.contains("Job outlook") || owners.contains("grow 15%"), owners);
    }

    @Test
    void aHeadingSentAsAMessageGetsItsSection() {
        var first = bot.ask(null, "what does a line cook do?");
        var where = bot.ask(first.sessionId(), "Where they work").reply();
        assertTrue(where.contains("restaurants, hotels, hospitals"), where);
        // The product owner article has final thoughts too: those of the article talked about.
        var last = bot.ask(first.sessionId(), "Final thoughts").reply();
        assertTrue(last.contains("Many head chefs started as line cooks"), last);
        var skills = bot.ask(null, "  SKILLS   you need!!! ").reply();
        assertTrue(skills.contains("Both roles need stamina"), skills);
        assertTrue(skills.contains("leadership skills") && skills.contains("speed skills"), skills);
        assertEquals(1, skills.split("_Source").length - 1, skills);
        // Bad input beside a heading is no heading: no section, no error.
        for (var hostile : List.of("Skills you need\u202E<script>alert(1)</script>", "Skills you need ".repeat(60),
                "Where they work 🍳🔪", "Ｓｋｉｌｌｓ ｙｏｕ ｎｅｅｄ")) {
            var reply = bot.ask(null, hostile).reply();
            assertFalse(reply.contains("Both roles need stamina"), reply);
        }
        // A heading that asks is asked as its other phrasings are: which role suits you is advice.
        var suits = bot.ask(null, "Which role suits you?").reply();
        assertTrue(suits.contains("Tell me what you like doing"), suits);
    }
}
