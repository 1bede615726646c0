package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of two roles a sentence of an article, or a clause of one, is about: the one it names, but not a role it names
 * only as what someone has been ("…often including several years as a cloud engineer"); and whether it speaks of both
 * at once ("Both need strong communication").
 */
@Singleton
final class SentenceSubjects {

    private static final int REMEMBERED = 100_000;
    private static final String AS = " as ";

    private final RoleCatalog roles;
    /** The terms of a sentence that speaks of both roles at once, an array as it is read for many sentences. */
    private final String[] sharedTerms;
    /** Per sentence text, the roles named after "as" and those named elsewhere: the same for every question. */
    private final Cache<String, AsNamed> asNamed = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    private record AsNamed(Set<String> afterAs, Set<String> elsewhere) { }

    SentenceSubjects(KnowledgeBase knowledge, AnswerWriter writer, PassageFinder finder) {
        this.roles = knowledge.roles();
        var shared = new HashSet<String>();
        writer.templates().of(Intent.ROLE_COMPARISON).findList("shared")
                .forEach(word -> shared.addAll(finder.templateTerms(word)));
        this.sharedTerms = shared.toArray(String[]::new);
    }

    /** How many of the roles wanted the sentence names; no stream, as it is asked of every sentence read. */
    static int named(PassageFinder.Sentence sentence, List<String> wanted) {
        int named = 0;
        for (var role : sentence.roles()) {
            named += wanted.contains(role) ? 1 : 0;
        }
        return named;
    }

    /**
     * The one role wanted a sentence or clause is about, or null when it is about none or several. Of a clause, not
     * one it names only as what someone has been ("Most have eight to ten years in IT, often including several years
     * as a cloud engineer,"), though a sentence may ("If you enjoy building, start as a cloud engineer").
     *
     * @param several set to true when it is about several
     */
    String soleRole(PassageFinder.Sentence sentence, List<String> wanted, boolean clause, boolean[] several) {
        String sole = null;
        int count = 0;
        boolean readAs = clause && sentence.text().contains(AS);
        var named = readAs ? asNamed(sentence.text()).elsewhere() : sentence.roles();
        for (var role : named) {
            if (wanted.contains(role)) {
                sole = role;
                count++;
            }
        }
        several[0] = count > 1;
        return count == 1 ? sole : null;
    }

    /** Whether a sentence names one of the roles wanted as what someone has been: "…as a cloud engineer". */
    boolean namesAfterAs(PassageFinder.Sentence sentence, List<String> wanted) {
        if (!sentence.text().contains(AS) || named(sentence, wanted) == 0) {
            return false;
        }
        var afterAs = asNamed(sentence.text()).afterAs();
        for (var role : wanted) {
            if (afterAs.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence speaks of both roles at once: "Both need strong communication". */
    boolean speaksOfBoth(PassageFinder.Sentence sentence) {
        for (var term : sharedTerms) {
            if (sentence.terms().contains(term)) {
                return true;
            }
        }
        return false;
    }

    private AsNamed asNamed(String text) {
        return asNamed.get(text, t -> {
            var words = Words.of(t);
            var afterAs = new HashSet<String>();
            var elsewhere = new HashSet<String>();
            for (var mention : roles.mentions(t, words)) {
                (afterAs(words, mention) ? afterAs : elsewhere).add(mention.role());
            }
            return new AsNamed(Set.copyOf(afterAs), Set.copyOf(elsewhere));
        });
    }

    /** Whether a role's name follows "as", "as a" or "as an". */
    private static boolean afterAs(List<Words.Word> words, RoleCatalog.Mention mention) {
        int at = 0;
        while (at < words.size() && words.get(at).start() < mention.start()) {
            at++;
        }
        int before = at - 1;
        if (before >= 0 && Words.ARTICLES.contains(words.get(before).text())) {
            before--;
        }
        return before >= 0 && words.get(before).text().equals(AS.strip());
    }
}
