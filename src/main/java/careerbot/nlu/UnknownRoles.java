package careerbot.nlu;

import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Notices job titles no article covers: a word that ends a job title ("manager", "scientist"), with the word
 * before it when that word is part of the title ("project manager"), that is not a covered role.
 */
final class UnknownRoles {

    /** Words a title is not followed by, though a verb spelt like one is ("lead a class"), and that may precede one. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "our", "your", "their", "his", "her");
    private static final Set<String> NOT_A_MODIFIER = Set.of("what", "which", "who", "whose", "does", "do", "did", "good",
            "great", "new", "i'm", "im", "am", "my", "your", "our", "being", "become", "becoming", "vs", "versus", "or",
            "about", "me", "from", "than", "like", "other", "another", "any", "each", "every", "all", "both", "some", "same",
            "also", "just", "only", "many", "most", "more", "compare", "comparing", "contrast", "describe", "explain",
            "define");

    /** Words that set one job against another. */
    private static final Set<String> COMPARING = Set.of("vs", "versus", "or");

    private final Set<String> titleWords = new HashSet<>();
    private final RoleCatalog roles;

    UnknownRoles(RoleCatalog roles, Set<String> jobTitleWords) {
        this.roles = roles;
        this.titleWords.addAll(jobTitleWords);
        this.titleWords.addAll(roles.headWords());
    }

    /**
     * The mentions less a role's field said before a job title: "veterinary" names the veterinarian's field in
     * "veterinary medicine", but a "veterinary nurse" is another job.
     */
    List<RoleCatalog.Mention> withoutFieldsBeforeTitles(List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        var kept = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < words.size() && !kept.isEmpty(); i++) {
            var word = words.get(i);
            var next = words.get(i + 1);
            if (titleWords.contains(Words.singular(next.text())) && !insideMention(next, mentions)) {
                kept.removeIf(m -> m.start() == word.start() && m.end() == word.end()
                        && !roles.isNamedBy(m.role(), word.text()));
            }
        }
        return kept;
    }

    /**
     * The mentions less a role's last word given as its alias ("broker" of "real estate broker", "designer" of "web
     * designer") after a word that makes it another job: a "mortgage broker", a "graphic designer", which no article
     * covers; unless the role's article writes the two words together ("experienced agents").
     */
    List<RoleCatalog.Mention> withoutHeadsOfOtherTitles(String message, List<Words.Word> words,
                                                        List<RoleCatalog.Mention> mentions) {
        var kept = new ArrayList<RoleCatalog.Mention>(mentions.size());
        for (var mention : mentions) {
            if (!namesAnotherJob(message, words, mention, mentions)) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private boolean namesAnotherJob(String message, List<Words.Word> words, RoleCatalog.Mention mention,
                                    List<RoleCatalog.Mention> mentions) {
        for (int i = 1; i < words.size(); i++) {
            var word = words.get(i);
            if (word.start() == mention.start() && word.end() == mention.end()) {
                var before = words.get(i - 1);
                return adjoin(message, before, word) && isModifier(before, mentions)
                        && isLastWordOfName(word.text(), mention.role())
                        && !articleWrites(mention.role(), before.text(), word.text());
            }
        }
        return false;
    }

    /** Whether nothing but spaces stands between two words: not "homes, agent". */
    private static boolean adjoin(String message, Words.Word before, Words.Word word) {
        for (int at = before.end(); at < word.start(); at++) {
            if (!Character.isWhitespace(message.charAt(at))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLastWordOfName(String word, String role) {
        var name = Words.texts(role);
        return name.size() > 1 && Words.singular(word).equals(Words.singular(name.get(name.size() - 1)));
    }

    private boolean articleWrites(String role, String modifier, String head) {
        var together = Pattern.compile("\\b" + Pattern.quote(modifier) + "\\s+" + Pattern.quote(Words.singular(head))
                + "(?:s|es)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return roles.articleOf(role).stream().flatMap(article -> article.sections().stream())
                .anyMatch(section -> together.matcher(section.heading()).find()
                        || section.passages().stream().anyMatch(p -> together.matcher(p.text()).find()));
    }

    /**
     * Job titles no article covers that a message names.
     *
     * @param names              the titles, in order
     * @param setAgainstCovered  whether one is set against a covered role the message names: "firefighter or
     *                           paramedic, which pays more?", "PO vs scrum master"
     */
    record Titles(List<String> names, boolean setAgainstCovered) {
    }

    Titles in(List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        var found = new ArrayList<String>();
        boolean setAgainst = false;
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            if (!titleWords.contains(Words.singular(word.text())) || insideMention(word, mentions)
                    || isVerb(words, i, mentions)) {
                continue;
            }
            boolean modified = i > 0 && isModifier(words.get(i - 1), mentions);
            boolean compared = !mentions.isEmpty() && comparedWithAnother(words, modified ? i - 1 : i, i);
            if (!modified && !mentions.isEmpty() && !compared) {
                // A bare "manager" next to a covered role is that role, not another one; "nurse" set against one by
                // "vs" or "or" is a job of its own.
                continue;
            }
            String head = Words.singular(word.text());
            found.add(modified ? words.get(i - 1).text() + " " + head : head);
            setAgainst |= compared;
        }
        return new Titles(found, setAgainst);
    }

    /**
     * Whether the words from first to last are set against others by "vs" or "or", a determiner perhaps between:
     * "firefighter vs nurse", "firefighter or a paramedic", "nurse or firefighter?".
     */
    private static boolean comparedWithAnother(List<Words.Word> words, int first, int last) {
        int before = first - 1;
        if (before > 0 && DETERMINERS.contains(words.get(before).text())) {
            before--;
        }
        return before >= 0 && COMPARING.contains(words.get(before).text())
                || last + 1 < words.size() && COMPARING.contains(words.get(last + 1).text());
    }

    /**
     * Whether a title word is said as a verb: followed by a determiner and not preceded by one or by a word of a title
     * ("to lead a class", not "is a nurse a good career?" nor "is a project manager a good job?").
     */
    private static boolean isVerb(List<Words.Word> words, int at, List<RoleCatalog.Mention> mentions) {
        if (at + 1 >= words.size() || !DETERMINERS.contains(words.get(at + 1).text())) {
            return false;
        }
        return at == 0 || (!DETERMINERS.contains(words.get(at - 1).text()) && !isModifier(words.get(at - 1), mentions));
    }

    private static boolean isModifier(Words.Word word, List<RoleCatalog.Mention> mentions) {
        String w = word.text();
        return w.length() > 1 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) && !NOT_A_MODIFIER.contains(w)
                && !insideMention(word, mentions) && w.chars().allMatch(Character::isLetter);
    }

    private static boolean insideMention(Words.Word word, List<RoleCatalog.Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.start() <= word.start() && word.end() <= m.end());
    }
}
