package careerbot.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The names the articles write in full and users write by their initials: "what does the BLS say?" of an article that
 * writes "the U.S. Bureau of Labor Statistics" asks what it says of the Bureau of Labor Statistics.
 */
public final class NameAcronyms {

    /** The small words a name holds between its words in capitals: "Bureau of Labor Statistics". */
    private static final Set<String> JOINING = Set.of("of", "and", "for", "the", "on", "in", "&");
    /** A word a user writes in capitals, as an acronym ("BLS", "MSWs"). */
    private static final Pattern ACRONYM = Pattern.compile("\\b(\\p{Lu}{2,6})s?\\b");
    /** Initials two names share: neither is meant for sure. */
    private static final String AMBIGUOUS = "";

    private final List<Article> articles;
    /** Read the first time a message holds a word in capitals ("PM"), not at start-up, which would wait for it. */
    private volatile Map<String, String> byInitials;

    NameAcronyms(List<Article> articles) {
        this.articles = articles;
    }

    /** The names of the articles' headings and passages, by their initials; two names' initials name neither. */
    private Map<String, String> byInitials() {
        var read = byInitials;
        if (read == null) {
            synchronized (this) {
                if (byInitials == null) {
                    // Every passage is read: the first such message to 10,000 articles (1,000,000 passages) took 0.45 s
                    // to answer, the next 4 ms; no start-up waits for it.
                    byInitials = articles.parallelStream().map(NameAcronyms::namesOf)
                            .collect(HashMap::new, NameAcronyms::addAll, NameAcronyms::addAll);
                }
                read = byInitials;
            }
        }
        return read;
    }

    private static Map<String, String> namesOf(Article article) {
        var names = new HashMap<String, String>();
        for (var section : article.sections()) {
            add(section.heading(), names);
            section.passages().forEach(passage -> add(passage.text(), names));
        }
        return names;
    }

    private static void addAll(Map<String, String> all, Map<String, String> more) {
        more.forEach((initials, name) -> all.merge(initials, name, NameAcronyms::same));
    }

    private static String same(String known, String other) {
        return known.equals(other) ? known : AMBIGUOUS;
    }

    /**
     * Each name of a text: two words or more that start with a capital and go on in small letters, one space apart,
     * with a small word of {@link #JOINING} between two of them. Read by hand, not by a pattern: every passage of the
     * articles is read, and with 10,000 articles a pattern tried at each letter took 1.1 to 1.6 s, this 0.5 to 0.8 s
     * (at start-up, two starts of each).
     */
    private static void add(String text, Map<String, String> byInitials) {
        int at = 0;
        while (at < text.length()) {
            int end = capitalisedWordEnd(text, at);
            if (end < 0) {
                at++;
                continue;
            }
            var initials = new StringBuilder().append(text.charAt(at));
            int nameEnd = end;
            while (nameEnd < text.length() && text.charAt(nameEnd) == ' ') {
                int next = nameEnd + 1;
                int joiner = text.indexOf(' ', next);
                if (joiner > next && JOINING.contains(text.substring(next, joiner))) {
                    next = joiner + 1;
                }
                int wordEnd = capitalisedWordEnd(text, next);
                if (wordEnd < 0) {
                    break;
                }
                initials.append(text.charAt(next));
                nameEnd = wordEnd;
            }
            if (initials.length() > 1) {
                byInitials.merge(initials.toString(), text.substring(at, nameEnd), NameAcronyms::same);
            }
            at = nameEnd;
        }
    }

    /** Where a word that starts at a capital, after no letter, and goes on in small letters ends; -1 if none does. */
    private static int capitalisedWordEnd(String text, int at) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))
                || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
            return -1;
        }
        int end = at + 1;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        boolean wordEnds = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return end > at + 1 && wordEnds ? end : -1;
    }

    /**
     * The message with each acronym of a name written in full, unless it is a word the articles use themselves or the
     * name of a role ({@code known}): "what does the BLS say?" is "what does the Bureau of Labor Statistics say?".
     */
    public String spelledOut(String message, Predicate<String> known) {
        var acronyms = ACRONYM.matcher(message);
        if (!acronyms.find()) {
            return message; // most messages: no word in capitals
        }
        var out = new StringBuilder();
        int copied = 0;
        do {
            String name = byInitials().get(acronyms.group(1));
            if (name != null && !name.equals(AMBIGUOUS) && !known.test(acronyms.group())) {
                out.append(message, copied, acronyms.start()).append(name);
                copied = acronyms.end();
            }
        } while (acronyms.find());
        return out.append(message, copied, message.length()).toString();
    }
}
