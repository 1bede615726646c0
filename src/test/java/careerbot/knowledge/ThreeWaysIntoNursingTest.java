package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on three roles, beside the seed: nursing assistants, practical nurses and registered nurses, whose
 * names hold words of education ("certified", "licensed"), a section on each and advice that names each in turn.
 */
class ThreeWaysIntoNursingTest {

    private static final String ARTICLE = """
            ---
            title: "CNA, LPN or RN? Three ways into nursing"
            roles:
              - name: certified nursing assistant
                aliases: [CNA, CNAs]
              - name: licensed practical nurse
                aliases: [LPN, LPNs]
              - name: registered nurse
                aliases: [RN, RNs]
            ---

            # CNA, LPN or RN? Three ways into nursing

            Certified nursing assistants, licensed practical nurses and registered nurses all care for patients, \
            but their training, duties and pay differ widely.

            ## Certified nursing assistant (CNA)

            CNAs help patients with daily activities: bathing, dressing and eating.

            ## Licensed practical nurse (LPN)

            LPNs give basic medical care under the direction of registered nurses: they change bandages.

            ## Registered nurse (RN)

            RNs assess patients, create care plans and coordinate with doctors. They need an associate's or \
            bachelor's degree in nursing.

            ## Which should you choose?

            If you want to start working quickly, become a CNA. If you want more medical responsibility without a \
            degree, consider becoming an LPN. If you want the highest pay, aim for RN.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("cna-lpn-or-rn.md", ARTICLE);

    @Test
    void aSentenceOnAThirdRoleIsNotTheOnesBeforeIt() {
        var reply = bot.ask(null, "CNA vs LPN").reply();
        assertTrue(reply.contains("consider becoming an LPN"), reply);
        assertFalse(reply.contains("aim for RN"), reply);
    }

    @Test
    void threeRolesAreComparedAllThree() {
        var reply = bot.ask(null, "CNA vs LPN vs RN").reply();
        assertTrue(reply.startsWith("**Certified nursing assistant vs licensed practical nurse vs registered nurse**"),
                reply);
        assertTrue(reply.contains("**Registered nurse**\nRNs assess patients"), reply);
        assertTrue(reply.contains("- *Licensed practical nurse:* If you want more medical responsibility")
                && reply.contains("- *Registered nurse:* If you want the highest pay, aim for RN."), reply);
    }

    @Test
    void threeRolesAreWeighedTogetherForAdvice() {
        var compared = bot.ask(null, "CNA vs LPN vs RN");
        var pay = bot.ask(compared.sessionId(), "which one should I choose if I want the highest pay?").reply();
        assertTrue(pay.startsWith("From what you say you like, the **registered nurse** role"), pay);
        var each = bot.ask(null, "CNA, LPN or RN, which suits me?").reply();
        assertTrue(each.contains("- **Registered nurse**: If you want the highest pay, aim for RN."), each);
    }

    @Test
    void aLongNameIsKnownByItsLastTwoWords() {
        var practical = bot.ask(null, "what does a practical nurse do?").reply();
        assertTrue(practical.contains("LPNs give basic medical care"), practical);
        var all = bot.ask(null, "what are the differences between nursing assistants, practical nurses and registered "
                + "nurses?").reply();
        assertTrue(all.startsWith("**Certified nursing assistant vs licensed practical nurse vs registered nurse**"),
                all);
        // The last word of two roles' names, set against a third, is those roles, not a job no article covers.
        var nurse = bot.ask(null, "CNA or nurse, which pays more?").reply();
        assertFalse(nurse.contains("I don't have an article about the nurse role"), nurse);
    }

    @Test
    void theWordsOfARolesNameAreNoTopic() {
        var reply = bot.ask(null, "what qualifications does a registered nurse need?").reply();
        assertTrue(reply.contains("associate's or bachelor's degree"), reply);
        assertFalse(reply.contains("all care for patients"), reply);
    }
}
