package careerbot.dialogue;

import careerbot.knowledge.EnglishAnalysis;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import careerbot.nlu.Interpreter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a term means ("what is a product backlog?", "what is the NREMT?"): the articles' sentence that says it. */
@Singleton
final class TermDefinitions {

    /** What names a term after saying what it is, with the article it may take. */
    private static final List<String> CALLED = List.of(" called ", " called a ", " called an ", " called the ",
            " known as ", " known as a ", " known as an ", " known as the ");
    /** Enough of the text before a term to hold the longest of {@link #CALLED}. */
    private static final int CALLED_BEFORE = 16;
    /** The dashes between a glossary's term and what it means. */
    private static final String GLOSSARY_DASHES = "—–-";
    /** Best-ranked passages checked for one that holds the term as written. */
    private static final int CANDIDATES = 5;
    /**
     * Best-ranked passages checked for one that spells the term out or says what it is ("Scrum, the most widely used
     * agile framework"): passages under headings holding the term rank first, though they only use it.
     */
    private static final int DEFINING_CANDIDATES = 20;

    private final AnswerWriter writer;
    private final PassageFinder finder;
    private final KnowledgeIndex index;
    private final Templates.IntentTemplate template;
    /** The words of the roles' names ("brand" of "brand manager"), lower case. */
    private final Set<String> roleNameWords;
    /** Said before a sentence that only uses the term ({@code mentioned}); null when the templates say nothing. */
    private final Template mentioned;

    TermDefinitions(AnswerWriter writer, PassageFinder finder, KnowledgeBase knowledge) {
        this.writer = writer;
        this.finder = finder;
        this.index = knowledge.index();
        this.template = writer.templates().of(Intent.CONCEPT_DEFINITION);
        this.roleNameWords = knowledge.roles().roles().stream().flatMap(role -> Words.texts(role.name()).stream())
                .collect(Collectors.toUnmodifiableSet());
        String mentionedText = template.findString("mentioned");
        this.mentioned = mentionedText.isBlank() ? null : Template.parse(mentionedText);
    }

    /**
     * The definition of what a question asks whose words are all cue words of definitions and topic words, whatever
     * intent the model took it for ("what is a dashboard?" may read to it like a question about a role).
     */
    Optional<Answer> termAsked(AnswerComposer.Question q, Map<String, String> values) {
        return termDefined(q, termOnlyAsked(q), values);
    }

    /** The definition of a term the question asks for and nothing else ({@link #termOnlyAsked}); none for "". */
    Optional<Answer> termDefined(AnswerComposer.Question q, String term, Map<String, String> values) {
        var definition = term.isEmpty() ? Reply.NOTHING : of(term, q.text(), values);
        return definition.isEmpty() ? Optional.empty() : Optional.of(defined(q, term, definition, values));
    }

    /** The term a question asks for and nothing else, as {@link #termAsked} defines it; else "". */
    String termOnlyAsked(AnswerComposer.Question q) {
        String asked = template.withoutCueWords(q.text());
        // Numbers aside ("what is series 7?"), which are never topic words; and a short word the articles use in the
        // term ("journey map", "mise en place"), or a word of a role's name ("brand positioning"), which is none on
        // its own. "Who plans the lessons?" asks which role.
        var words = Arrays.stream(asked.split(" ")).filter(w -> w.chars().anyMatch(Character::isLetter)).toList();
        var topic = q.understanding().topicWords();
        boolean onlyTopic = words.stream().anyMatch(topic::contains) && words.stream().allMatch(w -> topic.contains(w)
                || (roleNameWords.contains(Words.singular(w)) && index.usesWord(w))
                || (w.length() < Interpreter.MIN_TOPIC_WORD && !q.understanding().asksWhichRole()
                    && !EnglishAnalysis.STOP_WORDS.contains(w) && index.usesWord(w)));
        // "What is a creative brief?", "what is a Level 3 diploma?": words that ask elsewhere ("brief", "level"), but
        // that the articles write in the term asked.
        boolean termWritten = !onlyTopic && words.stream().anyMatch(topic::contains)
                && words.stream().allMatch(index::usesWord) && isWritten(asked);
        return asked.isBlank() || !onlyTopic && !termWritten ? "" : asked;
    }

    /** Whether one of the passages best matching a term writes it as asked. */
    private boolean isWritten(String term) {
        var written = saidAsWritten(term);
        return finder.search(finder.indexTerms(term), List.of(), CANDIDATES).stream()
                .anyMatch(hit -> written.matcher(hit.passage().text()).find());
    }

    /**
     * "What is a managing broker?", "what does a managing broker do?": a job title no article covers as a role, asked
     * about and nothing else, what the articles say of it where a sentence starts with it ("A managing broker
     * oversees…"); nothing where they only mention it ("hand the dentist instruments").
     */
    Optional<Answer> titleWritten(String title, AnswerComposer.Question q, Map<String, String> values) {
        var written = saidAsWritten(title);
        if (!template.hasOnlyCueWords(written.matcher(q.text()).replaceAll(" "))) {
            return Optional.empty();
        }
        // Its words as written: "managing" is used in the articles though its synonym "handling" is not.
        var used = finder.indexTerms(title);
        var subject = Pattern.compile("(?:^|[.!?:]\\s+)(?:(?:a|an|the) )?" + Pattern.quote(title) + "s? \\p{L}",
                Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
        // Most titles asked of are written nowhere so: looked for among the best passages before a definition is.
        if (!finder.mentionsAll(used) || finder.search(used, List.of(), CANDIDATES).stream()
                .noneMatch(hit -> subject.matcher(hit.passage().text()).find())) {
            return Optional.empty();
        }
        var definition = of(title, q.text(), values, used);
        return subject.matcher(definition.passages()).find()
                ? Optional.of(defined(q, title, definition, values)) : Optional.empty();
    }

    private Answer defined(AnswerComposer.Question q, String term, Reply definition, Map<String, String> values) {
        var defining = new AnswerComposer.Question(Intent.CONCEPT_DEFINITION, q.roles(), q.understanding(), q.text(),
                q.turn());
        writer.putRetrieved(values, definition);
        var answer = writer.answer(defining, Templates.pick(template.replies(), q.turn()), definition.sources(), values);
        return answer.about(List.of(term.split("[ -]")));
    }

    /** The sentence defining a term, and the term as the reply's title ({@code {term}}) written as asked. */
    Reply of(String term, String question, Map<String, String> values) {
        return of(term, question, values, finder.questionTerms(term));
    }

    /** @param used the terms the articles must all use for a definition to be looked for */
    private Reply of(String term, String question, Map<String, String> values, Set<String> used) {
        String written = AnswerWriter.asWritten(term, question);
        // "What is the cfa?": titled as the articles write it, "CFA".
        var name = written.isBlank() || written.contains(" ") ? Optional.<String>empty() : index.nameAsWritten(written);
        values.put("term", name.orElseGet(() -> Words.capitalised(written)));
        return term.isBlank() || !finder.mentionsAll(used) ? Reply.NOTHING : definition(term, name.orElse(written));
    }

    /**
     * The sentence that best defines a term: in the best-matching passage that holds all its words as written, else
     * in the best-matching one, the sentence with most of its words ({@link #of}: nothing when a word of the term
     * stands nowhere in the articles, as a passage about half of it is no definition). A sentence that only uses the
     * term ("This employee may plan sprints…") is said to be no definition ({@code mentioned}), so it is not taken for
     * one.
     *
     * @param written the term as the reply names it ("sprints", "CFA")
     */
    private Reply definition(String term, String written) {
        var wanted = finder.questionTerms(term);
        var ranked = finder.search(wanted, List.of(), DEFINING_CANDIDATES);
        if (ranked.isEmpty()) {
            return Reply.NOTHING;
        }
        var hits = ranked.subList(0, Math.min(CANDIDATES, ranked.size()));
        // "Stakeholder management" is defined where both words stand, not in the shortest passage on stakeholders;
        // "NREMT" where it is spelt out, "… National Registry of Emergency Medical Technicians (NREMT) …".
        // "Medications" where the word stands as asked, before "medical", which stems alike. An acronym the articles
        // write in capitals is spelt out after it too, in any of the best passages: "UX designers (user experience
        // designers)"; not "some software product (which, …)". Other terms skip that search, which made "what is a
        // product backlog?" cost 1.5 to 1.8 times as much (QuestionCosts).
        var asWritten = finder.indexTerms(term);
        boolean acronym = !term.contains(" ")
                && index.nameAsWritten(term).filter(name -> name.equals(name.toUpperCase(Locale.ROOT))).isPresent();
        String spellingAfter = "|\\b(?-i:" + Pattern.quote(term.toUpperCase(Locale.ROOT)) + ")s?(?: \\w+){0,2} \\(";
        var spelt = Pattern.compile("\\(" + Pattern.quote(term) + "s?\\)" + (acronym ? spellingAfter : ""),
                Pattern.CASE_INSENSITIVE);
        var said = saidAsWritten(term);
        // "…defined by Scrum, the most widely used agile framework", "a sprint is a…", "a small device called a
        // transducer", "refer the patient to an ophthalmologist, a medical doctor…": said as what it is, before "the
        // daily scrum" in passing; not "most kitchens are busiest on…", nor "automating releases, a…", which names no
        // thing of its own as a capital or an article does. A glossary's entry opens with the term and a dash: "Quota
        // — the amount of revenue…".
        var named = "(?-i:" + Pattern.quote(term.substring(0, 1).toUpperCase(Locale.ROOT)) + ")"
                + Pattern.quote(term.substring(1));
        var definition = Pattern.compile("\\b(?:" + named + "s?, (?:the|a|an) |" + Pattern.quote(term)
                + "s? (?:(?:is|are) (?:the|a|an)|means|refers to) )", Pattern.CASE_INSENSITIVE);
        Predicate<String> defines = text -> opensAnEntry(text, term) || definition.matcher(text).find()
                || isCalled(text, term) || saysAsAppositive(text, term);
        var hit = (acronym ? ranked : hits).stream().filter(h -> spelt.matcher(h.passage().text()).find()).findFirst()
                .or(() -> ranked.stream().filter(h -> defines.test(h.passage().text())).findFirst())
                .or(() -> hits.stream().filter(h -> said.matcher(h.passage().text()).find()).findFirst())
                .or(() -> hits.stream().filter(h -> finder.terms(h.passage()).containsAll(asWritten)).findFirst())
                .orElse(hits.get(0));
        Comparator<PassageFinder.Sentence> spellsOut = Comparator.comparing(s -> spelt.matcher(s.text()).find());
        Comparator<PassageFinder.Sentence> definesIt = Comparator.comparing(s -> defines.test(s.text()));
        Comparator<PassageFinder.Sentence> saysIt = Comparator.comparing(s -> said.matcher(s.text()).find());
        var sentence = finder.sentences(hit.passage()).stream()
                .max(spellsOut.thenComparing(definesIt).thenComparing(saysIt)
                        .thenComparingLong(s -> s.terms().stream().filter(wanted::contains).count()))
                .map(PassageFinder.Sentence::text)
                .orElse(hit.passage().text());
        // "Beyond that, the skill sets diverge:" defines it with what it introduces.
        var introduced = sentence.endsWith(":") ? hit.passage().section().introducedBy(hit.passage()) : List.<String>of();
        String quoted = finder.inItsList(hit.passage(), sentence + Reply.listed(introduced, TopicQuotes.LISTED_ITEMS));
        boolean headed = isHeadedBy(hit.passage().section(), asWritten);
        // "What are the key takeaways?": a list under a heading that names the term alone is the answer, all of it.
        var list = headed ? hit.passage().section().listOf(hit.passage()) : List.<Passage>of();
        if (list.size() > 1 && hit.passage().section().introOf(hit.passage()).isEmpty()) {
            quoted = Reply.listed(list.stream().map(Passage::text).toList(), TopicQuotes.LISTED_ITEMS).strip();
        }
        boolean says = headed || spelt.matcher(sentence).find() || defines.test(sentence);
        if (!says && mentioned != null) {
            quoted = mentioned.fill(Map.of("term", written)) + "\n\n" + quoted;
        }
        return new Reply(quoted, List.of(Reply.source(hit.passage(), hit.score())));
    }

    /**
     * Whether a text opens with the term and a dash, as a glossary's entry does ("Quota — the amount of…"), or a
     * colon, as a list's item on it does ("pupillage: a year of training in chambers…").
     */
    private static boolean opensAnEntry(String text, String term) {
        if (!text.regionMatches(true, 0, term, 0, term.length())) {
            return false;
        }
        int at = text.startsWith("s ", term.length()) || text.startsWith("s:", term.length()) ? term.length() + 1
                : term.length();
        boolean colon = at + 1 < text.length() && text.charAt(at) == ':' && text.charAt(at + 1) == ' ';
        return colon || at + 2 < text.length() && text.charAt(at) == ' '
                && GLOSSARY_DASHES.indexOf(text.charAt(at + 1)) >= 0 && text.charAt(at + 2) == ' ';
    }

    /** The term as a word of its own, in any case, perhaps in the plural: "sprints", "Managing brokers". */
    private static Pattern saidAsWritten(String term) {
        return Pattern.compile("\\b" + Pattern.quote(term) + "s?\\b", Pattern.CASE_INSENSITIVE);
    }

    /** "A small device called a transducer", "a test known as an MRI": the term named after what it is. */
    private static boolean isCalled(String text, String term) {
        if (!text.contains("called ") && !text.contains("known as ")) {
            return false; // most passages: nothing copied
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String said = term.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(said); at >= 0; at = lower.indexOf(said, at + 1)) {
            String before = " " + lower.substring(Math.max(0, at - CALLED_BEFORE), at);
            int end = at + said.length() + (lower.startsWith("s", at + said.length()) ? 1 : 0);
            boolean wordEnds = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (wordEnds && CALLED.stream().anyMatch(before::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /** A section headed by the term alone ("What is a wireframe?" over "A simple sketch of a page…") defines it. */
    private boolean isHeadedBy(Section section, Set<String> term) {
        return finder.indexTerms(template.withoutCueWords(section.heading())).equals(term);
    }

    /**
     * "…the product backlog, a prioritized list of features…" says what it is, as a name does ("Scrum, the…"). Read
     * without a pattern: most definitions asked are of terms only mentioned, and compiling one for each cost a fifth
     * of a definition's time ({@code QuestionCosts}); nor a copy in lower case, as every passage ranked is read.
     */
    private static boolean saysAsAppositive(String sentence, String term) {
        int length = term.length();
        for (int at = 0; at + length <= sentence.length(); at++) {
            if (!sentence.regionMatches(true, at, term, 0, length) || !ledIn(sentence, at)) {
                continue;
            }
            int end = at + length + (sentence.startsWith("s,", at + length) ? 1 : 0);
            if (beforeAppositive(sentence, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "the", "a" or "an", as a word, stands right before the position: "an ophthalmologist". */
    private static boolean ledIn(String text, int at) {
        for (var article : Words.ARTICLES) {
            int from = at - article.length() - 1;
            if (from >= 0 && text.charAt(at - 1) == ' ' && text.regionMatches(true, from, article, 0, article.length())
                    && (from == 0 || text.charAt(from - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Whether ", " and an article come at the position, opening what the term is: ", a medical doctor…". */
    private static boolean beforeAppositive(String text, int end) {
        if (!text.startsWith(", ", end)) {
            return false;
        }
        int at = end + 2;
        for (var article : Words.ARTICLES) {
            if (text.regionMatches(true, at, article, 0, article.length())
                    && text.startsWith(" ", at + article.length())) {
                return true;
            }
        }
        return false;
    }
}
