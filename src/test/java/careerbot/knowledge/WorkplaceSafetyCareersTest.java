package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health & safety officers and environmental officers, beside the seed: a name written with an ampersand is asked with
 * "and"; GitHub's callouts ("> [!TIP]") say their text without their kind; headings closed by "#" or ending in a colon
 * ("## Salary: ##") are their words; a section listing an item on each role is an aspect of their differences.
 */
class WorkplaceSafetyCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Health & safety officer vs. environmental officer"
            roles:
              - name: health & safety officer
                aliases: [H&S officer, safety officer]
              - name: environmental officer
                aliases: [environmental health officer, EHO]
            ---

            # Health & safety officer vs. environmental officer #

            Both roles protect people, but from different hazards: one inside the workplace, the other in the wider
            environment.

            ## What does a health & safety officer do? ##

            A health & safety officer makes sure a workplace follows safety law. They carry out risk assessments,
            investigate accidents, run fire drills and train staff in safe working practices.

            > [!TIP]
            > Construction and manufacturing employ the most safety officers, because their sites have the most
            > hazards.

            ## What does an environmental officer do? ##

            An environmental officer checks that organisations meet environmental and public health rules. They inspect
            food premises, investigate noise and pollution complaints, and test air and water quality.

            > [!NOTE]
            > Most environmental officers work for local councils.

            ## Qualifications: ##

            - Health & safety officers usually hold a NEBOSH General Certificate, and many go on to a NEBOSH Diploma.
            - Environmental officers need a degree in environmental health accredited by the CIEH.

            ## Salary: ##

            Health & safety officers typically earn £28,000 to £40,000. Environmental officers earn £26,000 to £38,000,
            rising to around £45,000 for senior posts.

            ## FAQ

            ### Do these jobs involve travel?

            - **Health & safety officer:** often, if the employer has several sites.
            - **Environmental officer:** yes, daily, to inspect premises across the council's area.

            ### Can a health & safety officer become an environmental officer?

            Yes, but they would usually need to complete an accredited environmental health degree first.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("health-and-safety-vs-environmental-officer.md", ARTICLE);

    @Test
    void anAmpersandInANameIsAskedWithAnd() {
        var officer = bot.ask(null, "what does a health and safety officer do?").reply();
        assertTrue(officer.contains("A health & safety officer makes sure a workplace follows safety law."), officer);
    }

    @Test
    void aCalloutSaysItsTextWithoutItsKind() {
        var work = bot.ask(null, "where do environmental officers work?").reply();
        assertTrue(work.contains("Most environmental officers work for local councils."), work);
        assertFalse(work.contains("NOTE"), work);
        var officer = bot.ask(null, "what does a health & safety officer do?").reply();
        assertTrue(officer.contains("\n\nConstruction and manufacturing employ the most safety officers"), officer);
    }

    @Test
    void comparedBySectionsHeadedWithAColonAndListingAnItemOnEach() {
        var compared = bot.ask(null, "health and safety officer vs environmental officer").reply();
        assertTrue(compared.contains("**Salary**\n"), compared);
        assertTrue(compared.contains("**Qualifications**\n- *Health & safety officer:* Health & safety officers "
                + "usually hold a NEBOSH General Certificate"), compared);
    }
}
