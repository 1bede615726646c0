package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The retrieved part of the answers that are not about one role's sections: definitions and topics. */
@Singleton
final class TopicAnswers {

    /** Best-ranked passages checked for one that holds every word a question is about. */
    private static final int ON_TOPIC_CANDIDATES = 5;

    private final PassageFinder finder;
    private final RoleCatalog roles;
    private final TopicPhrases phrases;
    private final TopicQuotes quotes;
    private final RolesNamed rolesNamed;
    private final TopicPassages passages;

    TopicAnswers(PassageFinder finder, KnowledgeBase knowledge, TopicPhrases phrases, TopicQuotes quotes,
                 RolesNamed rolesNamed, TopicPassages passages) {
        this.finder = finder;
        this.roles = knowledge.roles();
        this.phrases = phrases;
        this.quotes = quotes;
        this.rolesNamed = rolesNamed;
        this.passages = passages;
    }

    /**
     * For a question no intent fits well: the sentences of the passage that best matches what it is about, when that
     * passage holds at least half of the question's telling words (all of them, when it asks who does something), and
     * more of them than the question has topic words no article uses; nothing otherwise. The telling words are its
     * topic words the articles use ("apprenticeship", "long" in "how long is an apprenticeship?", not the asking
     * "how"), or every word they use when it has no topic word or when every word tells (a question asking who does
     * something: "who manages the backlog?").
     */
    Reply bestMatch(String question, List<String> topicWords, boolean everyWordTells, List<String> about) {
        var phrased = phrases.said(topicWords, about);
        if (!phrased.isEmpty()) {
            return phrased;
        }
        String words = roles.withoutMentions(question);
        var content = everyWordTells ? Set.<String>of() : finder.contentTerms(String.join(" ", topicWords));
        if (content.isEmpty()) {
            content = finder.contentTerms(words);
        }
        if (content.isEmpty()) {
            return Reply.NOTHING;
        }
        // The best-ranked passage, or one ranked after it that holds every telling word: "who needs stakeholder
        // management?" is answered where both words stand, not by the shortest passage on stakeholders. A heading
        // that says every word counts too: for "do UX designers do user research?" the passage under "User
        // research" wins over "research platforms" said in passing, and as none of its sentences says the words,
        // nothing is quoted here and the answer on the topic (onTopic) quotes it. Half of them in a heading
        // ("… management") counts for nothing.
        KnowledgeIndex.Hit hit = null;
        long covered = 0;
        // A text never holds "who" of "who prescribes medication?", which asks which role: holding all the rest is
        // holding every word, when the rest is more than one word.
        long inAnyText = everyWordTells ? content.stream().filter(t -> !passages.asks(t)).count() : 0;
        for (var candidate : finder.search(words, about, ON_TOPIC_CANDIDATES)) {
            var held = finder.terms(candidate.passage());
            Predicate<String> inText = t -> held.contains(t) && !passages.asks(t);
            var heading = finder.headingIndexTerms(candidate.passage().section());
            long withHeading = content.stream().filter(t -> inText.test(t) || heading.contains(t)).count();
            long holds = withHeading == content.size() ? withHeading : content.stream().filter(inText).count();
            boolean holdsEvery = holds == content.size() || (inAnyText > 1 && holds == inAnyText);
            // Of two holding as much, one naming a role asked: "Cybersecurity analyst skills: …" before "Both roles
            // need networking. Beyond that, their skills differ." for an analyst's skills.
            boolean namesFirst = hit != null && holdsEvery && holds == covered && !about.isEmpty()
                    && rolesNamed.inPassage(candidate.passage(), about) && !rolesNamed.inPassage(hit.passage(), about);
            if (hit == null || (holdsEvery && holds > covered) || namesFirst) {
                hit = candidate;
                covered = holds;
            }
        }
        // Asked of articles on no apprenticeship, "how long is an apprenticeship?" is not about the "long-term vision".
        long saidNowhere = topicWords.stream().filter(this::saidNowhere).count();
        // Who does something is told where all of it stands: "who works nights?" is not answered by "the work of a
        // product owner", nor by "Home every night".
        boolean enough = (everyWordTells ? covered >= inAnyText : covered * 2 >= content.size())
                && covered > saidNowhere;
        if (hit == null || !enough) {
            return Reply.NOTHING;
        }
        // Under "Skills each role needs", "Agile coaches also need experience of organizational change" goes on with
        // "Both roles need strong facilitation … skills", though it doesn't say "skills".
        boolean underTopic = finder.headingIndexTerms(hit.passage().section()).stream().anyMatch(content::contains);
        var quoted = quotes.sentencesWith(content, Set.of(), about, hit, underTopic);
        if (hit.passage().kind() != Passage.Kind.LIST_ITEM) {
            return quoted;
        }
        // An item of a list under "Skills you need" answers with the rest of the list.
        var heading = passages.underHeadings(finder::headingIndexTerms, about).apply(hit.passage().section());
        return quotes.withItems(quoted, hit.passage(), content, content, about, heading);
    }

    /** A word no article uses as written (stemmed): the telling words are matched so too, without synonyms. */
    private boolean saidNowhere(String word) {
        var terms = finder.indexTerms(word);
        return !terms.isEmpty() && terms.stream().noneMatch(t -> finder.mentionsAll(Set.of(t)));
    }

    /** Whether the articles use every one of the words as written (stemmed), and some word is not a stop word. */
    boolean saidSomewhere(List<String> words) {
        return words.stream().anyMatch(w -> !finder.indexTerms(w).isEmpty())
                && words.stream().noneMatch(this::saidNowhere);
    }

    /**
     * What the articles say about every topic word of a question ("a master's degree"): the sentences that hold them,
     * from the best-matching passage about the roles that holds them all, in its text or its heading ("Education and
     * licensing"). A word stands there as itself or as one of its synonyms ("education" as "degree"). Nothing when no
     * passage does: a passage with half of what was asked ("growth" for "salary growth") answers another question.
     */
    Reply onTopic(AnswerComposer.Question q) {
        var topicWords = q.understanding().topicWords();
        var about = q.roles();
        // "Where do PTs work?": "Both roles work in hospitals, …" before "Adapting homes and workplaces".
        var phrased = phrases.said(topicWords, about);
        if (!phrased.isEmpty()) {
            return phrased;
        }
        var wanted = wanted(topicWords);
        var together = onTopicOfAll(topicWords, wanted, about, q.text(), passage -> true);
        // "Which pays more, an accountant or a financial analyst?", or "what skills do I need?" of an article on two
        // roles: it may say it of each role apart, and the passage found first says it of one of them only.
        var each = about.size() >= 2 ? about : about.isEmpty() ? rolesAlongside(together) : List.<String>of();
        var named = roles.rolesIn(together.passages());
        if (each.size() < 2 || (!together.isEmpty() && (named.isEmpty() || named.containsAll(each)))) {
            return together;
        }
        var parts = each.stream()
                .map(role -> onTopicOfAll(topicWords, wanted, List.of(role), q.text(), passage -> true)).toList();
        if (parts.stream().anyMatch(Reply::isEmpty)) {
            return together; // half an answer to a question about two roles would read as the whole of it
        }
        return new Reply(Sentences.withoutRepeats(parts.stream().map(Reply::passages).toList()),
                Reply.distinct(parts.stream().flatMap(p -> p.sources().stream()).toList()));
    }

    /**
     * What the articles say about every topic word of a question on one role, in a passage on that role alone (by the
     * headings above it or its text) or in its cell of a table row: "what do systems analysts test?" is answered under
     * "Typical systems analyst responsibilities", not by "penetration testing" said of every role in the
     * introduction; "who do journalists serve?" by "Who they serve — Journalist: Readers and viewers".
     */
    Reply onTopicOfTheRole(AnswerComposer.Question q) {
        var about = q.roles();
        var wanted = wanted(q.understanding().topicWords());
        return onTopicOfAll(q.understanding().topicWords(), wanted, about, q.text(),
                passage -> about.containsAll(passage.roles())
                        || passage.cells().stream().anyMatch(cell -> about.contains(cell.role()))
                        || saidOfTheRoleAlone(passage, about, wanted));
    }

    /**
     * Whether a sentence of a passage on several roles names the roles asked alone and says every topic word: "Airline
     * pilots in the U.S. must retire at 65." beside "There is no upper age limit for flight attendants."
     */
    private boolean saidOfTheRoleAlone(Passage passage, List<String> about, List<Set<String>> wanted) {
        return !wanted.isEmpty() && finder.sentences(passage).stream().anyMatch(s -> !s.roles().isEmpty()
                && about.containsAll(s.roles())
                && wanted.stream().allMatch(w -> w.stream().anyMatch(s.terms()::contains)));
    }

    /** For each topic word, the terms the articles use for it (synonyms included); none when one uses none of them. */
    private List<Set<String>> wanted(List<String> topicWords) {
        var wanted = new ArrayList<Set<String>>();
        for (var word : topicWords) {
            var terms = finder.wordTerms(word);
            if (terms.isEmpty()) {
                continue; // a stop word
            }
            var used = terms.stream().filter(t -> finder.mentionsAll(Set.of(t))).collect(Collectors.toSet());
            if (used.isEmpty()) { // a word no article uses, nor any of its synonyms ("salary"): no search finds it
                return List.of();
            }
            wanted.add(used);
        }
        return wanted;
    }

    /** The roles of the article a reply quotes, as it lists them, when the reply names one of them alone. */
    private List<String> rolesAlongside(Reply reply) {
        var named = roles.rolesIn(reply.passages());
        return named.size() != 1 ? List.of() : roles.articleOf(named.get(0))
                .map(article -> article.roles().stream().map(Role::name).toList()).orElse(List.of());
    }

    private Reply onTopicOfAll(List<String> topicWords, List<Set<String>> wanted, List<String> about,
                               String question, Predicate<Passage> eligible) {
        if (wanted.isEmpty()) {
            return Reply.NOTHING;
        }
        var anyWanted = wanted.stream().flatMap(Set::stream).collect(Collectors.toSet());
        // A passage that names the role asked, or stands under a heading that does, comes before one that names none:
        // "Teaching assistant cons:" before "Teaching cons:" for the downsides of being a teaching assistant. One that
        // says what the role is or does comes before one that says whom it may suit: "Civil engineers … may work
        // outdoors in all weather" before "You might prefer civil engineering if you … like working outdoors".
        Comparator<KnowledgeIndex.Hit> namingFirst =
                Comparator.comparing(h -> !rolesNamed.inPassage(h.passage(), about));
        var hits = finder.search(anyWanted, about, ON_TOPIC_CANDIDATES).stream()
                .filter(hit -> eligible.test(hit.passage()))
                .sorted(namingFirst.thenComparing(h -> passages.advises(h.passage().section())))
                .toList();
        return passages.first(hits, topicWords, wanted, anyWanted, about, question);
    }

}
