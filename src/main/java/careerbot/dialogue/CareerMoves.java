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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A move from one role to another ("can a dental assistant become a hygienist?", "how do I switch from HR generalist
 * to recruiter?"): the sentences of their articles that name both roles and say a move into the second
 * ({@code career_advice} {@code find: moving}), or that the articles don't cover it. The reverse move ("assistants
 * become hygienists" for "can a hygienist become an assistant?") is not the one asked about.
 */
@Singleton
final class CareerMoves {

    private static final int MOST_SENTENCES = 2;

    private final PassageFinder finder;
    private final AnswerWriter writer;
    private final RoleCatalog roles;
    private final MoveWording wording;
    private final MovesOnward onward;
    private final Set<String> moving;
    /** What a move the articles don't tell of is called in "My articles don't cover …" ("a move from X to Y"). */
    private final Template moveAsked;

    CareerMoves(PassageFinder finder, AnswerWriter writer, KnowledgeBase knowledge, MoveWording wording,
                MovesOnward onward) {
        this.finder = finder;
        this.writer = writer;
        this.roles = knowledge.roles();
        this.wording = wording;
        this.onward = onward;
        var advice = writer.templates().of(Intent.CAREER_ADVICE);
        this.moving = Set.copyOf(advice.findList("moving"));
        this.moveAsked = Template.parse(advice.findString("move"));
    }

    /**
     * What the articles say of the move the question asks: from its first role to its second, or onward from its one
     * role ({@link MovesOnward}); empty when it asks none, or asks one with a topic they say nothing of.
     */
    Optional<Answer> answerAsked(AnswerComposer.Question q) {
        return asksMove(q.text(), q.roles()) ? answer(q, writer.values(q.roles())) : onward.answer(q);
    }

    /**
     * Whether the question asks about a move between its two roles: a word of moving between them ("a dental
     * assistant become a hygienist"), or "from" the first "to" the second ("move from DA to RDH", "how do I go from TA
     * to teacher?"). "How do I become a recruiter or an HR generalist?" asks how to become either.
     */
    private boolean asksMove(String question, List<String> asked) {
        if (asked.size() != 2) {
            return false;
        }
        var words = Words.of(question);
        if (words.stream().noneMatch(w -> moving.contains(w.text()) || w.text().equals(MoveWording.FROM))) {
            return false; // most questions: no roles looked for again
        }
        // Of the roles asked alone: "I am a PO, can I become a PM?" names no account manager ("AM") beside an article
        // on one; the understanding left it out.
        var mentions = roles.mentions(question, words).stream().filter(m -> asked.contains(m.role())).toList();
        if (mentions.size() != 2) {
            return false;
        }
        int first = mentions.get(0).start();
        int second = mentions.get(1).start();
        boolean between = words.stream()
                .anyMatch(w -> moving.contains(w.text()) && w.start() > first && w.start() < second);
        boolean fromTo = MoveWording.said(words, first, MoveWording.FROM)
                && MoveWording.INTO.stream().anyMatch(word -> MoveWording.said(words, second, word));
        return between || fromTo;
    }

    /**
     * What the articles say of the move from the question's first role to its second, or that they don't say. Asked
     * with a topic ("… without a degree?"), what they say of the move and the topic: nothing, if they say nothing of
     * both, and the topic is answered as any other.
     */
    private Optional<Answer> answer(AnswerComposer.Question q, Map<String, String> values) {
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
                var headingRoles = section.level() >= 2 ? finder.headingRoles(section) : List.<String>of();
                var headingTerms = finder.headingIndexTerms(section);
                // "Can you switch between them?" in an article on both: a move either way.
                boolean headingAsks = !section.passages().isEmpty()
                        && (wording.saysTheMove(section.heading(), headingRoles, headingTerms, asked, topic)
                        || onBoth && wording.saysMovesEitherWay(section.heading(), headingRoles, headingTerms, asked, topic));
                if (path == null && (leadsFrom(section, headingRoles, headingTerms, asked, topic)
                        || onBoth && leadsFromSomewhereToSomewhere(section, headingRoles, headingTerms, asked, topic))) {
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
                boolean headingAsksBack = wording.saysTheMove(section.heading(), headingRoles, headingTerms, back, topic);
                for (var passage : section.passages()) {
                    PassageFinder.Sentence before = null;
                    for (var sentence : finder.sentences(passage)) {
                        boolean movesBack = headingAsksBack && sentence.roles().contains(asked.get(0))
                                && wording.turnsRound(sentence.text());
                        boolean goesOn = wording.goesOnWithTheMove(before, sentence, asked, topic);
                        boolean moves = movesBack || goesOn || onBoth
                                && wording.saysMovesEitherWay(sentence.text(), sentence.roles(), sentence.terms(), asked, topic)
                                || wording.saysTheMove(sentence.text(), sentence.roles(), sentence.terms(), asked, topic);
                        if (quoted.size() < MOST_SENTENCES && moves) {
                            // An FAQ's question in the text, not in bold ("Can a TA become a teacher? Yes. …").
                            quoted.add(sentence.text().endsWith("?") ? Reply.quote(passage)
                                    : goesOn ? MoveWording.bothSaid(before, sentence) : sentence.text());
                            sources.add(Reply.source(passage, Reply.BY_STRUCTURE));
                        }
                        before = sentence;
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
        return Optional.of(writer.sentencesFound(advising, quoted, sources, values));
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
                || !wording.holdsAMarker(headingTerms)) {
            return false;
        }
        var heading = section.heading();
        var words = Words.of(heading);
        return wording.movesInto(heading, words, roles.mentions(heading, words), joining)
                && namesTheFirstAndTheTopic(section, headingTerms, asked, topic);
    }

    /**
     * Whether a section of an article on both roles, headed by a way from one place to another that names no role
     * ("How to get from the till to the manager's office"), names the first role before any other in its text ("Show
     * reliability as a cashier", before "… assistant manager role") and says the topic asked: the article's way from
     * that role to the other.
     */
    private boolean leadsFromSomewhereToSomewhere(Section section, List<String> headingRoles, Set<String> headingTerms,
                                                  List<String> asked, List<Set<String>> topic) {
        if (section.level() < 2 || !headingRoles.isEmpty()) {
            return false;
        }
        var words = Words.of(section.heading());
        int from = words.stream().filter(w -> w.text().equals(MoveWording.FROM)).mapToInt(Words.Word::start)
                .findFirst().orElse(Integer.MAX_VALUE);
        var firstNamed = section.passages().stream().flatMap(p -> finder.sentences(p).stream())
                .flatMap(s -> s.roles().stream()).findFirst();
        return words.stream().anyMatch(w -> w.start() > from && MoveWording.INTO.contains(w.text()))
                && firstNamed.filter(asked.get(0)::equals).isPresent()
                && namesTheFirstAndTheTopic(section, headingTerms, asked, topic);
    }

    private boolean namesTheFirstAndTheTopic(Section section, Set<String> headingTerms, List<String> asked,
                                             List<Set<String>> topic) {
        var said = section.passages().stream().flatMap(p -> finder.sentences(p).stream()).toList();
        return said.stream().anyMatch(s -> s.roles().contains(asked.get(0))) && topic.stream().allMatch(t -> t.stream()
                .anyMatch(term -> headingTerms.contains(term) || said.stream().anyMatch(s -> s.terms().contains(term))));
    }

}
