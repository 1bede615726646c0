package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on geologists and geophysicists whose skills are lists under each role: "maths", which the article writes
 * "mathematics", is a liking it tells apart.
 */
class EarthSciencesTest {

    private static final String ARTICLE = """
            ---
            title: "Geologist vs. geophysicist: two ways to study the Earth"
            roles:
              - name: geologist
                aliases: [geologists]
              - name: geophysicist
                aliases: [geophysicists]
            ---

            # Geologist vs. geophysicist: two ways to study the Earth

            Geologists and geophysicists both study the Earth, often on the same projects in mining and energy.

            ## Geologist

            Geologists map rock formations, collect and analyse samples, and interpret how an area formed.

            ### Skills

            - Observation and mapping in the field
            - Knowledge of minerals and rock types

            ## Geophysicist

            Geophysicists measure seismic waves, gravity and magnetism to build images of the subsurface.

            ### Skills

            - Strong mathematics and physics
            - Programming, often in Python or MATLAB
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("geologist-vs-geophysicist.md", ARTICLE);

    @Test
    void mathsIsTheArticlesMathematics() {
        var advice = bot.ask(null, "which suits me? I love maths and programming").reply();
        assertTrue(advice.contains("**geophysicist**") && advice.contains("Strong mathematics and physics"), advice);
    }
}
