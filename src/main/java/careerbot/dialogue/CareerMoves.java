package careerbot.dialogue;

import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A move from one role to another ("can a dental assistant become a hygienist?", "how do I switch from HR generalist
 * to recruiter?"): the sentences of their articles that name both roles and say a move into the second
 * ({@code career_advice} {@code find: moving}), or that the articles don't cover it. The reverse move ("assistants
 * become hygienists" for "can a hygienist become an assistant?") is not the one asked about.
 */
@Singleton
final class CareerMoves {

    private static final int MOST_SENTENCES = 2;
    private static final int WORDS_BEFORE_ROLE = 3;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?]");
    private static final String FROM = "from";
    private static final Set<String> INTO = Set.of("to", "into");

    private final PassageFinder finder;
    private final AnswerWriter writer;
    private final RoleCatalog roles;
    private final Templates.IntentTemplate advice;
    private final Set<String> moving;
    /** The terms of the words of moving, as the articles are indexed. */
    private final Set<String> markers;
    /** What a move the articles don't tell of is called in "My articles don't cover …" ("a move from X to Y"). */
    private final Template moveAsked;
    /** Words that turn a move round ("the other way"), lower case. */
    private final List<String> turningRound;
    /** Words after a word of moving that make it a move either way ("move between the two titles"). */
    private final Set<String> eitherWay;

    CareerMoves(PassageFinder finder, AnswerWriter writer, KnowledgeBase knowledge) {
        this.finder = finder;
        this.writer = writer;
        this.roles = knowledge.roles();
        this.advice = writer.templates().of(Intent.CAREER_ADVICE);
        this.moving = Set.copyOf(advice.findList("moving"));
        this.moveAsked = Template.parse(advice.findString("move"));
        this.turningRound = advice.findList("moving_back").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        this.eitherWay = Set.copyOf(advice.findList("moving_either_way"));
        this.markers = moving.stream().flatMap(word -> finder.templateTerms(word).stream()).collect(Collectors.toSet());
    }

    /**
     * Whether the question asks about a move between its two roles: a word of moving between them ("a dental
     * assistant become a hygienist"), or "from" the first "to" the second after one ("move from DA to RDH"). "How do
     * I become a recruiter or an HR generalist?" asks how to become either.
     */
    boolean asksMove(String question, List<String> asked) {
        if (asked.size() != 2) {
            return false;
        }
        var words = Words.of(question);
        if (words.stream().noneMatch(w -> moving.contains(w.text()))) {
            return false; // most questions: no roles looked for again
        }
        var mentions = roles.mentions(question, words);
        if (mentions.size() != 2) {
            return false;
        }
        int first = mentions.get(0).start();
        int second = mentions.get(1).start();
        boolean between = words.stream()
                .anyMatch(w -> moving.contains(w.text()) && w.start() > first && w.start() < second);
        boolean fromTo = words.stream().anyMatch(w -> moving.contains(w.text()) && w.start() < first)
                && said(words, first, FROM) && INTO.stream().anyMatch(word -> said(words, second, word));
        return between || fromTo;
    }

    /** The word right before the given position is the given one. */
    private static boolean said(List<Words.Word> words, int before, String word) {
        var previous = words.stream().filter(w -> w.end() <= before).reduce((a, b) -> b);
        return previous.isPresent() && previous.get().text().equals(word);
    }

    /**
     * What the articles say of the move from the question's first role to its second, or that they don't say. Asked
     * with a topic ("… without a degree?"), what they say of the move and the topic: nothing, if they say nothing of
     * both, and the topic is answered as any other.
     */
    Optional<Answer> answer(AnswerComposer.Question q, Map<String, String> values) {
        var asked = q.roles();
        var topic = q.understanding().topicWords().stream().filter(w -> !moving.contains(w)).map(finder::wordTerms)
                .filter(terms -> !terms.isEmpty()).toList();
        var articles = new LinkedHashSet<Article>();
        asked.forEach(role -> roles.articleOf(role).ifPresent(articles::add));
        var back = List.of(asked.get(1), asked.get(0));
        var quoted = new ArrayList<String>();
        var sources = new ArrayList<Source>();
        Section path = null;
        for (var article : articles) {
            boolean onBoth = article.roles().stream().map(Role::name).toList().containsAll(asked);
            for (var section : article.sections()) {
                // The title names every role and asks nothing: only a heading of the article's own asks a move.
                var headingRoles = section.level() >= 2 ? roles.rolesIn(section.heading()) : List.<String>of();
                var headingTerms = finder.headingIndexTerms(section);
                // "Can you switch between them?" in an article on both: a move either way.
                boolean headingAsks = !section.passages().isEmpty()
                        && (saysTheMove(section.heading(), headingRoles, headingTerms, asked, topic)
                        || onBoth && saysMovesEitherWay(section.heading(), headingRoles, headingTerms, asked, topic));
                if (path == null && leadsFrom(section, headingRoles, headingTerms, asked, topic)) {
                    path = section;
                }
                if (quoted.size() < MOST_SENTENCES && headingAsks) {
                    // An FAQ's question on the move, though it asks a little more ("Can an RN become an NP while
                    // working?"): its answer.
                    quoted.add(Reply.quote(section.passages().get(0)));
                    sources.add(Reply.source(section, Reply.BY_STRUCTURE));
                    continue;
                }
                // "Can a BA become a systems analyst? … Systems analysts also move the other way": the move back.
                boolean headingAsksBack = saysTheMove(section.heading(), headingRoles, headingTerms, back, topic);
                for (var passage : section.passages()) {
                    for (var sentence : finder.sentences(passage)) {
                        boolean movesBack = headingAsksBack && sentence.roles().contains(asked.get(0))
                                && turnsRound(sentence.text());
                        boolean moves = movesBack || onBoth
                                && saysMovesEitherWay(sentence.text(), sentence.roles(), sentence.terms(), asked, topic)
                                || saysTheMove(sentence.text(), sentence.roles(), sentence.terms(), asked, topic);
                        if (quoted.size() < MOST_SENTENCES && moves) {
                            // An FAQ's question in the text, not in bold ("Can a TA become a teacher? Yes. …").
                            quoted.add(sentence.text().endsWith("?") ? Reply.quote(passage) : sentence.text());
                            sources.add(Reply.source(passage, Reply.BY_STRUCTURE));
                        }
                    }
                }
            }
        }
        if (quoted.isEmpty() && path != null) {
            var steps = RoleParagraphs.firstParagraphs(path, Reply.BY_STRUCTURE);
            quoted.add(steps.passages());
            sources.addAll(steps.sources());
        }
        var advising = new AnswerComposer.Question(Intent.CAREER_ADVICE, asked, q.understanding(), q.text(), q.turn());
        if (quoted.isEmpty()) {
            return topic.isEmpty() ? Optional.of(writer.notCovered(advising,
                    moveAsked.fill(values), values)) : Optional.empty();
        }
        writer.putRetrieved(values, new Reply(String.join(" ", quoted), Reply.distinct(sources)));
        return Optional.of(writer.answer(advising, writer.templates().reply("best_match", q.turn()),
                Reply.distinct(sources), values));
    }

    /**
     * Whether a sentence, or a heading, says the move from the first role asked to the second, and the topic asked:
     * it names both, holds a word of moving, and the second role comes just after one.
     *
     * @param named the roles the text names
     * @param terms the text's indexed terms
     */
    private boolean saysTheMove(String text, List<String> named, Set<String> terms, List<String> asked,
                                List<Set<String>> topic) {
        if (!named.containsAll(asked) || terms.stream().noneMatch(markers::contains)
                || !topic.stream().allMatch(t -> t.stream().anyMatch(terms::contains))) {
            return false; // most sentences: their roles are not looked for again
        }
        var words = Words.of(text);
        var mentions = roles.mentions(text, words);
        return leavesFirst(mentions, asked.get(0), asked.get(1)) && movesInto(text, words, mentions, asked.get(1));
    }

    /**
     * Whether a section headed by a move into the second role alone ("How to become a nurse practitioner") names the
     * first in its text ("Step 2: Gain clinical experience as a registered nurse"), and says the topic asked: it is
     * the way from one to the other, quoted when no sentence says the move itself.
     */
    private boolean leadsFrom(Section section, List<String> headingRoles, Set<String> headingTerms, List<String> asked,
                              List<Set<String>> topic) {
        var joining = asked.get(1);
        if (headingRoles.isEmpty() || !headingRoles.stream().allMatch(joining::equals)
                || headingTerms.stream().noneMatch(markers::contains)) {
            return false;
        }
        var heading = section.heading();
        var words = Words.of(heading);
        if (!movesInto(heading, words, roles.mentions(heading, words), joining)) {
            return false;
        }
        var said = section.passages().stream().flatMap(p -> finder.sentences(p).stream()).toList();
        return said.stream().anyMatch(s -> s.roles().contains(asked.get(0))) && topic.stream().allMatch(t -> t.stream()
                .anyMatch(term -> headingTerms.contains(term) || said.stream().anyMatch(s -> s.terms().contains(term))));
    }

    /**
     * Whether a sentence, or a heading, of an article on both roles says people move either way between them, naming
     * no other role: "Many people move between the two titles during their careers."
     */
    private boolean saysMovesEitherWay(String text, List<String> named, Set<String> terms, List<String> asked,
                                       List<Set<String>> topic) {
        if (terms.stream().noneMatch(markers::contains) || !asked.containsAll(named)
                || !topic.stream().allMatch(t -> t.stream().anyMatch(terms::contains))) {
            return false;
        }
        var words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            if (!isMarker(words.get(i))) {
                continue;
            }
            for (int k = i + 1; k < words.size() && k <= i + 1 + WORDS_BEFORE_ROLE; k++) {
                if (eitherWay.contains(words.get(k).text())) {
                    String between = text.substring(words.get(i).end(), words.get(k).start());
                    return !CLAUSE_BREAK.matcher(between).find();
                }
            }
        }
        return false;
    }

    private boolean turnsRound(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return turningRound.stream().anyMatch(lower::contains);
    }

    /**
     * Whether the role left is named before the role moved into: "How to become a marketing manager or brand
     * manager" asks no move from brand manager, though a word of moving stands just before the other.
     */
    private static boolean leavesFirst(List<RoleCatalog.Mention> mentions, String leaving, String joining) {
        int left = -1;
        int joined = -1;
        for (int i = 0; i < mentions.size(); i++) {
            String role = mentions.get(i).role();
            left = left < 0 && role.equals(leaving) ? i : left;
            joined = role.equals(joining) ? i : joined;
        }
        return left >= 0 && left < joined;
    }

    /**
     * Whether a word of moving comes just before the role, at most {@value #WORDS_BEFORE_ROLE} words away in the same
     * clause: "go back to school to become hygienists", "move into a junior data scientist role"; not "how people move
     * through it; the civil engineer makes sure it stands", nor "moving from security analyst", which leaves the role.
     * Or the role comes after "to" in a move "from" another: "moving from security analyst to penetration tester".
     */
    private boolean movesInto(String sentence, List<Words.Word> words, List<RoleCatalog.Mention> mentions,
                              String role) {
        for (var mention : mentions) {
            if (!mention.role().equals(role)) {
                continue;
            }
            if (said(words, mention.start(), FROM)) {
                continue;
            }
            var before = words.stream().filter(w -> w.end() <= mention.start()).toList();
            int after = mention.start();
            for (int k = before.size() - 1; k >= 0 && k >= before.size() - 1 - WORDS_BEFORE_ROLE; k--) {
                if (CLAUSE_BREAK.matcher(sentence.substring(before.get(k).end(), after)).find()) {
                    break; // "… how people move through it; the civil engineer …" moves no one into the role
                }
                if (isMarker(before.get(k))) {
                    return true;
                }
                after = before.get(k).start();
            }
            if (INTO.stream().anyMatch(word -> said(words, mention.start(), word))
                    && leftBefore(words, mentions, mention)) {
                return true;
            }
        }
        return false;
    }

    /** Whether another role is left ("from" it) before the mention, after a word of moving. */
    private boolean leftBefore(List<Words.Word> words, List<RoleCatalog.Mention> mentions, RoleCatalog.Mention into) {
        for (var left : mentions) {
            if (left.start() >= into.start() || left.role().equals(into.role())) {
                continue;
            }
            if (said(words, left.start(), FROM)
                    && words.stream().anyMatch(w -> w.end() <= left.start() && isMarker(w))) {
                return true;
            }
        }
        return false;
    }

    private boolean isMarker(Words.Word word) {
        return finder.indexTerms(word.text()).stream().anyMatch(markers::contains);
    }
}
