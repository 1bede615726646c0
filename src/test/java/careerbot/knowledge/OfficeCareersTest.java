package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with a section on each role and a table setting them side by side ("Skills at a glance"): compared,
 * what each one does comes first, then the table under its heading.
 */
class OfficeCareersTest {

    private static final String ARTICLE = """
            # Receptionist vs data entry clerk: two entry-level office jobs

            ## Receptionist

            Receptionists greet visitors, answer phones and book appointments.

            ## Data entry clerk

            Data entry clerks type information into databases and spreadsheets and check records for errors.

            ## Skills at a glance

            | Skill | Receptionist | Data entry clerk |
            | --- | --- | --- |
            | Typing speed | Helpful | Essential |
            | People skills | Essential | Rarely needed |
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("receptionist-vs-data-entry-clerk.md", ARTICLE);

    @Test
    void aTableSettingTheRolesSideBySideComesAfterWhatEachDoes() {
        var reply = bot.ask(null, "receptionist vs data entry clerk").reply();
        assertTrue(reply.contains("**Receptionist**\nReceptionists greet visitors")
                && reply.contains("**Data entry clerk**\nData entry clerks type information"), reply);
        assertTrue(reply.indexOf("Data entry clerks type information")
                < reply.indexOf("**Skills at a glance**\n- Typing speed — Receptionist: Helpful"), reply);
    }
}
