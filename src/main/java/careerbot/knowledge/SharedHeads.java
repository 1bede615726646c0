package careerbot.knowledge;

import careerbot.knowledge.RoleCatalog.Form;
import careerbot.knowledge.RoleCatalog.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two roles whose names end alike, named together with their head said once ("frontend and backend developers",
 * "data analyst or scientist") or left out ("front-end or back-end?"): what {@link RoleCatalog} reads beside each
 * name written whole.
 */
final class SharedHeads {

    /** Words that join two role names sharing a part said once: "frontend and backend developers". */
    private static final Set<String> COORDINATING = Set.of("and", "or", "vs", "versus", "nor");
    /** Words of a role's own part before a shared head: "front end" in "front end and back end developers". */
    private static final int MODIFIER_WORDS = 2;

    private final NameMatcher names;
    private final WordIndex<Form> byFirstWord;
    private final TitleWords titleWords;

    /** @param names what reads the names written whole; only asked once it is built */
    SharedHeads(NameMatcher names, WordIndex<Form> byFirstWord, TitleWords titleWords) {
        this.names = names;
        this.byFirstWord = byFirstWord;
        this.titleWords = titleWords;
    }

    /**
     * A role whose name ends as the one at {@code at..last} does, its head said once for both: "frontend" in
     * "frontend and backend developers", "physical" in "physical or occupational therapists".
     */
    Optional<Mention> elidedBefore(List<Words.Word> words, int at, int last, String role, int lastEnd,
                                   boolean typos) {
        if (at < 2 || !COORDINATING.contains(words.get(at - 1).text())) {
            return Optional.empty();
        }
        for (int n = 1; n <= MODIFIER_WORDS && at - 1 - n >= 0 && words.get(at - 1 - n).start() > lastEnd; n++) {
            var modifier = words.subList(at - 1 - n, at - 1);
            var named = wholly(modifier, words.get(last), role, typos);
            if (named.isPresent()) {
                return Optional.of(new Mention(named.get(), modifier.get(0).start(), modifier.get(n - 1).end()));
            }
        }
        return Optional.empty();
    }

    /**
     * Two roles sharing a head named by what tells them apart, the head left out: "front-end or back-end?",
     * "physical vs occupational". With a head after them ("front end or back end engineer", "physical and occupational
     * therapy"), {@link #elidedBefore} reads them.
     */
    List<Mention> toldApart(List<Words.Word> words, int at, boolean typos) {
        if (!coordinatedSoon(words, at)) {
            return List.of(); // most words: no names looked up again
        }
        for (var form : byFirstWord.find(words.get(at).text(), typos)) {
            int size = form.words().size() - 1;
            int or = at + size;
            if (size < 1 || or + 1 >= words.size() || !COORDINATING.contains(words.get(or).text())
                    || !startsAs(form, size, words, at, typos)) {
                continue;
            }
            var head = form.words().get(size);
            for (var other : byFirstWord.find(words.get(or + 1).text(), typos)) {
                int otherSize = other.words().size() - 1;
                int end = or + otherSize;
                if (!other.role().equals(form.role()) && otherSize >= 1 && end < words.size()
                        && other.words().get(otherSize).equals(head) && startsAs(other, otherSize, words, or + 1, typos)
                        && (end + 1 >= words.size() || !namesAHead(words.get(end + 1).text(), head))) {
                    return List.of(new Mention(form.role(), words.get(at).start(), words.get(or - 1).end()),
                            new Mention(other.role(), words.get(or + 1).start(), words.get(end).end()));
                }
            }
            // Not "frontend and backend developers", which names two roles (elidedBefore reads them).
            int headAt = byFirstWord.find(words.get(or + 1).text(), typos).isEmpty()
                    ? headAfterOtherWords(words, or, head) : -1;
            if (headAt > 0) {
                return List.of(new Mention(form.role(), words.get(at).start(), words.get(headAt).end()));
            }
        }
        return List.of();
    }

    /**
     * Where the head stands after the coordinating word at {@code or} and the words of a job that is no role of the
     * articles, all in one phrase: "network and computer systems administrators" names network administrators.
     */
    private static int headAfterOtherWords(List<Words.Word> words, int or, String head) {
        for (int k = or + 1; k <= or + 1 + MODIFIER_WORDS && k < words.size(); k++) {
            if (words.get(k).start() - words.get(k - 1).end() > 1) {
                return -1; // "network and computer, …": no longer one phrase
            }
            if (k > or + 1 && Words.singular(words.get(k).text()).equals(Words.singular(head))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether one of the words just after the modifier a word may start joins it to another. */
    private static boolean coordinatedSoon(List<Words.Word> words, int at) {
        for (int k = at + 1; k <= at + MODIFIER_WORDS && k < words.size(); k++) {
            if (COORDINATING.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a head of names ("engineer"), or names this head's field ("therapy" for "therapist"). */
    private boolean namesAHead(String word, String head) {
        return !titleWords.endingIn(word).isEmpty() || Words.namesField(word, head);
    }

    /** Whether the first {@code size} words of the form are typed at {@code at}, one typo a word if allowed. */
    private static boolean startsAs(Form form, int size, List<Words.Word> words, int at, boolean typos) {
        for (int k = 0; k < size; k++) {
            String typed = words.get(at + k).text();
            String known = form.words().get(k);
            if (!(typos ? Words.sameWord(typed, known) : Words.singular(typed).equals(Words.singular(known)))) {
                return false;
            }
        }
        return true;
    }

    /** A role whose name starts as the one at {@code at..last} does: "scientist" in "data analyst or scientist". */
    Optional<Mention> elidedAfter(List<Words.Word> words, int at, int last, String role, boolean typos) {
        if (last + 2 >= words.size() || !COORDINATING.contains(words.get(last + 1).text())) {
            return Optional.empty();
        }
        var head = words.get(last + 2);
        return wholly(words.subList(at, last), head, role, typos).map(r -> new Mention(r, head.start(), head.end()));
    }

    /**
     * The role other than this one that the words and the head name together, all of them: "survey" before "a" names
     * the surveyor's field, not a role whose head is "a"; "supply chain manager vs logistics manager" names no
     * "supply chain logistics", though "logistics" alone names the logistics manager's field.
     */
    private Optional<String> wholly(List<Words.Word> words, Words.Word head, String role, boolean typos) {
        var together = new ArrayList<>(words);
        together.add(head);
        var named = names.mentions(together, typos);
        boolean whole = named.size() == 1 && named.get(0).start() == together.get(0).start()
                && named.get(0).end() == head.end();
        return whole && !named.get(0).role().equals(role) ? Optional.of(named.get(0).role()) : Optional.empty();
    }
}
