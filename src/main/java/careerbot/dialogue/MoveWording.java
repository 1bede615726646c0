package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a sentence or a heading says a move from one role to another ({@code career_advice}'s {@code find: moving}):
 * "Dental assistants often go back to school to become hygienists", "Many cybersecurity engineers start as analysts",
 * "Many people move between the two titles"; the reading behind {@link CareerMoves}.
 */
@Singleton
final class MoveWording {

    static final String FROM = "from";
    static final Set<String> INTO = Set.of("to", "into");
    /** Words right before the role left in "engineers start as analysts", "technicians started in Tier 1". */
    private static final Set<String> BEFORE_ROLE_LEFT = Set.of("as", "in");
    private static final int WORDS_BEFORE_ROLE = 3;

    private final PassageFinder finder;
    private final RoleCatalog roles;
    /** The terms of the words of moving, as the articles are indexed. */
    private final Set<String> markers;
    /** Words that turn a move round ("the other way"), lower case. */
    private final List<String> turningRound;
    /** Words after a word of moving that make it a move either way ("move between the two titles"). */
    private final Set<String> eitherWay;
    /** Words that, before "as" and a role, say a move from it ("engineers start as analysts"), lower case. */
    private final Set<String> startingAs;
    /** Words that open a sentence going on with the subject of the one before ("Some become…"), lower case. */
    private final Set<String> goingOn;

    MoveWording(PassageFinder finder, AnswerWriter writer, KnowledgeBase knowledge) {
        this.finder = finder;
        this.roles = knowledge.roles();
        var advice = writer.templates().of(Intent.CAREER_ADVICE);
        this.markers = advice.findList("moving").stream().flatMap(word -> finder.templateTerms(word).stream())
                .collect(Collectors.toSet());
        this.turningRound = advice.findList("moving_back").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        this.eitherWay = Set.copyOf(advice.findList("moving_either_way"));
        this.startingAs = Set.copyOf(advice.findList("starting_as"));
        this.goingOn = Set.copyOf(advice.findList("going_on"));
    }

    /** Whether indexed terms hold a word of moving. */
    boolean holdsAMarker(Set<String> terms) {
        return terms.stream().anyMatch(markers::contains);
    }

    /** The word right before the given position, or before its article ("from a TA"), is the given one. */
    static boolean said(List<Words.Word> words, int before, String word) {
        var previous = words.stream().filter(w -> w.end() <= before).toList();
        int last = previous.size() - 1;
        if (last > 0 && Words.ARTICLES.contains(previous.get(last).text())) {
            last--;
        }
        return last >= 0 && previous.get(last).text().equals(word);
    }

    /**
     * Whether a sentence, or a heading, says the move from the first role asked to the second, and the topic asked:
     * it names both, holds a word of moving, and the second role comes just after one.
     *
     * @param named the roles the text names
     * @param terms the text's indexed terms
     */
    boolean saysTheMove(String text, List<String> named, Set<String> terms, List<String> asked,
                        List<Set<String>> topic) {
        if (!named.containsAll(asked) || !topic.stream().allMatch(t -> t.stream().anyMatch(terms::contains))) {
            return false; // most sentences: their roles are not looked for again
        }
        var words = Words.of(text);
        boolean moving = holdsAMarker(terms);
        boolean fromTo = words.stream().anyMatch(w -> w.text().equals(FROM));
        if (!moving && !fromTo && words.stream().noneMatch(w -> startingAs.contains(w.text()))) {
            return false;
        }
        var mentions = roles.mentions(text, words);
        return moving && leavesFirst(mentions, asked.get(0), asked.get(1))
                && movesInto(text, words, mentions, asked.get(1))
                || fromTo && fromOneToTheOther(words, mentions, asked.get(0), asked.get(1))
                || startedAs(text, words, mentions, asked.get(0), asked.get(1));
    }

    /**
     * Whether a sentence that names the role moved into, and opens with no subject of its own ("Some become chiefs of
     * staff"), goes on from the one before it, on the role left, and the two say the move: "Executive assistants can
     * grow into senior EA roles. Some become chiefs of staff…".
     */
    boolean goesOnWithTheMove(PassageFinder.Sentence before, PassageFinder.Sentence sentence, List<String> asked,
                              List<Set<String>> topic) {
        if (before == null || !sentence.roles().equals(List.of(asked.get(1))) || !holdsAMarker(sentence.terms())) {
            return false;
        }
        var words = Words.of(sentence.text());
        if (words.isEmpty() || !goingOn.contains(words.get(0).text())) {
            return false;
        }
        var named = new ArrayList<>(before.roles());
        named.addAll(sentence.roles());
        var terms = new HashSet<>(before.terms());
        terms.addAll(sentence.terms());
        return saysTheMove(bothSaid(before, sentence), named, terms, asked, topic);
    }

    static String bothSaid(PassageFinder.Sentence before, PassageFinder.Sentence sentence) {
        return before.text() + " " + sentence.text();
    }

    /** Whether a text goes "from" one role "to" the other: "How to go from junior to senior". */
    private static boolean fromOneToTheOther(List<Words.Word> words, List<RoleCatalog.Mention> mentions,
                                             String leaving, String joining) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            var left = mentions.get(i);
            var joined = mentions.get(i + 1);
            if (left.role().equals(leaving) && joined.role().equals(joining) && said(words, left.start(), FROM)
                    && INTO.stream().anyMatch(word -> said(words, joined.start(), word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the role moved into is named before a word of starting, and the role left right after "as", a few
     * words after it in the same clause: "Many cybersecurity engineers start as analysts", "Program managers often
     * began their careers as project managers".
     */
    private boolean startedAs(String text, List<Words.Word> words, List<RoleCatalog.Mention> mentions,
                              String leaving, String joining) {
        for (var left : mentions) {
            if (!left.role().equals(leaving)
                    || BEFORE_ROLE_LEFT.stream().noneMatch(as -> said(words, left.start(), as))) {
                continue;
            }
            var before = words.stream().filter(w -> w.end() <= left.start()).toList();
            int as = before.size() - 1;
            for (int k = as - 1; k >= 0 && k >= as - 1 - WORDS_BEFORE_ROLE; k--) {
                var word = before.get(k);
                if (Sentences.CLAUSE_BREAK.matcher(text.substring(word.end(), left.start())).find()) {
                    break;
                }
                if (startingAs.contains(word.text())) {
                    return mentions.stream().anyMatch(m -> m.role().equals(joining) && m.start() < word.start());
                }
            }
        }
        return false;
    }

    /**
     * Whether a sentence, or a heading, of an article on both roles says people move either way between them, naming
     * no other role: "Many people move between the two titles during their careers." Nor one of them alone: "PAs can
     * move between specialties" is a move within the role.
     */
    boolean saysMovesEitherWay(String text, List<String> named, Set<String> terms, List<String> asked,
                               List<Set<String>> topic) {
        if (!holdsAMarker(terms) || !asked.containsAll(named) || named.size() == 1
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
                    return !Sentences.CLAUSE_BREAK.matcher(between).find();
                }
            }
        }
        return false;
    }

    /** Whether a sentence says a move goes the other way ("vice versa"). */
    boolean turnsRound(String sentence) {
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
    boolean movesInto(String sentence, List<Words.Word> words, List<RoleCatalog.Mention> mentions, String role) {
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
                if (Sentences.CLAUSE_BREAK.matcher(sentence.substring(before.get(k).end(), after)).find()) {
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
