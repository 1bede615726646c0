package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nannies and au pairs, beside the seed, as an agency's questions and answers ("**Q: What is an au pair?**", "A:
 * …"): where one lives, and how old one is, which the article writes "aged 18 to 30".
 */
class ChildcareCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Nanny or au pair? Your questions answered"
            roles:
              - name: nanny
                aliases: [nannies]
              - name: au pair
                aliases: [au pairs]
            ---

            # Nanny or au pair? Your questions answered

            **Q: What is a nanny?**

            A: A nanny is a professional childcarer employed by a family, usually full time.

            **Q: What is an au pair?**

            A: An au pair is a young person from abroad, usually aged 18 to 30, who lives with a host family and \
            helps with childcare in exchange for a room, meals and pocket money.

            **Q: How much are nannies paid?**

            A: In London, a full-time nanny typically earns £35,000 to £45,000 a year before tax.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("nanny-vs-au-pair.md", ARTICLE);

    @Test
    void whereSomeoneLivesIsAskedOfWhereTheyLive() {
        var home = bot.ask(null, "where does an au pair live?").reply();
        assertTrue(home.contains("lives with a host family"), home);
    }

    @Test
    void aNameOfTwoWordsIsKnownHyphenated() {
        var reply = bot.ask(null, "what is an au-pair?").reply();
        assertTrue(reply.startsWith("**What an au pair does**") && reply.contains("a young person from abroad"), reply);
    }

    @Test
    void aWayOfAskingTypedALetterOffStillImpliesItsTopic() {
        var pay = bot.ask(null, "how mutch do nannys make").reply();
        assertTrue(pay.contains("£35,000 to £45,000 a year"), pay);
    }

    @Test
    void howOldSomeoneIsIsTheirAge() {
        var old = bot.ask(null, "how old are au pairs?").reply();
        assertTrue(old.contains("aged 18 to 30"), old);
        var age = bot.ask(null, "what age are au pairs?").reply();
        assertTrue(age.contains("aged 18 to 30"), age);
        var nannies = bot.ask(null, "how old are nannies?").reply();
        assertTrue(nannies.contains("don't cover that for the nanny role"), nannies);
    }
}
