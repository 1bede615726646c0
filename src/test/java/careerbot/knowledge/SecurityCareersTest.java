package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on cybersecurity analysts and engineers, beside the seed: a role's certifications said in the sentence
 * after one on certifications in general, a move told as where one role starts ("Many cybersecurity engineers start as
 * analysts"), an FAQ on something else that holds the words of prospects, and a section on both roles' skills with a
 * paragraph on each.
 */
class SecurityCareersTest {

    private static final String ARTICLE = """
            Skip to main content

            Cybersecurity analyst vs. cybersecurity engineer: What's the difference?

                Cybersecurity analysts and cybersecurity engineers both protect an organization's computer systems, \
            but they do it in different ways.

                According to the U.S. Bureau of Labor Statistics (BLS), employment of information security analysts \
            is projected to grow 33 percent from 2023 to 2033, much faster than the average for all occupations.

                What does a cybersecurity analyst do?

                A cybersecurity analyst monitors an organization's networks for suspicious activity and responds to \
            incidents when they happen.

                What does a cybersecurity engineer do?

                A cybersecurity engineer designs, builds, and maintains the systems that keep an organization secure.

                Key differences between cybersecurity analysts and engineers

                The main difference is focus: analysts defend systems that already exist, while engineers build the \
            defenses in the first place.

                Engineering roles usually require more experience. Many cybersecurity engineers start as analysts and \
            move into engineering after two to four years.

                Skills

                Both roles need a solid understanding of networking. Beyond that, their skills differ.

                Cybersecurity analyst skills: incident response, log analysis, threat intelligence.

                Cybersecurity engineer skills: network design, scripting in Python or Bash, cloud security.

                Education and certifications

                Most employers look for a bachelor's degree in computer science for both roles. Certifications matter \
            in this field. Analysts often start with CompTIA Security+ or CompTIA CySA+. Engineers often earn the \
            Certified Information Systems Security Professional (CISSP) credential.

                Frequently asked questions (FAQ)

                Can I become a cybersecurity analyst without a degree?

                Yes. Some employers hire analysts with certifications and hands-on experience instead of a degree, for \
            example from a help desk job.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("cybersecurity-analyst-vs-engineer.txt", ARTICLE);

    @Test
    void aRolesOwnSentenceAfterOneOnTheTopicAnswersIt() {
        for (var question : new String[] {"what certifications do I need to be a cybersecurity analyst?",
                "which certification should an analyst get?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("Certifications matter in this field. Analysts often start with CompTIA Security+"),
                    question + ": " + reply);
            assertFalse(reply.contains("CISSP"), question + ": " + reply);
        }
        var engineers = bot.ask(null, "what certifications do cybersecurity engineers need?").reply();
        assertTrue(engineers.contains("CISSP"), engineers);
        assertFalse(engineers.contains("Security+"), engineers);
    }

    @Test
    void whereOneRoleStartsIsAMoveFromTheOther() {
        var move = bot.ask(null, "can an analyst become an engineer?").reply();
        assertTrue(move.contains("Many cybersecurity engineers start as analysts"), move);
        var back = bot.ask(null, "can a cybersecurity engineer become an analyst?").reply();
        assertTrue(back.contains("don't cover a move from cybersecurity engineer to cybersecurity analyst"), back);
    }

    @Test
    void anFaqOnSomethingElseTellsNoProspects() {
        var outlook = bot.ask(null, "what is the job outlook for cybersecurity analysts?").reply();
        assertTrue(outlook.contains("projected to grow 33 percent"), outlook);
        assertFalse(outlook.contains("Some employers hire analysts"), outlook);
    }

    @Test
    void prosAndConsOfBeingARoleNoArticleListsAreNotCovered() {
        var reply = bot.ask(null, "pros and cons of being a cybersecurity analyst").reply();
        assertTrue(reply.contains("don't cover that for the cybersecurity analyst role"), reply);
    }

    @Test
    void oneRolesSkillsAreItsOwn() {
        for (var question : new String[] {"what skills do cybersecurity analysts need?",
                "what skills does a cybersecurity analyst need?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("incident response"), question + ": " + reply);
            assertFalse(reply.contains("network design"), question + ": " + reply);
        }
        bot.ask("skills", "tell me about cybersecurity analysts");
        var followUp = bot.ask("skills", "what skills do they need?").reply();
        assertTrue(followUp.contains("incident response"), followUp);
        assertFalse(followUp.contains("network design"), followUp);
    }
}
