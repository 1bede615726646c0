package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article told in paragraphs rather than in sections per role: a day in the life a bold-led paragraph per role,
 * skills as a list a sentence introduces, advice that names the fields ("penetration testing may suit you"), a move
 * told "from" one role "to" the other, and outlook words said of other things ("grow into", "employers care").
 */
class ArticleInParagraphsTest {

    private static final String ARTICLE = """
            ---
            title: "Penetration tester vs. security analyst"
            roles:
              - name: penetration tester
                aliases: [pen tester, pentester, penetration testers]
              - name: security analyst
                aliases: [SOC analyst, security analysts]
            ---

            # Penetration tester vs. security analyst

            The U.S. Bureau of Labor Statistics projects employment of information security analysts to grow 33% from
            2023 to 2033. Two common entry points into security are penetration testing and security analysis.

            ## What is a penetration tester?

            A penetration tester is paid to break into an organization's systems with its permission, then writes a
            report on each weakness found.

            ## What is a security analyst?

            A security analyst monitors networks for suspicious activity and responds to incidents. Many start in a
            security operations center (SOC).

            ## A day in the life

            **Penetration tester.** A typical engagement starts with scoping calls with the client, then weeks of
            scanning and exploiting vulnerabilities.

            **Security analyst.** A SOC analyst's shift begins with a handover from the previous shift.

            ## Skills you need

            Both roles need a solid grasp of networking. Beyond that, the skill sets diverge:

            - Penetration testers need scripting and knowledge of web application flaws.
            - Security analysts need to read logs quickly and stay calm during an incident.

            ## Certifications

            Employers in security care a lot about certifications. Penetration testers are expected to hold the OSCP.
            Security analysts often begin with the CompTIA Security+ certification.

            ## Education

            A bachelor's degree in computer science is common, but not required for either role.

            ## Do you need experience?

            Many employers prefer experience over certificates.

            ## Salary

            Security analysts earned a median annual wage of $120,360 in May 2023. Penetration testers are not
            counted separately, with senior consultants earning more.

            ## Work environment

            Security analysts often work rotating shifts; penetration testers travel to client sites. Both roles can
            be done remotely at many companies.

            ## Career path

            Security analysts can grow into incident responders. Moving from security analyst to penetration tester
            is a common switch.

            ## Which path should you choose?

            If you love puzzles, thinking like an attacker and project-based work, penetration testing may suit you.
            If you prefer protecting systems and responding to emergencies, a security analyst role may be a better
            fit.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("penetration-tester-vs-security-analyst.md", ARTICLE);

    @Test
    void aDayToldInAParagraphPerRoleGivesEachRoleItsOwn() {
        var tester = bot.ask(null, "examples of penetration tester work");
        assertTrue(tester.reply().contains("A typical engagement starts with scoping calls"), tester.reply());
        assertFalse(tester.reply().contains("handover"), tester.reply());
        var analyst = bot.ask(null, "what does a typical day look like for a soc analyst?");
        assertTrue(analyst.reply().contains("begins with a handover"), analyst.reply());
        assertFalse(analyst.reply().contains("scoping calls"), analyst.reply());
    }

    @Test
    void aSentenceThatIntroducesAListIsQuotedWithTheRolesItems() {
        var skills = bot.ask(null, "what skills does a penetration tester need?");
        assertTrue(skills.reply().contains("Penetration testers need scripting"), skills.reply());
        assertFalse(skills.reply().contains("read logs quickly"), skills.reply());
        var asked = bot.ask(null, "tell me about skills you need");
        assertTrue(asked.reply().contains("Penetration testers need scripting")
                && asked.reply().contains("read logs quickly"), "no role asked, every item: " + asked.reply());
    }

    @Test
    void adviceReadsTheFieldsTheArticleNames() {
        var which = bot.ask(null, "which role suits me?");
        assertTrue(which.reply().contains("**Penetration tester**: If you love puzzles"), which.reply());
        var puzzles = bot.ask(null, "I love puzzles and thinking like a hacker");
        assertEquals(List.of("penetration tester"), puzzles.roles(), puzzles.reply());
        assertTrue(puzzles.reply().contains("penetration testing may suit you"), puzzles.reply());
        var people = bot.ask(null, "I like working with people");
        assertFalse(people.reply().contains("better fit:"), "working is no interest of its own: " + people.reply());
        var degree = bot.ask(null, "is a degree required for penetration testing?");
        assertTrue(degree.reply().contains("not required for either role"), degree.reply());
    }

    @Test
    void aMoveFromOneRoleToAnotherIsReadInItsDirection() {
        var into = bot.ask(null, "can a security analyst become a pen tester?");
        assertTrue(into.reply().contains("Moving from security analyst to penetration tester is a common switch"),
                into.reply());
        var back = bot.ask(null, "can a pen tester become a security analyst?");
        assertFalse(back.reply().contains("Moving from"), back.reply());
        assertTrue(back.reply().contains("don't cover a move from penetration tester to security analyst"),
                back.reply());
    }

    @Test
    void aWordOfTheOutlookSaidOfSomethingElseIsNoOutlook() {
        var outlook = bot.ask(null, "what is the job outlook for security analysts?");
        assertTrue(outlook.reply().contains("to grow 33%"), outlook.reply());
        assertFalse(outlook.reply().contains("grow into incident responders"), outlook.reply());
        assertFalse(outlook.reply().contains("Employers in security"), outlook.reply());
        assertFalse(outlook.reply().contains("employers prefer"), outlook.reply());
    }

    @Test
    void tellMeMoreMatchesNoneOfItsWordsInTheArticle() {
        var overview = bot.ask(null, "what does a penetration tester do?");
        var more = bot.ask(overview.sessionId(), "tell me more");
        assertFalse(more.reply().contains("earning more"), more.reply());
        assertTrue(more.reply().contains("A typical engagement"), more.reply());
    }

    @Test
    void whatARoleIsAskedToDoIsFoundOnlyInWhatIsSaidOfIt() {
        // "Penetration testing" said in passing of every role is nothing either role tests: what the role does.
        var tests = bot.ask(null, "what do penetration testers test?").reply();
        assertTrue(tests.contains("paid to break into"), tests);
        var analyst = bot.ask(null, "what do security analysts test?").reply();
        assertFalse(analyst.contains("Two common entry points"), analyst);
        // No section on responsibilities: what the role does, not its day told in a paragraph labelled by its name.
        var duties = bot.ask(null, "penetration tester responsibilities").reply();
        assertTrue(duties.contains("paid to break into"), duties);
        assertFalse(duties.contains("A typical engagement"), duties);
    }

    @Test
    void aTopicAskedWithoutARoleIsAnsweredByItsSection() {
        var education = bot.ask(null, "tell me about education");
        assertNotEquals("help", education.intent().name(), education.reply());
        assertTrue(education.reply().contains("A bachelor's degree in computer science"), education.reply());
        var remote = bot.ask(null, "can pen testers work from home?");
        assertTrue(remote.reply().contains("can be done remotely"), remote.reply());
    }

    @Test
    void wordsOfAskingAreNoTopic() {
        var degree = bot.ask(null, "can I become a pen tester without a degree?");
        assertTrue(degree.reply().contains("not required for either role"), degree.reply());
        var certs = bot.ask(null, "what certifications should a soc analyst get?");
        assertTrue(certs.reply().contains("CompTIA Security+"), certs.reply());
        assertFalse(certs.reply().contains("OSCP"), certs.reply());
    }

    @Test
    void whatTheUserIsGoodAtInTheArticlesWordsIsNoGoodbye() {
        var good = bot.ask(null, "I'm good at scripting");
        assertEquals("career_advice", good.intent().name(), good.reply());
        var done = bot.ask(null, "I'm all set, thanks");
        assertEquals("thanks", done.intent().name(), "no word of what the user likes: " + done.reply());
        var leaving = bot.ask(null, "I'm off to my shift, bye");
        assertEquals("goodbye", leaving.intent().name(), "a goodbye the model is sure of: " + leaving.reply());
    }

    @Test
    void anAcronymInARolesNameIsATermOfItsOwn() {
        var soc = bot.ask(null, "what is a SOC?");
        assertTrue(soc.reply().contains("security operations center (SOC)"), soc.reply());
        var analyst = bot.ask(null, "what does a SOC analyst do?");
        assertEquals(List.of("security analyst"), analyst.roles(), analyst.reply());
    }
}
