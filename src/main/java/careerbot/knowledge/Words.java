package careerbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word-level view of text shared by role matching and the intent features: lower-cased runs of letters and
 * digits (apostrophes inside a word kept), with their offsets so a match can be cut out of the original text.
 */
public final class Words {

    /** Words shorter than this must be spelled right: "pm" one edit from "pms" or "am" is no typo. */
    static final int MIN_TYPO_LENGTH = 4;

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

    private static boolean isWordChar(String text, int at) {
        char c = text.charAt(at);
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(text.codePointAt(at));
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
     * substitution or swap of neighbours): "manger" is "manager", but "pm" is never "pms" misspelled.
     */
    public static boolean sameWord(String typed, String known) {
        String a = singular(typed);
        String b = singular(known);
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= MIN_TYPO_LENGTH && withinOneEdit(a, b);
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
