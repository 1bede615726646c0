package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose differences are a numbered list, each item labelled by its aspect and most saying both roles in
 * one sentence, and whose FAQ is a paragraph per question, the question in bold ("**Q: …?** A: …"). The list is the
 * comparison as written, an item of it the comparison on its aspect; each question in bold is a heading of its own.
 */
class DifferencesListAndFaqInBoldTest {

    private static final String ARTICLE = """
            ---
            title: "Registered nurse or nurse practitioner?"
            roles:
              - name: registered nurse
                aliases: [RN, RNs, registered nurses]
              - name: nurse practitioner
                aliases: [NP, NPs, nurse practitioners]
            ---

            # Registered nurse or nurse practitioner?

            Registered nurses and nurse practitioners both care for patients.

            ## Registered nurses in brief

            Registered nurses assess patients, give medications and monitor vital signs.

            ## Nurse practitioners in brief

            Nurse practitioners examine patients, diagnose illnesses and prescribe medication.

            ## Three differences that matter

            1. **Education:** RNs need an associate degree or a BSN. NPs need a master's degree on top of an RN license.
            2. **Authority:** RNs carry out a care plan; NPs, trained in graduate school, write it.
            3. **Pay:** The median annual wage was $86,070 for registered nurses and $126,260 for nurse practitioners.

            ## Frequently asked questions

            **Q: How long does it take to become an NP?**
            A: Usually six to eight years, graduate school included.

            **Q: Do NPs need a license?**
            A: Yes. NPs pass a national certification exam and apply for a state license.

            **Q: Can an RN become an NP while working?**
            A: Yes. Many graduate programs are part-time so that RNs can keep working.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("registered-nurse-vs-nurse-practitioner.md", ARTICLE);

    @Test
    void aListOfDifferencesThatSaysBothRolesAtOnceIsQuotedAsWritten() {
        var compared = bot.ask(null, "RN vs NP").reply();
        assertTrue(compared.contains("- Education: RNs need an associate degree or a BSN. NPs need a master's degree")
                && compared.contains("- Authority: RNs carry out a care plan; NPs, trained in graduate school")
                && compared.contains("- Pay: The median annual wage was $86,070"), compared);
        assertTrue(compared.contains("on top of an RN license.\n- Authority:"), "one list: " + compared);
        var pay = bot.ask(null, "how do RN and NP differ in pay?").reply();
        assertTrue(pay.contains("- Pay: The median annual wage was $86,070"), pay);
        assertFalse(pay.contains("Authority"), pay);
        // By its label: "Authority: … trained in graduate school" says "school", but is no difference in education.
        var education = bot.ask(null, "how do RN and NP differ in education?").reply();
        assertTrue(education.contains("- Education: RNs need"), education);
        assertFalse(education.contains("Authority"), education);
    }

    @Test
    void aQuestionInBoldIsAHeadingOfItsOwn() {
        var howLong = bot.ask(null, "how long does it take to become a nurse practitioner?").reply();
        assertTrue(howLong.contains("Usually six to eight years, graduate school included."), howLong);
        assertFalse(howLong.contains("A:"), howLong);
        var license = bot.ask(null, "do nurse practitioners need a license?").reply();
        assertTrue(license.contains("NPs pass a national certification exam"), license);
        assertFalse(license.contains("six to eight"), license);
        // A question on the move answered by the FAQ's, though that asks a little more; not the move the other way.
        var move = bot.ask(null, "can a registered nurse become a nurse practitioner?").reply();
        assertTrue(move.contains("Many graduate programs are part-time"), move);
        var back = bot.ask(null, "can a nurse practitioner become a registered nurse?").reply();
        assertTrue(back.contains("don't cover"), back);
        // Asked for by its heading, the FAQ gives each question with its answer.
        var faq = bot.ask(null, "tell me about frequently asked questions").reply();
        assertTrue(faq.contains("**How long does it take to become an NP?**\nUsually six to eight years")
                && faq.contains("**Do NPs need a license?**\nYes."), faq);
        // Told one at a time, as the questions of an FAQ under headings are.
        var overview = bot.ask(null, "what does an NP do?");
        bot.ask(overview.sessionId(), "tell me more");
        var more = bot.ask(overview.sessionId(), "tell me more").reply();
        assertTrue(more.contains("**How long does it take to become an NP?**")
                && more.contains("- Do NPs need a license?"), more);
    }
}
