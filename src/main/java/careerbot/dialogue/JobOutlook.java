package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The retrieved part of the answer on the job outlook: what the articles say of the demand for roles. */
@Singleton
final class JobOutlook {

    private static final int OUTLOOK_PASSAGES = 2;
    private static final int OUTLOOK_CANDIDATES = 8;
    private static final float OUTLOOK_MIN_SHARE = 0.5f;
    private static final int REMEMBERED_OUTLOOKS = 10_000;

    private final PassageFinder finder;
    private final RoleCatalog roles;
    private final Cache<List<String>, Reply> outlooks =
            Caffeine.newBuilder().maximumSize(REMEMBERED_OUTLOOKS).build();

    JobOutlook(PassageFinder finder, KnowledgeBase knowledge) {
        this.finder = finder;
        this.roles = knowledge.roles();
    }

    /**
     * The outlook of the roles, led by what the question asks of it that no article says ({@code find: elsewhere}):
     * "is there demand for product owners in Germany?" is answered with what the articles say, which is of the U.S.,
     * but not as though it were of Germany.
     */
    Reply of(Templates.IntentTemplate template, List<String> about, String question, List<String> topicWords) {
        var outlook = of(template, about);
        // "What are the prospects for tellers?" asks the outlook in its own words, which the answer need not say.
        var unsaid = topicWords.stream().filter(word -> !isOutlookWord(template, word))
                .filter(word -> finder.wordTerms(word).stream().noneMatch(term -> finder.mentionsAll(Set.of(term))))
                .toList();
        if (outlook.isEmpty() || unsaid.isEmpty()) {
            return outlook;
        }
        var lead = Template.parse(template.findString("elsewhere"))
                .fill(Map.of("term", AnswerWriter.asWritten(String.join(" ", unsaid), question)));
        return new Reply(lead + "\n\n" + outlook.passages(), outlook.sources());
    }

    /** Whether every word of a topic is a word of the outlook: "which one has better prospects?". */
    boolean isAllAsked(Templates.IntentTemplate template, List<String> topicWords) {
        return !topicWords.isEmpty() && topicWords.stream().allMatch(word -> isOutlookWord(template, word));
    }

    private boolean isOutlookWord(Templates.IntentTemplate template, String word) {
        var outlookTerms = finder.templateTerms(template.findString("words"));
        return finder.indexTerms(word).stream().anyMatch(outlookTerms::contains);
    }

    /**
     * Demand, growth figures and where the jobs are: the passages that best match the template's outlook words, in
     * reading order. They depend on the roles alone, so each set of roles is looked up once.
     */
    Reply of(Templates.IntentTemplate template, List<String> about) {
        return outlooks.get(about, asked -> {
            String words = template.findString("words");
            // A word of the roles' names says nothing of the outlook: "projected" stems to "project", which every
            // passage on project managers holds.
            var named = namesOfRolesBeside(asked);
            var terms = new HashSet<>(finder.questionTerms(words));
            terms.removeAll(named);
            // More candidates than are quoted: a passage on where the jobs are ("jobs" and "companies") may score
            // above the one sentence of growth figures, written in a paragraph on something else.
            var hits = new ArrayList<>(finder.search(terms, asked, OUTLOOK_CANDIDATES));
            // Found only through a synonym ("roles" for "jobs") a passage says nothing of the outlook.
            var literal = new HashSet<>(finder.templateTerms(words));
            literal.removeAll(named);
            var trendTerms = finder.templateTerms(template.findString("trend"));
            var trendPhrases = template.findList("trend_phrases");
            Predicate<KnowledgeIndex.Hit> trend = hit -> finder.terms(hit.passage()).stream()
                    .anyMatch(trendTerms::contains) || saysAny(hit.passage().text(), trendPhrases);
            // "Employment of nurse practitioners is projected to grow 46%" says nothing of registered nurses.
            hits.removeIf(h -> !saysOutlook(h, literal, trend) || saidOfOthersOnly(h.passage(), literal, asked));
            // "Job ads" or "companies" alone say nothing of prospects: the answer leads with the passage holding a
            // word that does and most of the outlook's words, the best scored of those, and adds the best of the
            // others unless far behind it (about something else). "Design jobs … expects to grow 8%" leads, not
            // "the skills employers expect", though that scores higher ("employers" stems as "employment" does).
            var telling = new HashSet<>(finder.templateTerms(template.findString("telling")));
            telling.removeAll(named);
            var tellingWords = Words.texts(template.findString("telling")).stream()
                    .filter(w -> !named.containsAll(finder.indexTerms(w))).collect(Collectors.toSet());
            var lead = hits.stream().filter(h -> telling.isEmpty() || tells(h, telling, tellingWords, trend))
                    .max(Comparator.comparingLong(h -> held(h, literal))); // of equals, the first: best scored
            if (lead.isEmpty()) {
                return Reply.NOTHING;
            }
            float least = OUTLOOK_MIN_SHARE * lead.get().score();
            hits.removeIf(h -> h != lead.get() && (h.score() < least || answersAnotherQuestion(h, literal)));
            hits.remove(lead.get());
            hits.add(0, lead.get());
            hits.subList(Math.min(OUTLOOK_PASSAGES, hits.size()), hits.size()).clear();
            hits.sort(Comparator.comparingInt(h -> h.passage().id()));
            var text = hits.stream().map(h -> quoted(h.passage(), literal, asked)).toList();
            return new Reply(String.join("\n\n", text),
                    Reply.distinct(hits.stream().map(h -> Reply.source(h.passage(), h.score())).toList()));
        });
    }

    /**
     * Whether a question the model took for one on the outlook names another section of the roles' article: says all
     * the words of its heading, one of them a topic word of the question's and no word of the outlook. "Plumber
     * physical demands" asks what "Physical demands" says; "are product owners needed in the market?" asks nothing
     * of "Conducting market research".
     */
    boolean namesAnotherSection(Templates.IntentTemplate template, String question, List<String> topicWords,
                                List<String> about) {
        var article = roles.articleOnAll(about);
        var outlook = finder.templateTerms(template.findString("words"));
        var topic = finder.indexTerms(String.join(" ", topicWords));
        topic.removeAll(outlook);
        if (topic.isEmpty() || article.isEmpty()) {
            return false;
        }
        var headings = article.get().sections().stream().filter(s -> s.level() >= 2).map(finder::headingIndexTerms)
                .filter(heading -> heading.stream().anyMatch(topic::contains)).toList();
        if (headings.isEmpty()) {
            return false; // most questions: the question is not analysed again
        }
        var asked = finder.questionTerms(roles.withoutMentions(question));
        return headings.stream().anyMatch(asked::containsAll);
    }

    /**
     * What a passage found says of the outlook: all of it under a heading on the outlook alone ("Job outlook"), or
     * when it introduces a list; else its sentences holding a word of it. Under "Pay and prospects", "Brand managers
     * are not a separate BLS occupation; their pay varies…" beside the growth figure says nothing of prospects, nor
     * does an introduction's "Both sit between the business and its technology". Of those, not one naming only
     * other roles: "veterinarians … grow 19%" is no answer for veterinary technicians; nor another role's cell of a
     * table's row.
     */
    private String quoted(Passage passage, Set<String> outlook, List<String> asked) {
        boolean onTheOutlookAlone = outlook.containsAll(finder.headingIndexTerms(passage.section()));
        if (!passage.cells().isEmpty()) {
            return passage.saidOf(asked); // "Projected growth — Electrician: 11%" of a row on each role
        }
        if (onTheOutlookAlone || !passage.section().listAfter(passage).isEmpty()) {
            return Reply.quote(passage);
        }
        var saying = saying(passage, outlook, asked);
        return saying.isEmpty() ? Reply.quote(passage)
                : String.join(" ", saying.stream().map(PassageFinder.Sentence::text).toList());
    }

    /** Whether a passage's sentences on the outlook each name only roles not asked, or lean on one that does. */
    private boolean saidOfOthersOnly(Passage passage, Set<String> outlook, List<String> asked) {
        return saying(passage, outlook, List.of()).stream().anyMatch(s -> !s.roles().isEmpty())
                && saying(passage, outlook, asked).isEmpty();
    }

    /**
     * The sentences of a passage holding a word of the outlook, each after the one it leans on ("Their employment is
     * projected to grow 9%" is said of those the sentence before names); of the roles asked, when some are, not those
     * naming only other roles.
     */
    private List<PassageFinder.Sentence> saying(Passage passage, Set<String> outlook, List<String> asked) {
        var sentences = finder.sentences(passage);
        var saying = new ArrayList<PassageFinder.Sentence>();
        for (int i = 0; i < sentences.size(); i++) {
            var sentence = sentences.get(i);
            if (sentence.terms().stream().noneMatch(outlook::contains)) {
                continue;
            }
            var before = i > 0 ? sentences.get(i - 1) : null;
            boolean leans = Sentences.leansOnTheOneBefore(sentence.text()) && before != null;
            if (!asked.isEmpty() && (ofOthersOnly(sentence, asked) || leans && ofOthersOnly(before, asked))) {
                continue;
            }
            if (leans && (saying.isEmpty() || saying.get(saying.size() - 1) != before)) {
                saying.add(before);
            }
            saying.add(sentence);
        }
        return saying;
    }

    private static boolean ofOthersOnly(PassageFinder.Sentence sentence, List<String> asked) {
        return !sentence.roles().isEmpty() && sentence.roles().stream().noneMatch(asked::contains);
    }

    /**
     * Whether a passage found speaks of the outlook: it holds two of its words ("jobs to grow", "demand for nurses"
     * under "Job outlook"), or one with a word of a trend ("demand keeps rising", "employers will need 25 million");
     * one alone is said of something else ("grow into security engineers", "employers prefer a degree").
     */
    private boolean saysOutlook(KnowledgeIndex.Hit hit, Set<String> outlook, Predicate<KnowledgeIndex.Hit> trend) {
        long words = held(hit, outlook);
        // A trend in the passage itself: "Do you need a degree?" over "employers prefer a degree" tells none.
        return words >= 2 || (words == 1 && trend.test(hit));
    }

    private static boolean saysAny(String text, List<String> phrases) {
        var lower = text.toLowerCase(Locale.ROOT);
        return phrases.stream().anyMatch(lower::contains);
    }

    /**
     * Whether a passage found tells the outlook: under a heading with a telling word ("Job outlook"), or with two of
     * them ("demand … is projected"), or one with a trend or a figure ("grow 15%"). "Both jobs demand calm decisions"
     * holds one and tells nothing of prospects. In the text, a word tells as written, or as its plural: "employers"
     * stems as "employment" does, and "Some employers hire analysts with certifications" tells no outlook; such a word
     * tells only with both a trend and a figure: "employers will need 25 million new project professionals".
     */
    private boolean tells(KnowledgeIndex.Hit hit, Set<String> telling, Set<String> tellingWords,
                          Predicate<KnowledgeIndex.Hit> trend) {
        var section = hit.passage().section();
        // Not an article's title: "… two ways to grow as a senior engineer" tells no outlook of its introduction.
        if (section.level() >= 2 && finder.headingIndexTerms(section).stream().anyMatch(telling::contains)) {
            return true;
        }
        long told = Words.texts(hit.passage().text()).stream().map(Words::singular).filter(tellingWords::contains)
                .distinct().count();
        var terms = finder.terms(hit.passage());
        boolean trending = trend.test(hit);
        boolean figure = hit.passage().holdsFigure();
        return told >= 2 || told == 1 && (trending || figure)
                || trending && figure && telling.stream().anyMatch(terms::contains);
    }

    /**
     * Whether a passage answers a question its heading asks in no word of the outlook: under "Can I become an analyst
     * without a degree?", "Some employers hire analysts with certifications" tells how, not how many are hired.
     */
    private boolean answersAnotherQuestion(KnowledgeIndex.Hit hit, Set<String> outlook) {
        var section = hit.passage().section();
        return section.level() >= 2 && section.heading().endsWith("?")
                && finder.headingIndexTerms(section).stream().noneMatch(outlook::contains);
    }

    /** How many of the terms the passage found and its heading hold. */
    private long held(KnowledgeIndex.Hit hit, Set<String> terms) {
        var heading = finder.headingIndexTerms(hit.passage().section());
        var text = finder.terms(hit.passage());
        return terms.stream().filter(t -> text.contains(t) || heading.contains(t)).count();
    }

    /** The terms of the names of the roles asked about and of those their articles compare them with. */
    private Set<String> namesOfRolesBeside(List<String> asked) {
        var named = new HashSet<String>();
        for (var role : asked) {
            roles.articleOf(role).ifPresent(article -> article.roles()
                    .forEach(r -> r.surfaceForms().forEach(form -> named.addAll(finder.indexTerms(form)))));
        }
        return named;
    }
}
