package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Zookeepers and wildlife biologists, beside the seed: a section per role made of paragraphs each led by a bold label
 * ("**What they do:**", "**Education:**", "**Where they work:**", "**Salary:**"), which heads it as a heading would.
 */
class WildlifeCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Zookeeper vs wildlife biologist: two ways to work with animals"
            roles:
              - name: zookeeper
                aliases: [zoo keeper, animal keeper]
              - name: wildlife biologist
            ---

            # Zookeeper vs wildlife biologist: two ways to work with animals

            One cares for animals in captivity, the other studies them in the wild.

            ## Zookeeper

            **What they do:** Zookeepers feed animals, clean enclosures and give talks to visitors. They also train \
            animals so that vets can examine them safely.

            **Education:** Many zoos ask for a bachelor's degree in zoology or animal science.

            **Where they work:** Zoos, aquariums, wildlife parks and sanctuaries.

            ## Wildlife biologist

            **What they do:** Wildlife biologists study animals in their natural habitats and write reports that shape \
            conservation policy.

            **Education:** A bachelor's degree is the minimum; most research jobs require a master's degree.

            **Where they work:** Government agencies, universities and conservation groups.

            **Salary:** Zoologists and wildlife biologists earned a median of $70,600 in 2023.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("zookeeper-vs-wildlife-biologist.md", ARTICLE);

    @Test
    void aParagraphsLabelHeadsItAsAHeadingWould() {
        var biologists = bot.ask(null, "where do wildlife biologists work?").reply();
        assertTrue(biologists.contains("Government agencies, universities and conservation groups"), biologists);
        var keepers = bot.ask(null, "where do zoo keepers work?").reply();
        assertTrue(keepers.contains("Zoos, aquariums, wildlife parks and sanctuaries"), keepers);
    }

    @Test
    void whatARoleDoesLeavesOutTheParagraphsLabelledByAnAspect() {
        var keeper = bot.ask(null, "what does a zookeeper do?").reply();
        assertTrue(keeper.contains("Zookeepers feed animals"), keeper);
        assertFalse(keeper.contains("bachelor's degree"), keeper);
        var compared = bot.ask(null, "zookeeper vs wildlife biologist").reply();
        var overview = compared.substring(compared.indexOf("**Wildlife biologist**"));
        overview = overview.substring(0, overview.indexOf("\n\n"));
        assertTrue(overview.contains("write reports that shape conservation policy"), compared);
        assertFalse(overview.contains("master's degree"), compared);
    }

    @Test
    void rolesAreComparedOnTheOtherLabelsOfTheirSectionsButWhatTheyDo() {
        var compared = bot.ask(null, "zookeeper vs wildlife biologist").reply();
        assertTrue(compared.contains("**Education**\n- *Zookeeper:* Many zoos ask for a bachelor's degree"), compared);
        assertFalse(compared.contains("**What they do**"), compared);
    }

    @Test
    void aSentenceOpeningOnTheOneBeforeComesWithIt() {
        var training = bot.ask(null, "do zookeepers train animals?").reply();
        assertTrue(training.contains("Zookeepers feed animals, clean enclosures and give talks to visitors. They also "
                + "train animals"), training);
    }
}
