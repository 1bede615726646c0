package careerbot.dialogue;

import careerbot.knowledge.Section;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * The words that tell the job outlook ({@code job_outlook} {@code find: telling}) where another topic is asked: under
 * "Pay and job outlook", "Employment of sous chefs is projected to grow" is no answer on their pay.
 */
@Singleton
final class OutlookWords {

    private final PassageFinder finder;
    private final Set<String> terms;

    OutlookWords(PassageFinder finder, AnswerWriter writer) {
        this.finder = finder;
        this.terms = finder.templateTerms(writer.templates().of(Intent.JOB_OUTLOOK).findString("telling"));
    }

    /** Whether a question asks the outlook, perhaps in words that ask rather than name a topic ("… and outlook"). */
    boolean askedIn(String question) {
        return finder.indexTerms(question).stream().anyMatch(terms::contains);
    }

    boolean headsSection(Section section) {
        return finder.headingIndexTerms(section).stream().anyMatch(terms::contains);
    }

    /** Whether a sentence holds enough of the words to tell the outlook: "employment … projected to grow". */
    boolean toldIn(PassageFinder.Sentence sentence, int enough) {
        return sentence.terms().stream().filter(terms::contains).limit(enough).count() == enough;
    }

    /**
     * Whether a section headed by the outlook and something else ("Pay and job outlook") says nothing of the other
     * thing asked (none of its terms), only the outlook.
     */
    boolean isAllASectionSays(Section section, Set<String> asked) {
        return headsSection(section) && asked.stream().noneMatch(terms::contains)
                && section.passages().stream().noneMatch(p -> finder.terms(p).stream().anyMatch(asked::contains));
    }
}
