package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * iOS and Android developers, beside the seed, with front matter holding more than the title and roles (author, date,
 * tags): a name written with a capital inside ("iOS") keeps it where a reply's line starts with it.
 */
class MobileDevelopersTest {

    private static final String ARTICLE = """
            ---
            title: "iOS developer vs. Android developer"
            author: Careers team
            date: 2024-05-02
            tags: [mobile, software]
            roles:
              - name: iOS developer
                aliases: [iPhone developer, iOS engineer, iOS dev]
              - name: Android developer
                aliases: [Android engineer, Android dev]
            ---

            # iOS developer vs. Android developer

            Both build mobile apps, and the day-to-day work is similar: turning designs into screens, talking to
            back-end APIs, fixing crashes and shipping releases through an app store. The differences are in the tools,
            the languages and the devices they test on.

            ## Languages and tools

            iOS developers write Swift (and older code in Objective-C) in Xcode, which only runs on a Mac. Android
            developers write Kotlin (and older code in Java) in Android Studio, which runs on Windows, macOS and Linux.

            ## Devices and testing

            Apple makes a small number of iPhone models, so iOS developers test on relatively few screen sizes. Android
            developers must support thousands of devices from dozens of manufacturers, which makes testing a bigger
            part of the job.

            ## Releasing an app

            Every iOS release goes through Apple's App Review, which usually takes a day or two. Google Play's review
            is usually faster, and Android developers can also distribute apps outside the store.

            ## Salary

            In the US, mobile developers earn about the same on either platform; Glassdoor puts the average base pay at
            around $120,000 for both (2024).

            ## Which should you learn first?

            If you already own a Mac and an iPhone, start with iOS. If you want the largest number of users worldwide,
            start with Android, which runs on about 70% of the world's smartphones.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("ios-vs-android-developer.md", ARTICLE);

    @Test
    void aNameWithACapitalInsideIsWrittenAsItsOwnerWritesIt() {
        var compared = bot.ask(null, "iOS developer vs Android developer").reply();
        assertTrue(compared.startsWith("**iOS developer vs Android developer**"), compared);
        assertTrue(compared.contains("- *iOS developer:* Apple makes a small number of iPhone models"), compared);
        var languages = bot.ask(null, "what languages do android developers use?").reply();
        assertTrue(languages.contains("Android developers write Kotlin"), languages);
    }
}
