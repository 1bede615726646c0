package careerbot.dialogue;

import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Finds what an answer quotes: the section of a role titled like the intent's heading words, or the passages that
 * best match a question. Articles share a shape ("What does a … do?", "Typical … responsibilities"), so headings
 * find sections in any article; plain search is the fallback for one shaped otherwise.
 * <p>
 * Sentences and terms of passages are worked out once, the first time a passage is quoted, and kept: passages never
 * change while the bot runs, and answering the same sections again is the common case.
 */
@Singleton
final class PassageFinder {

    /** A word that stands in this many passages of an article or fewer picks out a passage ("bank", "healthcare"). */
    private static final int SELECTIVE_MAX_PASSAGES = 3;
    /** A term in more than this share of all passages says little about what a question asks. */
    private static final double COMMON_SHARE = 0.5;
    /** Sections and passages whose analysis is kept: all of a few hundred articles, the most used of a larger base. */
    private static final int REMEMBERED = 100_000;
    private static final int REMEMBERED_ARTICLES = 1_000;
    /** A paragraph's label of more words than this is a sentence's start ("In the U.S. and most of Europe: …"). */
    private static final int ASPECT_LABEL_WORDS = 3;

    /** A sentence of a passage, with the roles it names and its indexed terms. */
    record Sentence(String text, List<String> roles, Set<String> terms) { }

    /** A section found, with how well its heading matched (the share of the heading words found). */
    record Found(Section section, double score) { }

    private final KnowledgeIndex index;
    private final RoleCatalog roles;
    /** Only ever keyed by the constant words of templates ("typical responsibilities"), so it stays small. */
    private final Map<String, Set<String>> templateTerms = new ConcurrentHashMap<>();
    /** The same words analysed like a question, synonyms included, as the headings they are compared with. */
    private final Map<String, Set<String>> headingWordTerms = new ConcurrentHashMap<>();
    // Per section, passage or article, so bounded: a large knowledge base would otherwise keep every one ever read.
    private final Cache<Section, Set<String>> headingTerms = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<Section, Set<String>> headingIndexTerms = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<Section, List<String>> headingRoles = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<Integer, List<Sentence>> sentences = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<Integer, Set<String>> passageTerms = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<String, List<Sentence>> contrasted = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<String, Map<String, Integer>> termCountsByArticle =
            Caffeine.newBuilder().maximumSize(REMEMBERED_ARTICLES).build();

    PassageFinder(KnowledgeBase knowledge) {
        this.index = knowledge.index();
        this.roles = knowledge.roles();
    }

    /**
     * The section about all the roles whose heading shares most words with the heading words; on a tie the higher
     * heading, so "typical responsibilities" finds the {@code ##} section, not one of its {@code ###} children.
     */
    Optional<Found> section(String headingWords, Collection<String> about) {
        return section(headingWords, about, s -> true);
    }

    /** The same, among the sections eligible. */
    Optional<Found> section(String headingWords, Collection<String> about, Predicate<Section> eligible) {
        if (headingWords.isBlank() || about.isEmpty()) {
            return Optional.empty();
        }
        var wanted = headingWordTerms.computeIfAbsent(headingWords, index::queryTerms);
        var article = roles.articleOnAll(about);
        if (article.isEmpty() || wanted.isEmpty()) {
            return Optional.empty();
        }
        Section best = null;
        int bestMatched = 0;
        for (var section : article.get().sections()) {
            if (section.level() < 2) {
                continue;
            }
            int matched = 0;
            for (var term : headingTerms(section)) {
                matched += wanted.contains(term) ? 1 : 0;
            }
            boolean better = matched > bestMatched || (matched == bestMatched && best != null && section.level() < best.level());
            if (matched > 0 && better && coversAll(section, about) && eligible.test(section)) {
                best = section;
                bestMatched = matched;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Found(best, bestMatched / (double) wanted.size()));
    }

    /**
     * The same, among sections that may say each role's part apart: "Which should you choose?" with "Choose data
     * analysis if…" and "Choose data science if…", no passage on both.
     */
    Optional<Found> sectionOnEach(String headingWords, List<String> about) {
        return about.isEmpty() ? Optional.empty() : section(headingWords, about.subList(0, 1),
                s -> about.stream().allMatch(role -> coversAll(s, List.of(role))));
    }

    /**
     * The article's title section, when every section under it says something and all of it on all the roles
     * ("Pharmacist vs. Pharmacy Technician: 5 Key Differences" over "Responsibilities", "Education", …, each on both):
     * an article that is all about their differences. Not one whose topics are each said role by role ("## Pay" over
     * "### Welder" and "### Machinist").
     */
    Optional<Found> titleOnAll(List<String> about) {
        return roles.articleOnAll(about).flatMap(a -> a.sections().stream().filter(s -> s.level() == 1).findFirst())
                .filter(title -> title.children().stream().allMatch(s ->
                        !s.passages().isEmpty() && s.passages().stream().allMatch(p -> p.roles().containsAll(about))))
                .map(title -> new Found(title, Reply.BY_STRUCTURE));
    }

    /**
     * The sections of an article whose heading says each word asked, itself or by a synonym, in its order: "pay" →
     * "Salary and job outlook", or "### Pay" in each role's part. Not the article's title, which says everything.
     */
    List<Section> sectionsHeaded(List<String> words, Article article) {
        var asked = words.stream().map(index::wordTerms).toList();
        return article.sections().stream().filter(s -> s.level() >= 2)
                .filter(s -> asked.stream().allMatch(terms -> terms.stream().anyMatch(headingTerms(s)::contains)))
                .toList();
    }

    private static boolean coversAll(Section section, Collection<String> about) {
        return section.passages().stream().anyMatch(p -> p.roles().containsAll(about))
                || section.children().stream().anyMatch(c -> coversAll(c, about));
    }

    List<KnowledgeIndex.Hit> search(String words, Collection<String> about, int limit) {
        return index.search(words, about, limit);
    }

    List<KnowledgeIndex.Hit> search(Set<String> questionTerms, Collection<String> about, int limit) {
        return index.search(questionTerms, about, limit);
    }

    /**
     * The terms of a section's heading but its roles' names, analysed like a question, synonyms included: "Agile coach
     * duties" is a heading on responsibilities; "Licensed practical nurse (LPN)" is none on education ("license"),
     * as a question's topic leaves out the roles it names. So too a passage's terms.
     */
    Set<String> headingTerms(Section section) {
        return headingTerms.get(section, s -> index.queryTerms(roles.withoutMentions(s.heading())));
    }

    /** The roles a section's heading names ("### Lawyer"), asked of the same sections question after question. */
    List<String> headingRoles(Section section) {
        return headingRoles.get(section, s -> roles.rolesIn(s.heading()));
    }

    /** The terms of a section's heading as written, stemmed: "Education and licensing" holds "education" itself. */
    Set<String> headingIndexTerms(Section section) {
        return headingIndexTerms.get(section, s -> Set.copyOf(index.indexTerms(s.heading())));
    }

    /**
     * The sentences of a passage, each with the roles it names and its terms (their names' too: "I like DevOps" is
     * a liking for what the DevOps engineer does). Those after the first of a paragraph labelled by an aspect hold its
     * label's terms too: in "Salary: The median annual wage for registered nurses was $86,070. For nurse practitioners
     * it was $126,260.", the second sentence is the nurse practitioners' salary though it doesn't say the word.
     */
    List<Sentence> sentences(Passage passage) {
        return sentences.get(passage.id(), id -> {
            var label = aspectLabel(passage).map(index::indexTerms).orElse(Set.of());
            var texts = Sentences.of(passage.text());
            var analysed = new ArrayList<Sentence>(texts.size());
            for (var text : texts) {
                var terms = new HashSet<>(index.indexTerms(text));
                if (!analysed.isEmpty()) {
                    terms.addAll(label);
                }
                analysed.add(new Sentence(text, rolesIn(text, passage), Set.copyOf(terms)));
            }
            return List.copyOf(analysed);
        });
    }

    /**
     * The roles a sentence names; all its passage's when it opens with "Both" ({@link Passage#opensWithBoth}) and names
     * one, as a field ("Both roles need a degree in supply chain management"). One naming none is told apart by that.
     */
    private List<String> rolesIn(String sentence, Passage passage) {
        var named = roles.rolesIn(sentence, passage.article());
        if (named.size() != 1 || passage.roles().size() < 2 || !Passage.opensWithBoth(sentence)) {
            return named;
        }
        return passage.article().roles().stream().map(Role::name).filter(passage.roles()::contains).toList();
    }

    /** A paragraph's label of a few words that names no role ("Authority:", "Work hours:"), if it starts with one. */
    Optional<String> aspectLabel(Passage passage) {
        return passage.kind() != Passage.Kind.PARAGRAPH ? Optional.empty() : passage.label()
                .filter(label -> Words.of(label).size() <= ASPECT_LABEL_WORDS && roles.rolesIn(label).isEmpty());
    }

    /** The clauses of a sentence that sets two things against each other ({@link Sentences#contrasted}), if it does. */
    List<Sentence> contrasted(Sentence sentence) {
        return contrasted.get(sentence.text(), text -> Sentences.contrasted(text).stream()
                .map(s -> new Sentence(s, roles.rolesIn(s), Set.copyOf(index.indexTerms(s))))
                .toList());
    }

    /**
     * Words quoted from a list item that names no role ("prepares assets for developers"), after the sentence that
     * introduces its list ("Day to day, a UI designer:"), if one does: alone, they don't say whose work it is.
     */
    String inItsList(Passage passage, String quoted) {
        if (passage.kind() != Passage.Kind.LIST_ITEM || sentences(passage).stream().anyMatch(s -> !s.roles().isEmpty())) {
            return quoted;
        }
        return passage.section().introOf(passage).map(intro -> lastSentence(intro) + "\n- " + quoted).orElse(quoted);
    }

    /** The sentence of a list's intro that leads into it: "Beyond that, the skill sets diverge:". */
    String lastSentence(Passage intro) {
        return sentences(intro).stream().reduce((first, last) -> last).map(Sentence::text).orElse(intro.text());
    }

    /** The terms of a passage's text as the index analyses it, but its roles' names. */
    Set<String> terms(Passage passage) {
        return passageTerms.get(passage.id(),
                id -> Set.copyOf(index.indexTerms(roles.withoutMentions(passage.text()))));
    }

    /** The indexed terms of a template's constant words (an aspect such as "scope"). */
    Set<String> templateTerms(String words) {
        return templateTerms.computeIfAbsent(words, index::indexTerms);
    }

    /**
     * The passages of a section that a selective word of the question picks out ("at a bank" → the financial
     * services example); none when the question names nothing that tells the passages apart.
     */
    List<Passage> selectedBy(String question, List<Passage> passages) {
        if (passages.size() < 2) {
            return List.of();
        }
        var counts = termCounts(passages.get(0));
        var selective = new ArrayList<String>();
        for (var term : index.queryTerms(question)) {
            int count = counts.getOrDefault(term, 0);
            if (count > 0 && count <= SELECTIVE_MAX_PASSAGES) {
                selective.add(term);
            }
        }
        var selected = new ArrayList<Passage>();
        for (var passage : passages) {
            var terms = terms(passage);
            if (selective.stream().anyMatch(terms::contains)) {
                selected.add(passage);
            }
        }
        return selected.size() == passages.size() ? List.of() : selected;
    }

    /** In how many passages of the article each term stands. */
    private Map<String, Integer> termCounts(Passage any) {
        return termCountsByArticle.get(any.article().id(), id -> {
            var counts = new HashMap<String, Integer>();
            any.article().sections().stream().flatMap(s -> s.passages().stream())
                    .forEach(p -> terms(p).forEach(t -> counts.merge(t, 1, Integer::sum)));
            return counts;
        });
    }

    /**
     * The question's words that say what it is about: terms the articles use, but in few enough passages to tell
     * them apart ("roadmap", "market"), as indexed (no synonyms).
     */
    Set<String> contentTerms(String text) {
        var content = new HashSet<String>();
        int common = Math.max(1, (int) (index.size() * COMMON_SHARE));
        for (var term : index.indexTerms(text)) {
            int passages = index.passagesWith(term);
            if (passages > 0 && passages <= common) {
                content.add(term);
            }
        }
        return content;
    }

    /** The terms a text is indexed under: stemmed, no synonyms. */
    Set<String> indexTerms(String text) {
        return index.indexTerms(text);
    }

    Set<String> questionTerms(String text) {
        return index.queryTerms(text);
    }

    Set<String> wordTerms(String word) {
        return index.wordTerms(word);
    }

    boolean mentionsAll(Set<String> questionTerms) {
        return index.mentionsAll(questionTerms);
    }
}
