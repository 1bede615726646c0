package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with no section of examples, a section on education and certificates, an FAQ heading that shares
 * "work" with the examples' heading, and a role written as an acronym: examples asked for are the role's
 * responsibilities; a topic asked of one role is answered by what the section says of that role, in the words asked
 * before their synonyms; a phrase synonym ("financial services" for "bank") counts only whole.
 */
class ArticleWithoutExamplesTest {

    private static final String ARTICLE = """
            ---
            title: "Recruiter vs. HR generalist"
            roles:
              - name: recruiter
                aliases: [recruiters]
              - name: HR generalist
                aliases: [HR generalists]
            ---

            # Recruiter vs. HR generalist

            A recruiter brings new employees in, while an HR generalist looks after them once they have joined.

            ## What is a recruiter?

            A recruiter finds, screens and hires candidates for open positions.

            ### Recruiter responsibilities

            - Sourcing passive candidates through referrals
            - Screening résumés and running phone interviews

            ## What is an HR generalist?

            An HR generalist handles a wide range of human resources tasks.

            ### HR generalist responsibilities

            - Onboarding new hires
            - Administering benefits

            ## Education and certification

            Most employers look for a bachelor's degree for both roles. Recruiters can often start with a degree in
            any subject if they have sales or customer service experience.

            A credential shows commitment. Certifications can help you stand out. HR generalists often earn the SHRM
            Certified Professional credential. Recruiters may pursue the Certified Internet Recruiter credential.

            ## Do recruiters work remotely?

            Many do: most sourcing and interviewing happens online.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("recruiter-vs-hr-generalist.md", ARTICLE);

    @Test
    void examplesOfARoleWithNoneAreItsResponsibilities() {
        for (var question : List.of("give me examples of recruiter tasks", "examples of recruiter work")) {
            var examples = bot.ask(null, question);
            assertEquals("role_examples", examples.intent().name(), question);
            assertTrue(examples.reply().contains("- Sourcing passive candidates through referrals"), examples.reply());
            assertEquals(List.of("Recruiter responsibilities"), examples.sources().stream().map(s -> s.section()).toList());
        }
        var atABank = bot.ask(null, "examples of recruiter work at a bank");
        assertTrue(atABank.sources().isEmpty(), "no example is at a bank: " + atABank.reply());
        assertFalse(atABank.reply().contains("customer service"), "'services' alone is no bank: " + atABank.reply());
    }

    @Test
    void aTopicAskedOfOneRoleIsWhatTheSectionSaysOfIt() {
        var certificates = bot.ask(null, "what certifications can an HR generalist get?");
        assertTrue(certificates.reply().contains("HR generalists often earn the SHRM Certified Professional"),
                certificates.reply());
        assertTrue(certificates.reply().contains("Certifications can help you stand out."), certificates.reply());
        assertFalse(certificates.reply().contains("Certified Internet Recruiter"), certificates.reply());
        assertFalse(certificates.reply().contains("commitment"), "the word asked before a synonym of it: "
                + certificates.reply());

        var degree = bot.ask(null, "what degree do I need to become a recruiter?");
        assertTrue(degree.reply().contains("Recruiters can often start with a degree in any subject"), degree.reply());
        assertFalse(degree.reply().contains("Certified"), "a certificate is no degree: " + degree.reply());
    }

    @Test
    void anAcronymTakesAnAsItIsSaidLetterByLetter() {
        var overview = bot.ask(null, "what is an HR generalist?");
        assertTrue(overview.reply().startsWith("**What an HR generalist does**"), overview.reply());
    }

    @Test
    void askedWhichRolesItKnowsTheBotListsThem() {
        for (var question : List.of("what roles do you know?", "which careers do you cover?")) {
            var roles = bot.ask(null, question);
            assertEquals("help", roles.intent().name(), question + ": " + roles.reply());
            assertTrue(roles.reply().contains("recruiter"), roles.reply());
            assertTrue(roles.reply().contains("HR generalist"), roles.reply());
        }
        var which = bot.ask(null, "how do the two roles differ?");
        assertTrue(which.reply().startsWith("Which role do you mean"), "asks which two: " + which.reply());
    }

    @Test
    void aRoleNoArticleCoversGetsANearestRoleOnlyWhenOneSharesAWord() {
        var near = bot.ask(null, "what does an HR specialist do?");
        assertTrue(near.reply().contains("The nearest role I cover is the HR generalist"), near.reply());

        var far = bot.ask(null, "what does a data scientist do?");
        assertTrue(far.reply().contains("I don't have an article about the data scientist role"), far.reply());
        assertFalse(far.reply().contains("nearest"), "no covered role is near a data scientist: " + far.reply());
    }
}
