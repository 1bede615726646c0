package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journalists and PR specialists, beside the seed, introduced in turn in one paragraph ("A journalist researches… A
 * PR specialist shapes…") and then quoted by two who do the jobs ("**Dana (journalist):** I check the wires at
 * 7am…"): what a role does is the article's account of it, not one person's day, which still tells what the work
 * looks like.
 */
class InterviewedPractitionersTest {

    private static final String ARTICLE = """
            ---
            title: "Journalist vs. PR specialist: two sides of the story"
            roles:
              - name: journalist
                aliases: [reporter, reporters, journalists]
              - name: public relations specialist
                aliases: [PR specialist, PR specialists, publicist, PR]
            ---

            # Journalist vs. PR specialist: two sides of the story

            Journalists and public relations specialists work with the same raw material, news, but for different
            masters. We asked two professionals about their jobs.

            ## The roles in brief

            A journalist researches, writes and reports news for a newspaper, broadcaster or website, and must stay
            independent of the people they cover. A PR specialist shapes how an organisation is seen by the public,
            writing press releases, pitching stories to journalists and handling crises.

            ## In their own words

            ### What does a typical day look like?

            **Dana (journalist):** I check the wires at 7am, pitch two or three stories at the 9:30 editorial meeting,
            and spend the afternoon on calls and writing. Deadline is 6pm, sometimes later.

            **Lee (PR specialist):** Mornings are media monitoring and client calls. In the afternoon I write releases
            and pitch them to reporters. It's more nine-to-five, unless there's a crisis.

            ### What is the hardest part?

            **Dana (journalist):** Job security. Newsrooms have been cutting staff for years.

            **Lee (PR specialist):** When a client makes a mistake, you're the one facing the cameras.

            ## Pay and prospects

            The median pay for reporters and correspondents was $57,500 in May 2023, and the BLS expects employment to
            decline 3% from 2023 to 2033. PR specialists earned a median of $69,780, with employment projected to grow
            6%.

            ## Switching sides

            Many journalists move into PR, where pay is higher and hours more regular. The move the other way is much
            rarer.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("journalist-vs-pr-specialist.md", ARTICLE);

    @Test
    void whatARoleDoesIsTheArticlesAccountNotWhatSomeoneDoingItSays() {
        var journalist = bot.ask(null, "what does a journalist do?").reply();
        assertTrue(journalist.contains("A journalist researches, writes and reports news"), journalist);
        assertFalse(journalist.contains("Dana"), journalist);
        var publicist = bot.ask(null, "what does a PR specialist do?").reply();
        assertTrue(publicist.contains("A PR specialist shapes how an organisation is seen by the public"), publicist);
        assertFalse(publicist.contains("Lee (PR specialist)") || publicist.contains("A journalist"), publicist);
        var day = bot.ask(null, "what is a typical day for a reporter?").reply();
        assertTrue(day.contains("I check the wires at 7am"), day);
    }
}
