package careerbot.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The word-level view of text shared by role matching and the intent features: lower-cased runs of letters and
 * digits (apostrophes inside a word kept), with their offsets so a match can be cut out of the original text.
 */
public final class Words {

    /** The articles, lower case: what may stand before a role's name ("an am", "the PO"). */
    public static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words shorter than this must be spelled right: "pm" one edit from "pms" or "am" is no typo. */
    static final int MIN_TYPO_LENGTH = 4;
    static final int MIN_TWO_TYPO_LENGTH = 8;
    /** Letters a word must share with a title's word to name its field (see {@link #namesField}). */
    static final int MIN_FIELD_START = 5;
    /**
     * The most letters a field goes on with past the start it shares with the title ("-ology" of "technology"); more
     * are another word: "psycho|therapy" is no psychologist's field.
     */
    private static final int MAX_FIELD_ENDING = 5;
    /** Letters that file a one-word title for field lookups: "nurs" finds "nurse" from "nursing". */
    static final int FIELD_KEY = 4;
    /** The ending of one who does what a verb in "-e" says: "coder", "baker". */
    private static final String VERB_IN_E_AGENT = "er";
    /** The endings that make a job of a field: "tester", "banker", "editor". */
    private static final List<String> AGENTS = List.of("er", "or");
    /** The ending of a science ("dietetics") and those of the titles of the people who practise one. */
    private static final String SCIENCE = "ics";
    private static final List<String> SCIENTISTS = List.of("ian", "ist");

    /** One word and where it stands in the text. */
    public record Word(String text, int start, int end) { }

    private Words() {
    }

    public static List<Word> of(String text) {
        var words = new ArrayList<Word>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            boolean plain = true;
            while (i < n) {
                char c = text.charAt(i);
                boolean inner = (c == '\'' || c == '’' || c == '-') && i > start && i + 1 < n && isWordChar(text, i + 1);
                if (!inner && !isWordChar(text, i)) {
                    break;
                }
                plain &= c < 128 && (c < 'A' || c > 'Z') && c != '’';
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                String word = text.substring(start, i);
                words.add(new Word(plain ? word : word.toLowerCase(Locale.ROOT).replace('’', '\''), start, i));
            }
        }
        return words;
    }

    /**
     * The ways a name holding a hyphenated word is typed: as written ("front-end engineer"), run together ("frontend
     * engineer") and apart ("front end engineer"). Only the name as written when it holds none.
     */
    static List<List<String>> spellings(List<String> words) {
        if (words.stream().noneMatch(w -> w.indexOf('-') > 0)) {
            return List.of(words);
        }
        var together = new ArrayList<String>(words.size());
        var apart = new ArrayList<String>(words.size() + 1);
        for (var word : words) {
            together.add(word.replace("-", ""));
            apart.addAll(List.of(word.split("-")));
        }
        return List.of(words, together, apart);
    }

    /** How many pairs of neighbouring letters two texts share, case aside: how alike they are spelt. */
    static int letterPairsShared(String one, String other) {
        var pairs = letterPairs(one);
        pairs.retainAll(letterPairs(other));
        return pairs.size();
    }

    private static Set<String> letterPairs(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        var pairs = new HashSet<String>();
        for (int i = 0; i + 1 < lower.length(); i++) {
            if (Character.isLetter(lower.charAt(i)) && Character.isLetter(lower.charAt(i + 1))) {
                pairs.add(lower.substring(i, i + 2));
            }
        }
        return pairs;
    }

    /** The words of a text as {@link #of} splits them, without their places: lower case, "’" as "'". */
    public static List<String> texts(String text) {
        return of(text).stream().map(Word::text).toList();
    }

    /** Each word without its plural ending ({@link #singular}), in order: what a list of words to look for matches. */
    public static String[] singulars(List<Word> words) {
        var singular = new String[words.size()];
        for (int i = 0; i < singular.length; i++) {
            singular[i] = singular(words.get(i).text());
        }
        return singular;
    }

    private static boolean isWordChar(String text, int at) {
        char c = text.charAt(at);
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(text.codePointAt(at));
    }

    /** The text with its first letter in capitals: "Product owner", "Scope of practice". */
    public static String capitalised(String text) {
        // "iOS developer", "eBay seller": a name with a capital inside is written as its owner writes it.
        for (int i = 1; i < text.length() && text.charAt(i) != ' '; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return text;
            }
        }
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Drops a plural or possessive ending so "owners", "owner's" and "owner" compare equal. */
    public static String singular(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s'")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * True when two words are the same or, for words of four letters or more, one edit apart (insertion, deletion,
     * substitution or swap of neighbours): "manger" is "manager", but "pm" is never "pms" misspelled. A word ending in
     * "s" is compared as written too: "busines" is "business", though read as a plural it would be "busine".
     */
    public static boolean sameWord(String typed, String known) {
        return similar(singular(typed), singular(known), false) || similar(typed, known, false)
                || pluralInIes(typed, known);
    }

    /**
     * Whether two words are one, as {@link #singular} sees them, as a word in "-y" and its plural in "-ies", or as a
     * word in a hissing sound and its plural in "-es" ("coaches").
     */
    static boolean sameSingular(String typed, String known) {
        return singular(typed).equals(singular(known)) || pluralInIes(typed, known) || known.equals(esStem(typed));
    }

    /**
     * The singular of a plural in "-es" after a hissing sound ("coach" of "coaches", "boss" of "bosses"), which
     * {@link #singular} reads as "coache" so that "niches" stays "niche"; null for any other word.
     */
    static String esStem(String word) {
        if (word.length() < 5 || !word.endsWith("es")) {
            return null;
        }
        var stem = word.substring(0, word.length() - 2);
        boolean hissing = stem.endsWith("ch") || stem.endsWith("sh") || stem.endsWith("ss") || stem.endsWith("x")
                || stem.endsWith("z");
        return hissing ? stem : null;
    }

    /** Whether the first word is the plural in "-ies" of the second, in "-y": "actuaries". */
    private static boolean pluralInIes(String typed, String known) {
        var stem = iesStem(known);
        return stem != null && singular(typed).equals(stem);
    }

    /**
     * What {@link #singular} makes of the plural of a word in "-y" ("actuarie" of "actuaries", for "actuary"); null
     * for any other word. Reading "-ies" as "-y" in every word would make "movies" "movy".
     */
    private static String iesStem(String word) {
        return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ie" : null;
    }

    /**
     * {@link #sameWord}, or for long words ({@value #MIN_TWO_TYPO_LENGTH} letters or more) two edits apart: the rest
     * of a role's name once its first word is matched ("nurse practioner"), where a long word with two slips is still
     * the only one it can be.
     */
    static boolean sameLongWord(String typed, String known) {
        return similar(singular(typed), singular(known), true);
    }

    /**
     * Whether a word names the field of a job title's last word rather than the job ("plumbing" for "plumber",
     * "electrical" for "electrician", "engineering" for "engineer", "nursing" for "nurse"): the two share a start of
     * {@value #MIN_FIELD_START} letters or more that is at least half the title's word, followed by a field's ending
     * of up to {@value #MAX_FIELD_ENDING} ("psychology", not "psychotherapy", for "psychologist"), or their English
     * stem, the title's taken without the "-er" or "-or" of the one who does it ("testing" for "tester", which the
     * stemmer keeps whole, "editing" for "editor"), or without its "-r" when the verb ends in "e" ("writing" for
     * "writer").
     * A plural names things of the field, not the field: "many pharmacies are open late", "therapies".
     */
    public static boolean namesField(String typed, String titleWord) {
        if (isPlural(typed)) {
            return false;
        }
        int shared = 0;
        while (shared < typed.length() && shared < titleWord.length() && typed.charAt(shared) == titleWord.charAt(shared)) {
            shared++;
        }
        if (shared >= MIN_FIELD_START && shared * 2 >= titleWord.length()
                && typed.length() - shared <= MAX_FIELD_ENDING) {
            return true;
        }
        if (shared < FIELD_KEY) {
            // A verb of three letters and an "e": "coding" for "coder", "baking" for "baker"; stemmed only then.
            return shared == FIELD_KEY - 1 && titleWord.endsWith(VERB_IN_E_AGENT)
                    && typed.length() > titleWord.length()
                    && stem(typed).equals(stem(titleWord.substring(0, titleWord.length() - 1)));
        }
        String stem = stem(typed);
        if (stem.equals(stem(titleWord))) {
            return true;
        }
        return AGENTS.stream().anyMatch(agent -> titleWord.endsWith(agent)
                && (stem.equals(stem(withoutEnding(titleWord, agent)))
                || stem.equals(stem(titleWord.substring(0, titleWord.length() - 1)))))
                || isScienceOf(typed, titleWord);
    }

    /**
     * A science in "-ics" of a title in "-ian" or "-ist", the two alike before those endings but for a letter:
     * "dietetics" of "dietitian", which share too short a start to be told by it.
     */
    private static boolean isScienceOf(String typed, String titleWord) {
        return typed.endsWith(SCIENCE) && SCIENTISTS.stream().anyMatch(ending -> titleWord.endsWith(ending)
                && similar(withoutEnding(typed, SCIENCE), withoutEnding(titleWord, ending), false));
    }

    private static String withoutEnding(String word, String ending) {
        return word.substring(0, word.length() - ending.length());
    }

    /** A plural as written: "pharmacies", but not "economics" or "analysis", which only end like one. */
    private static boolean isPlural(String word) {
        return !singular(word).equals(word) && !word.endsWith("ics") && !word.endsWith("is");
    }

    /** The word's English stem (Snowball's Porter2). */
    static String stem(String word) {
        var stemmer = new EnglishStemmer(); // it keeps the word being stemmed: one per call, as threads share this
        stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean similar(String a, String b, boolean twoSlipsInLongWords) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (twoSlipsInLongWords && shorter >= MIN_TWO_TYPO_LENGTH) {
            return withinTwoEdits(a, b);
        }
        return shorter >= MIN_TYPO_LENGTH && withinOneEdit(a, b);
    }

    /** Optimal string alignment distance at most two (insertions, deletions, substitutions, swaps of neighbours). */
    static boolean withinTwoEdits(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > 2) {
                return false;
            }
            int[] oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.length()] <= 2;
    }

    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
