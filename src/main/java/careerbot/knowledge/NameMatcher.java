package careerbot.knowledge;

import careerbot.knowledge.RoleCatalog.Form;
import careerbot.knowledge.RoleCatalog.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds where a text names roles, word by word: at each word the longest of the roles' forms it starts, a name
 * widened by a word, a field ("plumbing"), a head two names share ({@link SharedHeads}) or a bare head
 * ({@link BareHeads}).
 */
final class NameMatcher {

    /** The fewest words of a name that names its role still with one more word inside. */
    private static final int WIDENED_NAME = 3;
    /** Pronouns that follow a verb as its object: after one, a word spelt like a role's field is the verb. */
    private static final Set<String> OBJECTS = Set.of("me", "us", "him", "them");
    /** The ending of a field named by its verb ("coding"), which may have lost the verb's "e" ("code"). */
    private static final String GERUND = "ing";

    /** Forms by their first word, so a text is matched against the few forms its words can start. */
    private final WordIndex<Form> byFirstWord;
    /** One-word forms by their first letters, for a text naming the field instead ("plumbing" for the plumber). */
    private final Map<String, List<Form>> oneWordByStart;
    private final BareHeads bareHeads;
    private final SharedHeads sharedHeads;
    /** Words of a topic the editors expect, which name no role's field: "Training and certification". */
    private final Predicate<String> topic;

    NameMatcher(WordIndex<Form> byFirstWord, Map<String, List<Form>> oneWordByStart, TitleWords titleWords,
                Predicate<String> topic) {
        this.byFirstWord = byFirstWord;
        this.oneWordByStart = oneWordByStart;
        this.topic = topic;
        this.bareHeads = new BareHeads(titleWords, word -> !byFirstWord.find(word, false).isEmpty());
        this.sharedHeads = new SharedHeads(this, byFirstWord, titleWords);
    }

    /** Role mentions in reading order, none overlapping; typos forgiven in a question, not in an article's text. */
    List<Mention> mentions(List<Words.Word> words, boolean typos) {
        var found = new ArrayList<Mention>();
        int i = 0;
        while (i < words.size()) {
            Form best = null;
            var candidates = candidates(words.get(i).text(), typos);
            for (var form : candidates) {
                int size = form.words().size();
                if (i + size <= words.size() && (best == null || size > best.words().size())
                        && matches(form, words, i, typos)) {
                    best = form;
                }
            }
            var widened = best == null && !candidates.isEmpty() ? withWordInserted(candidates, words, i, typos) : null;
            if (widened != null) {
                int last = i + widened.words().size();
                found.add(new Mention(widened.role(), words.get(i).start(), words.get(last).end()));
                i = last + 1;
                continue;
            }
            if (best == null) {
                var apart = sharedHeads.toldApart(words, i, typos);
                if (apart.isEmpty()) {
                    bareHeads.mention(words, i).ifPresent(found::add);
                }
                found.addAll(apart);
                i = apart.isEmpty() ? i + 1 : indexAt(words, apart.get(apart.size() - 1).end()) + 1;
                continue;
            }
            int last = i + best.words().size() - 1;
            var before = found.isEmpty() ? -1 : found.get(found.size() - 1).end();
            sharedHeads.elidedBefore(words, i, last, best.role(), before, typos).ifPresent(found::add);
            found.add(new Mention(best.role(), words.get(i).start(), words.get(last).end()));
            var after = best.words().size() > 1 ? sharedHeads.elidedAfter(words, i, last, best.role(), typos)
                    : Optional.<Mention>empty();
            after.ifPresent(found::add);
            i = after.isPresent() ? last + 3 : last + 1;
        }
        return found;
    }

    /**
     * A name of {@value #WIDENED_NAME} words or more among those a word starts, said with one more word before its
     * last: "real estate sales agents" names the real estate agent. A shorter name so widened is another job: "product
     * marketing manager" is no product manager.
     */
    private Form withWordInserted(List<Form> candidates, List<Words.Word> words, int at, boolean typos) {
        for (var form : candidates) {
            int size = form.words().size();
            if (size >= WIDENED_NAME && at + size < words.size()) {
                var around = new ArrayList<>(words.subList(at, at + size - 1));
                around.add(words.get(at + size));
                if (matches(form, around, 0, typos)) {
                    return form;
                }
            }
        }
        return null;
    }

    /** The index of the word ending where a mention ends. */
    private static int indexAt(List<Words.Word> words, int end) {
        int i = 0;
        while (words.get(i).end() < end) {
            i++;
        }
        return i;
    }

    /**
     * The forms a word can start: by the word itself, and a one-word form whose field it may name ("veterinary
     * medicine" is the veterinarian's, though "veterinary" starts "veterinary technician" too).
     */
    private List<Form> candidates(String word, boolean typos) {
        var forms = byFirstWord.find(word, typos);
        var fields = word.length() < Words.FIELD_KEY ? List.<Form>of()
                : oneWordByStart.getOrDefault(word.substring(0, Words.FIELD_KEY), List.of());
        if (fields.isEmpty() && word.endsWith(GERUND) && word.length() > Words.FIELD_KEY + 1) {
            // "Coding" starts as "coder" does once its verb has its "e" back.
            fields = oneWordByStart.getOrDefault(word.substring(0, Words.FIELD_KEY - 1) + "e", List.of());
        }
        if (forms.isEmpty() || fields.isEmpty()) {
            return forms.isEmpty() ? fields : forms;
        }
        var both = new ArrayList<>(forms);
        both.addAll(fields);
        return both;
    }

    /**
     * Each word of the form, as typed (one typo, two in long words after the first) or, for the last word, naming the
     * role's field: "data engineering" is about the data engineer, "plumbing" about the plumber, in a question or in
     * an article's "plumbing may suit you", unless a pronoun follows it as a verb's object ("tell me about…" names no
     * teller; but "is bookkeeping a dying job?" names the bookkeeper), nor, alone, a topic of the editors' synonyms
     * ("Training and certification" is no dog trainer's heading, though "personal training" is the personal
     * trainer's). The words before it must be there, so "management" alone names no product manager.
     */
    private boolean matches(Form form, List<Words.Word> words, int at, boolean typos) {
        for (int k = 0; k < form.words().size(); k++) {
            String typed = words.get(at + k).text();
            String known = form.words().get(k);
            boolean same = !typos ? Words.sameSingular(typed, known)
                    : k == 0 ? Words.sameWord(typed, known) : Words.sameLongWord(typed, known);
            if (!same && k == form.words().size() - 1) {
                // Not a verb spelt like the field: "tell me about…" names no teller.
                boolean verb = at + k + 1 < words.size() && OBJECTS.contains(words.get(at + k + 1).text());
                boolean alone = form.words().size() == 1;
                same = !verb && !(alone && topic.test(typed)) && Words.namesField(typed, known);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
