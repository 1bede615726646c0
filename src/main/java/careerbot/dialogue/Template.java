package careerbot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One text of {@code templates.yml}, split once, when the file is read, into literal text and the names of its
 * {@code {placeholders}}: filling it is then a run of appends, with no scanning or pattern matching per reply.
 * A brace pair around anything but letters and underscores is literal text.
 */
record Template(List<String> literals, List<String> placeholders) {

    /** {@code literals} has one more element than {@code placeholders}: the text before, between and after them. */
    static Template parse(String text) {
        var literals = new ArrayList<String>();
        var placeholders = new ArrayList<String>();
        var literal = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 1, close);
            literal.append(text, at, open);
            if (isPlaceholderName(name)) {
                literals.add(literal.toString());
                literal.setLength(0);
                placeholders.add(name);
            } else {
                literal.append(text, open, close + 1);
            }
            at = close + 1;
        }
        literals.add(literal.append(text, at, text.length()).toString());
        return new Template(List.copyOf(literals), List.copyOf(placeholders));
    }

    private static boolean isPlaceholderName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && (c >= 128 || !Character.isLetter(c))) {
                return false;
            }
        }
        return true;
    }

    /** The text with each placeholder replaced by its value; one without a value is left empty. */
    String fill(Map<String, String> values) {
        int length = 0;
        for (var literal : literals) {
            length += literal.length();
        }
        var filled = new String[placeholders.size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = values.getOrDefault(placeholders.get(i), "");
            length += filled[i].length();
        }
        var out = new StringBuilder(length + filled.length).append(literals.get(0));
        for (int i = 0; i < filled.length; i++) {
            if (endsWithArticleA(out) && startsWithVowel(filled[i])) {
                out.insert(out.length() - 1, 'n'); // "a {role}" for an agile coach
            }
            out.append(filled[i]).append(literals.get(i + 1));
        }
        return out.toString();
    }

    /** The text ends with the word "a" or "A" and a space. */
    private static boolean endsWithArticleA(StringBuilder text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == ' ' && (text.charAt(n - 2) == 'a' || text.charAt(n - 2) == 'A')
                && (n == 2 || !Character.isLetterOrDigit(text.charAt(n - 3)));
    }

    /**
     * A vowel sound by its first letter; "u" is left out, as job titles say it "you" (a user researcher). An acronym
     * is said letter by letter, so it is the letter's name that counts: an HR generalist, an RN, a UX designer.
     */
    private static boolean startsWithVowel(String value) {
        if (value.isEmpty()) {
            return false;
        }
        int wordEnd = value.indexOf(' ') < 0 ? value.length() : value.indexOf(' ');
        boolean acronym = wordEnd > 1 && value.substring(0, wordEnd).chars().allMatch(Character::isUpperCase);
        return (acronym ? "AEFHILMNORSX" : "aeioAEIO").indexOf(value.charAt(0)) >= 0;
    }

    /** True when every placeholder has a non-empty value. */
    boolean canFill(Map<String, String> values) {
        for (var name : placeholders) {
            if (values.getOrDefault(name, "").isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
