package careerbot.dialogue;

import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Topics an article may say in a phrase without their word ({@code topic_phrases} in {@code templates.yml}): "Both roles
 * work in hospitals, clinics and schools" says where they work, though no "workplace" or "environment" stands in it.
 */
@Singleton
final class TopicPhrases {

    private static final int REMEMBERED_ARTICLES = 1_000;
    /** Words that join the roles of one subject: "Optometrists and opticians both work in…". */
    private static final Set<String> JOINING = Set.of("and", "or", "both");
    /** How many words may stand between a subject and its phrase: "both", "often", "usually also". */
    private static final int WORDS_BEFORE_PHRASE = 2;
    /** What ends a subject's clause before the phrase: "the teacher, working with…" is not the teacher's. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()—–]");
    /** What opens a clause with a subject of its own: "…; flight dispatchers work for airlines". */
    private static final Pattern NEW_CLAUSE = Pattern.compile("[;:—–]|,\\s*(?:and|but|while|whereas)\\b");
    /** Adverbs that may stand inside a phrase ("work mostly in"): most end so; those of place don't. */
    private static final String ADVERB_ENDING = "ly";
    private static final Set<String> PLACE_ADVERBS = Set.of("indoors", "outdoors", "abroad", "together");

    private final PassageFinder finder;
    private final RoleCatalog roles;
    /** For each topic, the terms that ask about it (its synonyms included) and the phrases that say it. */
    private final List<PhrasedTopic> topics;
    /** The same phrases by topic name ("workplace"), as a comparison's aspects name them. */
    private final Map<String, Templates.Phrasing> phrasingsByTopic;

    /**
     * A topic, the terms that ask about it (its synonyms included) and how articles say it; for each article, the
     * sentences that say it in a phrase, or none when a section's heading names it. Both depend on the article alone.
     */
    private record PhrasedTopic(Set<String> terms, Templates.Phrasing phrasing, Set<String> phraseTerms,
                                Cache<Article, List<Said>> saidIn) {

        PhrasedTopic(Set<String> terms, Templates.Phrasing phrasing, Set<String> phraseTerms) {
            this(terms, phrasing, phraseTerms, Caffeine.newBuilder().maximumSize(REMEMBERED_ARTICLES).build());
        }

        List<List<String>> phrases() {
            return phrasing.said();
        }
    }

    /**
     * A sentence that says the topic, as quoted, and the roles it says it of ({@link #ofWhom}), or none when it names
     * none: its passage's.
     */
    private record Said(Passage passage, String text, List<String> ofWhom) { }

    TopicPhrases(PassageFinder finder, KnowledgeBase knowledge, AnswerWriter writer) {
        this.finder = finder;
        this.roles = knowledge.roles();
        this.phrasingsByTopic = writer.templates().topicPhrases();
        this.topics = phrasingsByTopic.entrySet().stream()
                .map(e -> new PhrasedTopic(finder.wordTerms(e.getKey()), e.getValue(), e.getValue().said().stream()
                        .flatMap(List::stream).flatMap(w -> finder.indexTerms(w).stream()).collect(Collectors.toSet())))
                .toList();
    }

    /**
     * What the articles of the roles asked about say of the topic of a question in its phrases: of two roles, a
     * sentence on both ("Both roles work in hospitals…"), else each role's first sentence, one that names it before
     * one in a passage on it. Nothing when the question asks anything besides the topic (its words less the phrases'
     * own: "work" in "the work environment"), when a section of their articles is headed by it, or when they say it
     * of one role only.
     */
    Reply said(List<String> topicWords, List<String> about) {
        if (about.isEmpty() || topicWords.isEmpty()) {
            return Reply.NOTHING;
        }
        for (var topic : topics) {
            var asked = topicWords.stream().filter(w -> topic.phrases().stream().noneMatch(p -> p.contains(w))).toList();
            if (!asked.isEmpty() && asked.stream().map(finder::indexTerms)
                    .allMatch(terms -> !terms.isEmpty() && topic.terms().containsAll(terms))) {
                var articles = about.stream().flatMap(r -> roles.articleOf(r).stream()).distinct().toList();
                var said = articles.stream().map(a -> topic.saidIn().get(a, article -> saidIn(topic, article))).toList();
                return said.stream().anyMatch(List::isEmpty) ? Reply.NOTHING
                        : chosen(said.stream().flatMap(List::stream).toList(), about);
            }
        }
        return Reply.NOTHING;
    }

    /**
     * Whether a section of the article is headed by the topic ("Where they work", "Work environment and hours"), or a
     * row of a table setting the roles side by side is labelled by it ("Typical workplace — Sonographer: Hospitals…"):
     * the answers on a topic find those, before "people who already work in health care" in a paragraph on training.
     */
    private boolean hasSectionOn(PhrasedTopic topic, Article article) {
        return article.sections().stream().anyMatch(section -> firstWordSays(topic, section.heading())
                || section.passages().stream().anyMatch(p -> !p.cells().isEmpty() && p.label()
                        .filter(label -> wordTerms(label).anyMatch(topic.terms()::containsAll)).isPresent()));
    }

    /**
     * Whether a heading's first word past the phrases' own ("work") says the topic: "Adapting homes and workplaces" is
     * about adapting them. A row's label is a few words, any of which may say it ("Typical workplace").
     */
    private boolean firstWordSays(PhrasedTopic topic, String heading) {
        return wordTerms(heading).filter(terms -> !topic.phraseTerms().containsAll(terms))
                .findFirst().filter(topic.terms()::containsAll).isPresent();
    }

    /** The terms of each word of a text that has any, in its order. */
    private Stream<Set<String>> wordTerms(String text) {
        return Words.of(text).stream().map(w -> finder.indexTerms(w.text())).filter(terms -> !terms.isEmpty());
    }

    /**
     * The sentences of the article that say the topic in one of its phrases, in reading order; none when a section of
     * it is headed by the topic, which the answers on a topic find.
     */
    private List<Said> saidIn(PhrasedTopic topic, Article article) {
        if (hasSectionOn(topic, article)) {
            return List.of();
        }
        var said = new ArrayList<Said>();
        for (var passage : article.sections().stream().flatMap(s -> s.passages().stream()).toList()) {
            // A table row setting the roles side by side says it of each role whose cell, under the row's label,
            // holds a phrase: "Works with — Front-end developer: Designers…; Back-end developer: DBAs…".
            for (var cell : passage.cells()) {
                var ofTheRole = passage.saidOf(List.of(cell.role()));
                if (holdsPhrase(ofTheRole, topic.phrasing())) {
                    said.add(new Said(passage, ofTheRole, List.of(cell.role())));
                }
            }
            var sentences = passage.cells().isEmpty() ? finder.sentences(passage) : List.<PassageFinder.Sentence>of();
            for (var sentence : sentences) {
                // "Many project managers work for utilities, and many report to a program manager" is about the
                // first role it names; one naming none speaks of its passage's ("Both roles work in …" of both).
                // A question in the text ("Do teaching assistants work in the summer?") says nothing.
                // Each phrase of it says it of its own subject: "Air traffic controllers in the US work for the FAA;
                // flight dispatchers work for airlines."
                var phrases = sentence.text().endsWith("?") ? List.<Integer>of()
                        : phraseStarts(sentence.text(), topic.phrasing());
                phrases.stream().map(phrase -> ofWhom(sentence, phrase)).distinct().forEach(whom ->
                        said.add(new Said(passage, finder.inItsList(passage, sentence.text()), whom)));
            }
        }
        return List.copyOf(said);
    }

    /**
     * The roles the sentence says it of: those it names as the subject of the phrase, a few words before it, joined
     * and opening the sentence or a clause ("Optometrists and opticians both work in eye care", "…; flight dispatchers
     * work for airlines"); else the first it names, not the opticians of "Most optometrists work in … optical retail chains", nor the teacher of "A
     * teaching assistant supports the teacher, working with…".
     */
    private List<String> ofWhom(PassageFinder.Sentence sentence, int phrase) {
        if (sentence.roles().size() <= 1) {
            return sentence.roles();
        }
        var text = sentence.text();
        var before = roles.mentions(text).stream().filter(m -> m.start() < phrase).toList();
        if (before.isEmpty()) {
            return sentence.roles().subList(0, 1);
        }
        int last = before.size() - 1;
        var between = text.substring(before.get(last).end(), phrase);
        if (Words.texts(between).size() > WORDS_BEFORE_PHRASE || CLAUSE_BREAK.matcher(between).find()) {
            return sentence.roles().subList(0, 1);
        }
        int first = last;
        while (first > 0 && JOINING.containsAll(
                Words.texts(text.substring(before.get(first - 1).end(), before.get(first).start())))) {
            first--;
        }
        // Of a clause of its own: not "A barrister is instructed by a solicitor rather than hired by…", nor
        // "Accountants who become financial analysts often work for…".
        boolean ownClause = first == 0
                || NEW_CLAUSE.matcher(text.substring(before.get(first - 1).end(), before.get(first).start())).find();
        return ownClause ? before.subList(first, last + 1).stream().map(RoleCatalog.Mention::role).distinct().toList()
                : sentence.roles().subList(0, 1);
    }

    private Reply chosen(List<Said> said, List<String> about) {
        // Of several roles, a sentence on all of them at once ("Both roles work in …"); else, for each role, the
        // first sentence said of it alone ("Most optometrists work in private practices…", before "Optometrists and
        // opticians both work in eye care"), else of it and others, else one in a passage on it.
        var onAll = said.stream().filter(s -> s.ofWhom().isEmpty() ? s.passage().roles().containsAll(about)
                : s.ofWhom().size() > 1 && s.ofWhom().containsAll(about)).findFirst();
        var chosen = about.size() > 1 && onAll.isPresent() ? List.of(onAll.get()) : about.stream()
                .map(role -> said.stream().filter(s -> s.ofWhom().equals(List.of(role))).findFirst()
                        .or(() -> said.stream().filter(s -> s.ofWhom().contains(role)).findFirst())
                        .or(() -> said.stream()
                                .filter(s -> s.ofWhom().isEmpty() && s.passage().roles().contains(role)).findFirst()))
                .flatMap(Optional::stream).distinct().toList();
        if (chosen.isEmpty() || (chosen.size() == 1 && about.size() > 1 && chosen.get(0) != onAll.orElse(null))) {
            return Reply.NOTHING; // one role's workplace, for a question on two, would read as the answer on both
        }
        // The cells of one row, each chosen for a role asked, are quoted as one row.
        var text = chosen.stream().map(s -> s.passage().cells().isEmpty() ? s.text() : s.passage().saidOf(about))
                .distinct();
        var sources = chosen.stream().map(s -> Reply.source(s.passage(), Reply.BY_STRUCTURE)).toList();
        return new Reply(text.collect(Collectors.joining("\n\n")), Reply.distinct(sources));
    }

    /** Whether a text says a topic in a phrase of it: "Counselors often work in private practices" the workplace. */
    boolean says(String topic, String text) {
        var phrasing = phrasingsByTopic.get(topic);
        return phrasing != null && holdsPhrase(text, phrasing);
    }

    private static boolean holdsPhrase(String sentence, Templates.Phrasing phrasing) {
        return phraseAt(sentence, phrasing) >= 0;
    }

    /** Where in the sentence the first phrase of the topic that says it starts, or -1. */
    private static int phraseAt(String sentence, Templates.Phrasing phrasing) {
        var starts = phraseStarts(sentence, phrasing);
        return starts.isEmpty() ? -1 : starts.get(0);
    }

    /** Where in the sentence each phrase of the topic that says it starts, in reading order. */
    private static List<Integer> phraseStarts(String sentence, Templates.Phrasing phrasing) {
        var words = Words.of(sentence);
        var texts = words.stream().map(Words.Word::text).toList();
        var starts = new TreeSet<Integer>();
        for (var phrase : phrasing.said()) {
            for (int at = texts.indexOf(phrase.get(0)); at >= 0; at = nextAt(texts, phrase.get(0), at)) {
                int next = end(texts, phrase, at);
                if (next < 0) {
                    continue;
                }
                // Past "a", "the" and a possessive ("a company's"); then what follows, or the word after it:
                // "work with a company's financial records" says nothing of colleagues.
                while (next < texts.size()
                        && (Words.ARTICLES.contains(texts.get(next)) || isPossessive(texts.get(next)))) {
                    next++;
                }
                boolean nameAfterIn = next < words.size() && phrase.get(phrase.size() - 1).equals("in")
                        && Character.isUpperCase(sentence.charAt(words.get(next).start()));
                // A number after it says a time or an amount: "start work at 3 or 4 a.m.", "work for 12 hours".
                // And past the first of two words a comma joins: "work with unique, unpublished records".
                boolean joined = next + 2 < texts.size()
                        && sentence.substring(words.get(next).end(), words.get(next + 1).start()).contains(",");
                boolean thing = next < texts.size() && (phrasing.notBefore().contains(texts.get(next))
                        || Character.isDigit(texts.get(next).charAt(0))
                        || next + 1 < texts.size() && phrasing.notBefore().contains(texts.get(next + 1))
                        || joined && phrasing.notBefore().contains(texts.get(next + 2)));
                if (next < texts.size() && !thing && !nameAfterIn) {
                    starts.add(words.get(at).start());
                }
            }
        }
        return List.copyOf(starts);
    }

    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    private static int nextAt(List<String> words, String word, int from) {
        int at = words.subList(from + 1, words.size()).indexOf(word);
        return at < 0 ? -1 : from + 1 + at;
    }

    /**
     * Where the phrase that starts at a word ends, or -1 when it doesn't stand there; an adverb may follow its first
     * word: "Most machinists work indoors in machine shops", "Embalmers work mostly in the preparation room".
     */
    private static int end(List<String> words, List<String> phrase, int at) {
        int rest = at + 1;
        if (rest < words.size() && phrase.size() > 1 && !words.get(rest).equals(phrase.get(1))
                && isAdverb(words.get(rest))) {
            rest++;
        }
        int end = rest + phrase.size() - 1;
        return end <= words.size() && words.subList(rest, end).equals(phrase.subList(1, phrase.size())) ? end : -1;
    }

    private static boolean isAdverb(String word) {
        return word.length() > ADVERB_ENDING.length() + 2 && word.endsWith(ADVERB_ENDING)
                || PLACE_ADVERBS.contains(word);
    }
}
