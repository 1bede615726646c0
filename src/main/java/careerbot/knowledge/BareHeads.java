package careerbot.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Roles named by the last word of their name alone: "analyst or scientist?", "## Moving from analyst to scientist".
 * Only where no other role's name ends with that word and none starts with it: "manager" beside a product manager
 * and a marketing manager names neither, nor "nurses" beside a registered nurse and a nurse practitioner.
 */
final class BareHeads {

    /**
     * Words besides the stop words that a role's last word said alone may follow: "which analyst", "from analyst to
     * scientist", "both analysts", "what do scientists do?". Not "new cooks", "other managers" or "project manager":
     * others, or another job.
     */
    private static final Set<String> BEFORE_A_BARE_TITLE = Set.of("do", "does", "did", "from", "than", "vs", "versus",
            "which", "what", "whose", "about", "like", "become", "becoming", "being", "am", "i'm", "im", "both", "each",
            "every", "my", "your", "our", "me", "his", "her", "its");
    /**
     * Stop words that a verb spelt like a title ("lead", "coach", "master") follows, and words that follow one: "they
     * lead a team", "to coach the team".
     */
    private static final Set<String> BEFORE_A_VERB = Set.of("they", "it", "will", "not");
    private static final Set<String> AFTER_A_VERB = Set.of("a", "an", "the", "my", "our", "your", "their", "his",
            "her", "its", "this", "these", "those", "each", "every", "some", "all", "any", "new", "more");

    private final WordIndex<String> roleByHead = new WordIndex<>();

    /**
     * @param titleWords  the words of roles' names, by the roles whose names end in each
     * @param startsAForm whether a word starts a form of some role's name
     */
    BareHeads(TitleWords titleWords, Predicate<String> startsAForm) {
        for (var head : titleWords.heads()) {
            var ending = titleWords.endingIn(head);
            if (ending.size() == 1 && !startsAForm.test(head)) {
                roleByHead.add(head, ending.iterator().next());
            }
        }
    }

    /**
     * The role the word at {@code at} names alone, as written, where the word before it can't be part of a title or
     * say which others: "an analyst", "…, analyst" or "as analysts", not "systems analyst" nor "new cooks"; nor a verb
     * spelt like it ("they lead a team", "to master the craft", "- cooks each order"), nor a possessive before what
     * it qualifies ("a master's degree"). A typo in one word alone is too often another word.
     */
    Optional<RoleCatalog.Mention> mention(List<Words.Word> words, int at) {
        var word = words.get(at);
        var named = roleByHead.find(word.text(), false);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        var before = at == 0 ? null : words.get(at - 1);
        boolean afterPunctuation = before != null && word.start() - before.end() > 1;
        boolean standsAlone = before == null || afterPunctuation || EnglishAnalysis.STOP_WORDS.contains(before.text())
                || BEFORE_A_BARE_TITLE.contains(before.text());
        var after = at + 1 < words.size() ? words.get(at + 1) : null;
        boolean verb = (before != null && !afterPunctuation && BEFORE_A_VERB.contains(before.text()))
                || (after != null && AFTER_A_VERB.contains(after.text()));
        boolean qualifies = after != null && word.text().endsWith("'s") && after.start() - word.end() == 1;
        return standsAlone && !verb && !qualifies
                ? Optional.of(new RoleCatalog.Mention(named.get(0), word.start(), word.end())) : Optional.empty();
    }
}
