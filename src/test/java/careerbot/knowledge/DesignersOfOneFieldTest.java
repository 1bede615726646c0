package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on UX designers and product designers, beside the seed: its growth figure is said of "designers"
 * in a paragraph naming neither role, while "employers" (which stems like "employment") stands in the differences;
 * "designers" alone names both roles; "UX" is spelt out only after the role's name; "study" is a verb there; a user
 * may like what it names ("design systems"), or not like what it says suits one role ("talking to users").
 */
class DesignersOfOneFieldTest {

    private static final String ARTICLE = """
            Skip to main content

            Career paths: What's the difference between a UX designer and a product designer?

            Published May 14, 2024

                Design jobs keep changing as software spreads into every industry. The U.S. Bureau of Labor Statistics counts many designers among web developers and digital designers, a group it expects to grow 8% between 2023 and 2033, much faster than the average for all occupations.

                Two titles you will often see in job postings are UX designer and product designer, and many companies use them loosely.

                What does a UX designer do?

                UX designers (user experience designers) study how people use a product and design flows that make it easy to use.

                Typical UX designer responsibilities

                A UX designer's responsibilities may include:

                Conducting user research

                UX designers run interviews and usability tests to learn what users need.

                Creating wireframes

                UX designers sketch wireframes that lay out each screen.

                Examples of the work of a UX designer

                • A UX designer at a bank may redesign the payment flow.
                • A UX designer at a hospital might prototype a simpler booking screen.
                • A UX designer at a retailer could test the checkout page.
                • A UX designer at an airline may map the journey of a traveller.

                What does a product designer do?

                Product designers own the design of a product from the first idea to launch.

                Typical product designer responsibilities

                A product designer's responsibilities may include:

                Maintaining the design system

                Product designers often build and maintain a design system, a shared library of components.

                Examples of the work of a product designer

                • A product designer at a software company could extend the design system with new components.
                • A product designer at a startup may design a new onboarding experience.

                What are some differences between a UX designer and a product designer?

                UX designers tend to focus on research. Product designers need the skills employers expect.

                Which role is right for you?

                If you enjoy talking to users, UX design may suit you. If you like seeing a feature through to launch, product design may be a better fit.

                Final thoughts

                Knowing how the roles differ will help you choose the jobs to apply for.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("ux-designer-vs-product-designer.txt", ARTICLE);

    @Test
    void theOutlookLeadsWithThePassageSayingMostOfIt() {
        var outlook = bot.ask(null, "is the demand for UX designers growing?");
        assertEquals("job_outlook", outlook.intent().name(), outlook.reply());
        assertTrue(outlook.reply().contains("to grow 8% between 2023 and 2033"), outlook.reply());
    }

    @Test
    void theWordTheirTitlesEndInAsksWhichOfThemWhateverTheQuestion() {
        for (var question : List.of("is the demand for designers growing?", "what is the job outlook for designers?")) {
            var which = bot.ask(null, question);
            assertTrue(which.reply().startsWith("Which designer do you mean: the UX designer or the product designer?"),
                    question + " → " + which.reply());
            assertEquals(List.of("ux designer", "product designer"), which.roles(), which.reply());
        }
    }

    @Test
    void anAcronymIsDefinedWhereItIsSpeltOut() {
        var ux = bot.ask(null, "what's UX?");
        assertTrue(ux.reply().startsWith("**UX**"), ux.reply());
        assertTrue(ux.reply().contains("UX designers (user experience designers) study how people"), ux.reply());
    }

    @Test
    void likingATermTheArticleUsesIsAdviceNotADefinition() {
        var liking = bot.ask(null, "I like design systems");
        assertEquals("career_advice", liking.intent().name(), liking.reply());
        assertEquals(List.of("product designer"), liking.roles(), liking.reply());
        assertTrue(liking.reply().contains("build and maintain a design system"), liking.reply());
    }

    @Test
    void whatTheUserDoesNotLikePointsToTheOtherRoleThoughTheModelTakesItForOutOfScope() {
        var dislike = bot.ask(null, "I don't like talking to users");
        assertEquals(List.of("product designer"), dislike.roles(), dislike.reply());
        assertTrue(dislike.reply().startsWith("From what you'd rather not do, the **product designer** role"),
                dislike.reply());
    }

    @Test
    void studyingHowPeopleUseAProductIsNoEducation() {
        var become = bot.ask(null, "how do I become a UX designer?");
        assertTrue(become.reply().startsWith("My articles don't cover that for the UX designer role"), become.reply());
    }
}
