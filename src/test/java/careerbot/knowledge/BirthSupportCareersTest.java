package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Midwives and doulas, beside the seed, in a British article with underlined headings and an FAQ folded into HTML
 * disclosure widgets ("<details><summary>Can a doula deliver a baby?</summary>"): each summary heads the answer it
 * folds away, and the section after the widgets is no part of it.
 */
class BirthSupportCareersTest {

    private static final String ARTICLE = """
            ---
            title: Midwife or doula? Two ways to support birth
            roles:
              - name: midwife
                aliases: [midwives, registered midwife, RM]
              - name: doula
                aliases: [birth doula]
            ---

            Midwife or doula? Two ways to support birth
            ===========================================

            Midwives and doulas both support women through pregnancy, labour and the first weeks after birth, but only
            one of them is a clinician.

            The midwife
            -----------

            A midwife is a registered healthcare professional who looks after the health of mother and baby. Midwives
            check the baby's growth, monitor labour, deliver babies and spot complications early. In the UK most
            midwives work for the NHS, in hospitals, birth centres and the community.

            The doula
            ---------

            A doula gives emotional and practical support, not medical care. Doulas help families prepare a birth plan,
            stay with the mother throughout labour and help at home in the weeks after the birth. A doula never
            examines the mother or the baby.

            Training
            --------

            To become a midwife you need a three-year midwifery degree approved by the Nursing and Midwifery Council
            (NMC), or a shortened course of about 20 months if you are already a registered adult nurse. There is no
            legal requirement to train as a doula, though most take a course of a few days with a recognised
            organisation such as Doula UK.

            Pay
            ---

            NHS midwives start on Band 5 (about £29,970 in 2024/25) and usually move to Band 6 within a couple of
            years. Doulas are self-employed and set their own fees; a birth package typically costs families between
            £800 and £1,500.

            <details>
            <summary>Can a doula deliver a baby?</summary>

            No. A doula does not deliver babies or give clinical advice. If a birth happens before the midwife arrives,
            the doula calls for help.

            </details>

            <details>
            <summary>Do I need a degree to be a doula?</summary>

            No degree is needed. Most doulas learn on a short course and through mentoring.

            </details>

            Whichever you choose, expect to be on call: babies arrive at any hour.

            Which should you choose?
            ------------------------

            Choose midwifery if you want clinical responsibility and are happy to work shifts, including nights. Choose
            doula work if you want to focus on one family at a time and prefer to set your own hours.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("midwife-vs-doula.md", ARTICLE);

    @Test
    void aDisclosureWidgetsSummaryHeadsWhatItFolds() {
        var delivers = bot.ask(null, "can a doula deliver a baby?").reply();
        assertTrue(delivers.contains("No. A doula does not deliver babies or give clinical advice."), delivers);
        assertTrue(delivers.contains("— Can a doula deliver a baby?"), delivers);
        var degree = bot.ask(null, "what do I need to become a doula?").reply();
        assertTrue(degree.contains("No degree is needed."), degree);
        var asked = bot.ask(null, "do I need a degree to be a doula?").reply();
        assertTrue(asked.contains("No degree is needed.") && !asked.contains("Whichever you choose"), asked);
        var pay = bot.ask(null, "doula pay").reply();
        assertTrue(pay.contains("between £800 and £1,500") && !pay.contains("Can a doula"), pay);
        var choice = bot.ask(null, "which suits me? I want to focus on one family at a time").reply();
        assertTrue(choice.contains("— Which should you choose?"), choice);
    }
}
