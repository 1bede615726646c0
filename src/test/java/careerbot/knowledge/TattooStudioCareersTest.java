package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tattoo artists and body piercers, beside the seed, in an article with headings in capitals, abbreviations ("e.g.",
 * "approx.") and numbered references to its sources ("… during healing [1]."): the references' numbers are no part of
 * the sentences quoted; "how do they earn money?" asks their pay.
 */
class TattooStudioCareersTest {

    private static final String ARTICLE = """
            ---
            title: Tattoo artist vs. body piercer
            roles:
              - name: tattoo artist
                aliases: [tattooist, tattooists]
              - name: body piercer
                aliases: [piercer, piercers]
            ---

            # TATTOO ARTIST VS. BODY PIERCER

            Both jobs are done in studios, and many studios employ both. The skills, training and pay differ more than
            people expect.

            ## WHAT DOES A TATTOO ARTIST DO?

            A tattoo artist designs artwork with clients and applies it to the skin with a tattoo machine. A large
            piece, e.g. a full sleeve, can take 20 to 40 hours over several sessions. Tattooists also keep their
            equipment sterile and look after the client's skin during healing [1].

            ## WHAT DOES A BODY PIERCER DO?

            A body piercer places jewellery in the ear, nose, navel and other sites using sterile needles. Most
            piercings take only a few minutes; a piercer spends more time on aftercare advice, i.e. how to clean the
            piercing and how long it will take to heal (approx. 6 to 12 weeks for an earlobe) [2].

            ## TRAINING

            Both roles are usually learned through an apprenticeship in a studio. A tattoo apprenticeship typically
            lasts one to three years, and apprentices are often unpaid. A piercing apprenticeship is shorter, usually
            six months to a year. Most places also require a bloodborne pathogens course and a local licence [3].

            ## PAY

            Tattoo artists usually keep 40% to 60% of what the client pays, and the rest goes to the studio. Piercers
            earn less per job but do many more jobs a day; many also earn commission on the jewellery they sell.

            ## REFERENCES

            1. Health and Safety Executive, "Tattooing and body piercing", 2023.
            2. Association of Professional Piercers, "Healing times", 2022.
            3. Chartered Institute of Environmental Health, "Toolkit for tattooing and skin piercing", 2021.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("tattoo-artist-vs-body-piercer.md", ARTICLE);

    @Test
    void aReferencesNumberIsNoPartOfTheSentence() {
        var tattooist = bot.ask(null, "what does a tattoo artist do?").reply();
        assertTrue(tattooist.contains("look after the client's skin during healing.\n"), tattooist);
        var licence = bot.ask(null, "do I need a licence to be a piercer?").reply();
        assertTrue(licence.contains("a bloodborne pathogens course and a local licence."), licence);
        assertFalse(licence.contains("["), licence);
    }

    @Test
    void earningMoneyAsksThePay() {
        var pay = bot.ask(null, "how do piercers earn money?").reply();
        assertTrue(pay.contains("Piercers earn less per job but do many more jobs a day"), pay);
    }
}
