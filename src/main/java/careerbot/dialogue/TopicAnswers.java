package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The retrieved part of the answers that are not about one role: job outlook, career advice, definitions. */
@Singleton
final class TopicAnswers {

    private static final int OUTLOOK_PASSAGES = 2;
    private static final int ADVICE_SENTENCES = 2;
    private static final int REMEMBERED_OUTLOOKS = 10_000;
    /** Best-ranked passages checked for one that holds every topic word of a question. */
    private static final int ON_TOPIC_CANDIDATES = 5;
    /** Best-matching passages whose articles are weighed for advice that names no role. */
    private static final int ADVICE_ARTICLES_SEARCHED = 5;

    private final PassageFinder finder;
    private final RoleAnswers roleAnswers;
    private final RoleCatalog roles;
    private final Cache<List<String>, Reply> outlooks =
            Caffeine.newBuilder().maximumSize(REMEMBERED_OUTLOOKS).build();

    TopicAnswers(PassageFinder finder, RoleAnswers roleAnswers, KnowledgeBase knowledge) {
        this.finder = finder;
        this.roleAnswers = roleAnswers;
        this.roles = knowledge.roles();
    }

    /**
     * Demand, growth figures and where the jobs are: the passages that best match the template's outlook words, in
     * reading order. They depend on the roles alone, so each set of roles is looked up once.
     */
    Reply outlook(Templates.IntentTemplate template, List<String> about) {
        return outlooks.get(about, roles -> {
            var hits = new ArrayList<>(finder.search(template.findString("words"), roles, OUTLOOK_PASSAGES));
            hits.sort(Comparator.comparingInt(h -> h.passage().id()));
            var text = hits.stream().map(h -> h.passage().text()).toList();
            return new Reply(String.join("\n\n", text),
                    Reply.distinct(hits.stream().map(h -> Reply.source(h.passage(), h.score())).toList()));
        });
    }

    /** Advice for two roles: which fits the interests stated; with none stated, what each suits. */
    Advice advice(Templates.IntentTemplate template, List<String> candidates, String question) {
        var sides = sides(template, candidates);
        if (sides == null) {
            return new Advice(null, Reply.NOTHING);
        }
        var said = sides.said();
        var source = List.of(Reply.source(sides.found().section(), sides.found().score()));
        var interests = interestTerms(template, question);
        var best = bestFit(interests, candidates, said);
        String fit = best == null ? null : best.role();
        if (fit == null) {
            var lines = new ArrayList<String>();
            for (var role : candidates) {
                var sentences = said.get(role);
                if (!sentences.isEmpty()) { // a role the section only names beside the other has no line of its own
                    lines.add("- **" + roleAnswers.label(role) + "**: "
                            + (sentences.size() > 1 ? sentences.get(1).text() : RoleAnswers.joined(sentences)));
                }
            }
            if (lines.isEmpty()) { // every sentence speaks of both roles at once: the section as written
                lines.addAll(sides.found().section().passages().stream().limit(ADVICE_SENTENCES).map(Passage::text).toList());
                return new Advice(null, lines.isEmpty() ? Reply.NOTHING : new Reply(String.join("\n\n", lines), source));
            }
            return new Advice(null, new Reply(String.join("\n", lines), source));
        }
        var grounds = said.get(fit).stream()
                .sorted(Comparator.comparingLong(s -> -s.terms().stream().filter(interests::contains).count()))
                .limit(ADVICE_SENTENCES).map(PassageFinder.Sentence::text).toList();
        return new Advice(fit, new Reply(String.join("\n\n", grounds), source));
    }

    /** Career advice: the role chosen (null when the question states no telling interest) and its grounds. */
    record Advice(String role, Reply reply) { }

    /**
     * For advice that names no role: the two roles of the article whose differences best fit the interests stated
     * ("I like mentoring leaders" → the article on coaches), among the articles that best match them; none when no
     * article's roles differ in what the user likes.
     */
    List<String> rolesFitting(Templates.IntentTemplate template, String question) {
        var interests = interestTerms(template, question);
        if (interests.isEmpty()) {
            return List.of();
        }
        List<String> best = List.of();
        int bestWords = 0;
        var articles = finder.search(withoutRoles(question), List.of(), ADVICE_ARTICLES_SEARCHED).stream()
                .map(hit -> hit.passage().article()).distinct().toList();
        for (var article : articles) {
            var pair = article.roles().stream().limit(2).map(Role::name).toList();
            var sides = pair.size() < 2 ? null : sides(template, pair);
            var fit = sides == null ? null : bestFit(interests, pair, sides.said());
            if (fit != null && fit.words() > bestWords) {
                best = pair;
                bestWords = fit.words();
            }
        }
        return best;
    }

    /** The section on the roles' differences, and the sentences of it that speak of each role. */
    private record Sides(PassageFinder.Found found, Map<String, List<PassageFinder.Sentence>> said) { }

    private Sides sides(Templates.IntentTemplate template, List<String> candidates) {
        var found = finder.section(template.findString("heading"), candidates);
        if (found.isEmpty()) {
            return null;
        }
        var said = new HashMap<String, List<PassageFinder.Sentence>>();
        candidates.forEach(r -> said.put(r, new ArrayList<>()));
        for (var passage : found.get().section().passages()) {
            var split = roleAnswers.sentencesByRole(passage, candidates);
            for (int i = 0; i < candidates.size(); i++) {
                said.get(candidates.get(i)).addAll(split.get(i));
            }
        }
        return new Sides(found.get(), said);
    }

    /**
     * A role that fits the interests: by how much (the telling words, each counted as often as the role's side says
     * it), and by how many different telling words, which weighs articles of different lengths alike.
     */
    private record Fit(String role, int score, int words) { }

    /**
     * The role whose side of the differences shares the most of the user's words, counting only words that tell the
     * roles apart; null on a tie or when the user names nothing that does.
     */
    private static Fit bestFit(Set<String> interests, List<String> candidates, Map<String, List<PassageFinder.Sentence>> said) {
        var counts = new HashMap<String, Map<String, Integer>>();
        for (var role : candidates) {
            var termCounts = new HashMap<String, Integer>();
            for (var sentence : said.get(role)) {
                sentence.terms().forEach(t -> termCounts.merge(t, 1, Integer::sum));
            }
            counts.put(role, termCounts);
        }
        Fit best = null;
        boolean tie = false;
        for (var role : candidates) {
            int score = 0;
            int words = 0;
            for (var term : interests) {
                int mine = counts.get(role).getOrDefault(term, 0);
                int others = candidates.stream().filter(r -> !r.equals(role))
                        .mapToInt(r -> counts.get(r).getOrDefault(term, 0)).max().orElse(0);
                score += Math.max(0, mine - others);
                words += mine > others ? 1 : 0;
            }
            if (score > 0 && (best == null || score > best.score())) {
                best = new Fit(role, score, words);
                tie = false;
            } else if (best != null && score == best.score()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The question's words less the role names and the template's words of asking ("which", "suits"): what the user
     * says they like. As the articles write them, without synonyms: "career" widened to "positions" would match
     * "positioning".
     */
    private Set<String> interestTerms(Templates.IntentTemplate template, String question) {
        var cues = Set.copyOf(template.findList("cue_words"));
        var words = Words.of(withoutRoles(question)).stream().map(Words.Word::text).filter(w -> !cues.contains(w)).toList();
        return finder.indexTerms(String.join(" ", words));
    }

    private String withoutRoles(String question) {
        var text = new StringBuilder(question);
        var mentions = roles.mentions(question);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            text.replace(mentions.get(i).start(), mentions.get(i).end(), " ");
        }
        return text.toString();
    }

    /** The words of a definition question that name the term ("the product backlog"), less the asking words. */
    String term(Templates.IntentTemplate template, String question) {
        var cues = Set.copyOf(template.findList("cue_words"));
        var words = Words.of(question).stream().map(Words.Word::text).filter(w -> !cues.contains(w)).toList();
        return String.join(" ", words);
    }

    /**
     * For a question no intent fits well: the sentences of the passage that best match what it is about, when that
     * passage holds at least half of the question's telling words; nothing otherwise.
     */
    Reply bestMatch(String question, List<String> about) {
        String words = withoutRoles(question);
        var content = finder.contentTerms(words);
        if (content.isEmpty()) {
            return Reply.NOTHING;
        }
        var hits = finder.search(words, about, 1);
        if (hits.isEmpty()) {
            return Reply.NOTHING;
        }
        var hit = hits.get(0);
        var covered = finder.terms(hit.passage()).stream().filter(content::contains).count();
        return covered * 2 < content.size() ? Reply.NOTHING : sentencesWith(content, hit);
    }

    /**
     * What the articles say about every topic word of a question ("a master's degree"): the sentences that hold them,
     * from the best-matching passage about the roles that holds them all. Nothing when no passage does: a passage
     * with half of what was asked ("growth" for "salary growth") answers another question.
     */
    Reply onTopic(List<String> topicWords, List<String> about) {
        var wanted = finder.indexTerms(String.join(" ", topicWords));
        if (!finder.mentionsAll(wanted)) { // a word no article uses ("salary"): no search can find it
            return Reply.NOTHING;
        }
        return finder.search(wanted, about, ON_TOPIC_CANDIDATES).stream()
                .filter(hit -> finder.terms(hit.passage()).containsAll(wanted))
                .findFirst().map(hit -> sentencesWith(wanted, hit)).orElse(Reply.NOTHING);
    }

    /** The first sentences of the passage found that hold any of the terms, and the passage as their source. */
    private Reply sentencesWith(Set<String> terms, KnowledgeIndex.Hit hit) {
        var sentences = finder.sentences(hit.passage()).stream()
                .filter(s -> s.terms().stream().anyMatch(terms::contains))
                .limit(ADVICE_SENTENCES).map(PassageFinder.Sentence::text).toList();
        return new Reply(String.join(" ", sentences), List.of(Reply.source(hit.passage(), hit.score())));
    }

    /**
     * The sentence that best defines a term: in the passage that best matches it, the one with most of its words.
     * Nothing when a word of the term stands nowhere in the articles: a passage about half of it is no definition.
     */
    Reply definition(String term) {
        var wanted = finder.questionTerms(term);
        if (!finder.mentionsAll(wanted)) {
            return Reply.NOTHING;
        }
        var hits = finder.search(wanted, List.of(), 1);
        if (hits.isEmpty()) {
            return Reply.NOTHING;
        }
        var hit = hits.get(0);
        var sentence = finder.sentences(hit.passage()).stream()
                .max(Comparator.comparingLong(s -> s.terms().stream().filter(wanted::contains).count()))
                .map(PassageFinder.Sentence::text)
                .orElse(hit.passage().text());
        return new Reply(sentence, List.of(Reply.source(hit.passage(), hit.score())));
    }
}
