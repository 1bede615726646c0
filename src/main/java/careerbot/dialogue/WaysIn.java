package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How to become a role, when its article tells it under a heading of its own and not in words of a topic the question
 * implies ("how do I become a front-end developer?" implies education, which "Learn the basics of HTML…" never
 * names): a heading with a word of {@code career_advice}'s {@code moving} and the role alone ("How to become a nurse
 * practitioner"), from another role to it ("From officer to detective"), or one of its {@code way_in} or {@code
 * becoming} and no role ("How to get started", "Becoming one"); or a list whose lead-in says it so ("Becoming a
 * psychologist:", under "The path to each career"); else the sentences on a move into the role ("Many QA testers move
 * into SDET roles…"). Asked with either.
 */
@Singleton
final class WaysIn {

    /** Sentences on a move into the role quoted at most, when no heading tells the way in. */
    private static final int MOST_SENTENCES = 2;

    private final RoleCatalog roles;
    private final RoleAnswers roleAnswers;
    private final QuestionHeadings questionHeadings;
    private final PassageFinder finder;
    private final MoveWording wording;
    private final SentenceSubjects subjects;
    private final ArticleSentences sentences;
    /** Words that say how one starts as a role ("Many VAs start by…"), lower case. */
    private final Set<String> startingAs;
    private final Set<String> moving;
    /** Words of a heading naming no role that tell how to become the roles its text names ("Becoming one"). */
    private final Set<String> becoming;
    /** Ways of saying how one starts out in a job ("get started"), lower case. */
    private final List<String> waysIn;
    /** The steps into a role answered first ({@link #firstFor}), by role: as many as the articles have roles. */
    private final Map<String, Optional<Reply>> stepsFirst = new ConcurrentHashMap<>();

    WaysIn(KnowledgeBase knowledge, AnswerWriter writer, RoleAnswers roleAnswers, QuestionHeadings questionHeadings,
           PassageFinder finder, MoveWording wording, SentenceSubjects subjects, ArticleSentences sentences) {
        this.roles = knowledge.roles();
        this.roleAnswers = roleAnswers;
        this.questionHeadings = questionHeadings;
        this.finder = finder;
        this.wording = wording;
        this.subjects = subjects;
        this.sentences = sentences;
        var advice = writer.templates().of(Intent.CAREER_ADVICE);
        this.moving = Set.copyOf(advice.findList("moving"));
        this.waysIn = advice.findList("way_in").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        this.startingAs = Set.copyOf(advice.findList("starting_as"));
        this.becoming = Set.copyOf(advice.findList("becoming"));
    }

    /**
     * The steps under the heading on the way into the one role asked, if the question asks it and a heading says it;
     * else the sentences that say a move into it ("Many QA testers move into SDET roles by learning a programming
     * language…"), the way in its article tells; not those advising whom it suits ("If you want to start working
     * quickly, become a CNA").
     */
    Reply of(AnswerComposer.Question q) {
        if (q.roles().size() != 1 || !asksTheWayIn(q)) {
            return Reply.NOTHING;
        }
        var role = q.roles().get(0);
        var steps = into(role);
        return steps.isEmpty() ? movesInto(role) : steps;
    }

    private Reply movesInto(String role) {
        return sentences.picked(role, sentence -> sentence.roles().contains(role) && !subjects.advises(sentence.text())
                && movesInto(sentence.text(), role), MOST_SENTENCES);
    }

    private boolean movesInto(String sentence, String role) {
        var words = Words.of(sentence);
        return wording.movesInto(sentence, words, roles.mentions(sentence, words), role);
    }

    /**
     * The steps into the one role asked, if the question asks the way in, before any search on the topic it implies
     * (education), which would find those saying a degree alone: a list a lead-in on the way into it introduces, else
     * those under a heading naming it on the way into it that asks nothing ("From officer to detective"); not under
     * "How long does it take to become an NP?", which asks more than the way in, nor "How to get into each career".
     */
    Reply firstFor(AnswerComposer.Question q) {
        if (q.roles().size() != 1) {
            return Reply.NOTHING;
        }
        // Looked for once a role: most articles have no such steps, and then the question need not be read.
        var steps = stepsFirst.computeIfAbsent(q.roles().get(0), role -> listInto(role).or(() -> headingInto(role)
                .filter(heading -> !heading.heading().endsWith("?") && roles.rolesIn(heading.heading()).contains(role))
                .map(WaysIn::steps)));
        if (!asksTheWayIn(q)) {
            return Reply.NOTHING;
        }
        if (steps.isPresent()) {
            return steps.get();
        }
        var role = q.roles().get(0);
        var roleless = headingInto(role).filter(heading -> roles.rolesIn(heading.heading()).isEmpty());
        // "How do I get started as a data engineer?" asks in the words of a heading that names no role ("Getting
        // started"): its steps, before the degree the question implies; "how do I become a virtual assistant?" asks
        // it of one whose text says how one starts as the role ("Many VAs start by…"). Of the role asked, and of none
        // ("No degree is required for either role"), when the text names others too.
        boolean asked = saysAWayIn(q.text());
        return roleless.filter(heading -> asked || saysBecoming(heading.heading()) || saysHowOneStartsAs(heading, role))
                .map(heading -> questionHeadings.firstParagraphsOn(heading, role)).orElse(Reply.NOTHING);
    }

    /**
     * Whether a sentence of the section opens with the role and then says how it starts ("Many VAs start by offering
     * services…"), or says a move into it ("To become a radiologic technologist, you…"); not "Most Tier 2 technicians
     * started in Tier 1" of a Tier 1 technician, nor "a Tier 1 technician … is well placed for promotion", both of
     * the way out of it.
     */
    private boolean saysHowOneStartsAs(Section section, String role) {
        return section.passages().stream().flatMap(p -> finder.sentences(p).stream()).anyMatch(sentence -> {
            var words = Words.of(sentence.text());
            var mentions = roles.mentions(sentence.text(), words);
            if (mentions.isEmpty()) {
                return false;
            }
            var first = mentions.get(0);
            boolean startsAs = first.role().equals(role)
                    && words.stream().anyMatch(w -> w.start() >= first.end() && startingAs.contains(w.text()));
            return startsAs || wording.movesInto(sentence.text(), words, mentions, role);
        });
    }

    /**
     * For a question on the way into either of two roles talked about, naming neither ("how do I become one?"), when
     * a heading says each: each role's steps under its name, or once when both share the heading ("How to get
     * started"); else what tells the way into each, a heading or a move into it ("Many QA testers move into SDET
     * roles…"), if something tells both; nothing otherwise, as for the FAQ on moving from one to the other, which a
     * question naming both asks.
     */
    Optional<Reply> intoEach(AnswerComposer.Question q) {
        if (q.roles().size() != 2 || !q.understanding().roles().isEmpty() || !asksTheWayIn(q)) {
            return Optional.empty();
        }
        var first = headingInto(q.roles().get(0));
        var second = headingInto(q.roles().get(1));
        if (first.isEmpty() || second.isEmpty()) {
            // Of whose ways in no heading tells both: the steps or the moves into each, when the article tells both;
            // one role's steps alone would read as the whole answer.
            var ways = q.roles().stream().collect(Collectors.toMap(role -> role,
                    role -> into(role).or(() -> movesInto(role))));
            return ways.values().stream().anyMatch(Reply::isEmpty) ? Optional.empty()
                    : Optional.of(roleAnswers.eachRole(q.roles(), ways::get));
        }
        var headings = Map.of(q.roles().get(0), first.get(), q.roles().get(1), second.get());
        return Optional.of(first.equals(second) ? steps(first.get())
                : roleAnswers.eachRole(q.roles(), role -> steps(headings.get(role))));
    }

    /** The steps under the heading on the way into the role, if one says it. */
    Reply into(String role) {
        return headingInto(role).map(WaysIn::steps).orElse(Reply.NOTHING);
    }

    /**
     * A list whose lead-in says the way into the role alone, with it: "Becoming a psychologist:" and its four steps,
     * all of them, though only two say a word of education, the topic the question implies.
     */
    private Optional<Reply> listInto(String role) {
        return roles.articleOf(role).flatMap(article -> article.sections().stream()
                .flatMap(section -> section.passages().stream())
                .filter(leadIn -> !leadIn.section().listAfter(leadIn).isEmpty())
                .filter(leadIn -> roles.rolesIn(leadIn.text()).equals(List.of(role)) && saysMoving(leadIn.text()))
                .findFirst()
                .map(leadIn -> new Reply(Reply.quote(leadIn), List.of(Reply.source(leadIn, Reply.BY_STRUCTURE)))));
    }

    private static Reply steps(Section heading) {
        return RoleParagraphs.firstParagraphs(heading, Reply.BY_STRUCTURE);
    }

    private Optional<Section> headingInto(String role) {
        return roles.articleOf(role).flatMap(article -> article.sections().stream()
                .filter(section -> section.level() >= 2 && !section.passages().isEmpty())
                .filter(section -> leadsInto(section, role))
                .findFirst());
    }

    private boolean asksTheWayIn(AnswerComposer.Question q) {
        // "How long does it take to become a surveyor?" asks a duration too, which the steps don't promise.
        return q.understanding().topicWords().size() <= 1 && (saysMoving(q.text()) || saysAWayIn(q.text()));
    }

    /**
     * Whether the heading tells the way into the role: of it alone with a word of moving or from somewhere to it
     * ("From officer to detective"), or of none with a way in, when its text names the role or none ("How to move
     * up": "… first in line for café manager roles" leads into the café manager's, not the barista's).
     */
    private boolean leadsInto(Section section, String role) {
        var named = roles.rolesIn(section.heading());
        return named.equals(List.of(role)) && saysMoving(section.heading())
                || named.isEmpty() && (saysAWayIn(section.heading()) || saysBecoming(section.heading()))
                        && namesNoneBut(section, role)
                || comesTo(section.heading(), role);
    }

    private static boolean namesNoneBut(Section section, String role) {
        var named = section.passages().stream().flatMap(p -> p.roles().stream()).collect(Collectors.toSet());
        return named.isEmpty() || named.contains(role);
    }

    /** Whether a text starts "from" somewhere, a role or not, and ends "to" the role: "From officer to detective". */
    private boolean comesTo(String text, String role) {
        var words = Words.of(text);
        if (words.isEmpty() || !words.get(0).text().equals(MoveWording.FROM)) {
            return false;
        }
        var mentions = roles.mentions(text, words);
        var last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        return last != null && last.role().equals(role) && last.end() == words.get(words.size() - 1).end()
                && MoveWording.INTO.stream().anyMatch(into -> MoveWording.said(words, last.start(), into));
    }

    private boolean saysAWayIn(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        return waysIn.stream().anyMatch(lower::contains);
    }

    private boolean saysBecoming(String text) {
        return Words.texts(text).stream().anyMatch(becoming::contains);
    }

    private boolean saysMoving(String text) {
        return Words.texts(text).stream().anyMatch(moving::contains);
    }
}
