package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Section;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds what an answer quotes: the section of a role titled like the intent's heading words, or the passages that
 * best match a question. Articles share a shape ("What does a … do?", "Typical … responsibilities"), so headings
 * find sections in any article; plain search is the fallback for one shaped otherwise.
 */
@Singleton
final class PassageFinder {

    private static final int CANDIDATES = 20;
    /** A word that stands in this many passages of an article or fewer picks out a passage ("bank", "healthcare"). */
    private static final int SELECTIVE_MAX_PASSAGES = 3;

    private final KnowledgeIndex index;
    private final Map<String, Map<String, Integer>> termCountsByArticle = new ConcurrentHashMap<>();

    PassageFinder(KnowledgeBase knowledge) {
        this.index = knowledge.index();
    }

    /** A section found, with the score of the passage that found it. */
    record Found(Section section, double score) { }

    /**
     * The section about the roles whose headings match the words: the highest heading that matches, so
     * "typical responsibilities" finds the {@code ##} section, not one of its {@code ###} children.
     */
    Optional<Found> section(String headingWords, Collection<String> roles) {
        if (headingWords.isBlank()) {
            return Optional.empty();
        }
        var wanted = index.queryTerms(headingWords);
        for (var hit : index.searchHeadings(headingWords, KnowledgeIndex.Filter.roles(roles), CANDIDATES)) {
            Section matching = null;
            for (var s = hit.passage().section(); s != null && s.level() > 1; s = s.parent()) {
                if (!java.util.Collections.disjoint(index.indexTerms(s.heading()), wanted)) {
                    matching = s;
                }
            }
            if (matching != null && coversAll(matching, roles)) {
                return Optional.of(new Found(matching, hit.score()));
            }
        }
        return Optional.empty();
    }

    private static boolean coversAll(Section section, Collection<String> roles) {
        return section.passages().stream().anyMatch(p -> p.roles().containsAll(roles))
                || section.children().stream().anyMatch(c -> coversAll(c, roles));
    }

    List<KnowledgeIndex.Hit> search(String words, Collection<String> roles, int limit) {
        return index.search(words, KnowledgeIndex.Filter.roles(roles), limit);
    }

    /**
     * The passages of a section that a selective word of the question picks out ("at a bank" → the financial
     * services example); none when the question names nothing that tells the passages apart.
     */
    List<Passage> selectedBy(String question, List<Passage> passages) {
        if (passages.size() < 2) {
            return List.of();
        }
        var counts = termCounts(passages.get(0).article().id(), passages.get(0).section().article().sections().stream()
                .flatMap(s -> s.passages().stream()).toList());
        var selective = new ArrayList<String>();
        for (var term : index.queryTerms(question)) {
            if (counts.getOrDefault(term, 0) > 0 && counts.get(term) <= SELECTIVE_MAX_PASSAGES) {
                selective.add(term);
            }
        }
        var selected = new ArrayList<Passage>();
        for (var passage : passages) {
            var terms = index.indexTerms(passage.text());
            if (selective.stream().anyMatch(terms::contains)) {
                selected.add(passage);
            }
        }
        return selected.size() == passages.size() ? List.of() : selected;
    }

    private Map<String, Integer> termCounts(String articleId, List<Passage> passages) {
        return termCountsByArticle.computeIfAbsent(articleId, id -> {
            var counts = new HashMap<String, Integer>();
            for (var passage : passages) {
                for (var term : index.indexTerms(passage.text())) {
                    counts.merge(term, 1, Integer::sum);
                }
            }
            return counts;
        });
    }

    /** The terms of a text as indexed, for comparing a user's words with a role's text. */
    Set<String> terms(String text) {
        return index.indexTerms(text);
    }

    Set<String> questionTerms(String text) {
        return index.queryTerms(text);
    }

    boolean mentionsAll(String phrase) {
        return index.mentionsAll(phrase);
    }
}
