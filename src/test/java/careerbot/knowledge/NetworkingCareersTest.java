package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on network engineers and network administrators copied as text, beside the seed: a heading that sets the
 * roles side by side on their salary alone, the BLS's "network and computer systems administrators", and users who
 * write "admin".
 */
class NetworkingCareersTest {

    private static final String PAGE = """
            Skip to main content

            Career paths: Network engineer vs. network administrator — what's the difference?

            Published June 18, 2024| 7 minute read

                Network engineers and network administrators both keep an organization's computer networks running. \
            Engineers design and build networks, while administrators run and maintain them day to day.

                The U.S. Bureau of Labor Statistics expects employment of network and computer systems administrators \
            to decline 3% between 2023 and 2033, while employment of computer network architects, the category that \
            includes many network engineers, is projected to grow 13% over the same period.

                What does a network engineer do?

                A network engineer plans, designs and builds the networks that connect an organization's computers, \
            servers and cloud services.

                What does a network administrator do?

                A network administrator keeps an existing network healthy. Network administrators monitor performance, \
            install updates and patches, and troubleshoot outages.

                How to move from network administrator to network engineer

                Many network engineers start as administrators. To make the move, build a home lab, earn the CCNA \
            and then the CCNP, and volunteer for design projects at work.

                Network engineer vs. network administrator: Salary

                According to the BLS, network and computer systems administrators earned a median annual salary of \
            $95,360 in May 2023. Computer network architects earned a median of $129,840.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("network-engineer-vs-network-administrator.txt", PAGE);

    @Test
    void aHeadingComparingTheRolesOnOneSubjectIsNotTheirComparison() {
        var compared = bot.ask(null, "network engineer vs network administrator").reply();
        assertTrue(compared.contains("A network engineer plans, designs and builds"), compared);
        assertTrue(compared.contains("A network administrator keeps an existing network healthy."), compared);
    }

    @Test
    void aSectionHeadedByTheRoleAndTheTopicAnswersIt() {
        var pay = bot.ask(null, "how much does a network engineer make?").reply();
        assertTrue(pay.contains("Computer network architects earned a median of $129,840."), pay);
        assertFalse(pay.contains("CCNA"), pay);
    }

    @Test
    void aRoleIsNamedWithAnotherJobSharingItsLastWord() {
        var outlook = bot.ask(null, "what is the job outlook for network administrators?").reply();
        assertTrue(outlook.contains("to decline 3% between 2023 and 2033"), outlook);
    }

    @Test
    void adminIsShortForAdministrator() {
        var admin = bot.ask(null, "what does a network admin do?").reply();
        assertTrue(admin.contains("A network administrator keeps an existing network healthy."), admin);
    }
}
