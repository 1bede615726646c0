package careerbot.dialogue;

import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sections whose heading asks a question, as an FAQ's do ("Can a financial analyst become a financial advisor?"):
 * each answers its question asked in other words ("could an analyst become an advisor?").
 */
@Singleton
final class QuestionHeadings {

    private static final int REMEMBERED = 100_000;
    private static final int REMEMBERED_ARTICLES = 1_000;
    private static final String HOW_TO = "how to ";
    /** Articles a question naming no role is asked of, at the most: of more, those its words are found in. */
    private static final int ARTICLES_SEARCHED = 5;

    /**
     * A section whose heading asks something of its roles (in order) beyond what they are or do; of each of them
     * when it names them side by side ("How to become a marketing manager or brand manager").
     */
    private record Asked(Section section, List<String> roles, boolean ofEach, Set<String> terms) { }

    /**
     * What may stand between two roles a heading asks of each: "or" ("How to become a marketing manager or brand
     * manager"); not "and", which asks of the pair ("What are some differences between a PO and a PM?").
     */
    private static final Set<String> SIDE_BY_SIDE = Set.of("or", "a", "an");

    private final PassageFinder finder;
    private final RoleCatalog roles;
    private final List<Article> articles;
    /**
     * The terms a heading may ask with that a question need not repeat: the words that ask for a definition and the
     * first words of a yes-or-no question (templates.yml), "is", "can", "what", "does".
     */
    private final Set<String> askingTerms = new HashSet<>();
    private final Templates.IntentTemplate overview;
    // Per section and article, so bounded.
    private final Cache<Section, Set<String>> askedTerms = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<Article, List<Asked>> askedInArticle =
            Caffeine.newBuilder().maximumSize(REMEMBERED_ARTICLES).build();

    QuestionHeadings(PassageFinder finder, KnowledgeBase knowledge, AnswerWriter writer) {
        this.finder = finder;
        this.roles = knowledge.roles();
        this.articles = knowledge.articles();
        var templates = writer.templates();
        var words = new HashSet<String>(templates.of(Intent.CONCEPT_DEFINITION).findList("cue_words"));
        this.overview = templates.of(Intent.ROLE_OVERVIEW);
        words.addAll(overview.findList("yes_no"));
        words.forEach(word -> askingTerms.addAll(finder.indexTerms(word)));
    }

    /**
     * The first paragraphs of the first section, in the articles of the roles asked about (of none: {@link
     * #articlesAskedOf}), whose heading is a question on the same roles (or on none) that says nothing the question
     * doesn't, nor the question anything it doesn't.
     * Not a section an intent finds by its heading words ("What are some differences between…?" is the comparison's).
     *
     * @param topicWords   what the question is about beyond its roles and ways of asking
     * @param headingWords the heading words of the intent the question was taken for
     */
    Reply answer(String question, List<String> topicWords, List<String> about, String headingWords) {
        var intentTerms = finder.templateTerms(headingWords);
        Set<String> said = null;
        Set<String> ownWords = null;
        Set<String> topic = null;
        Set<String> topicSaid = null;
        Reply onNoRole = Reply.NOTHING;
        var articlesAsked = about.isEmpty() ? articlesAskedOf(question)
                : about.stream().map(roles::articleOf).flatMap(Optional::stream).distinct().toList();
        for (var article : articlesAsked) {
            for (var asked : askedInArticle.get(article, this::askedIn)) {
                boolean headsAnIntent = asked.terms().stream().anyMatch(intentTerms::contains);
                if (headsAnIntent || !asksOfTheSameRoles(asked, about, question)) {
                    continue;
                }
                if (said == null) { // most questions have no heading to compare with: analysed only when one has
                    said = finder.questionTerms(roles.withoutMentions(question));
                    ownWords = withoutAskingTerms(finder.indexTerms(roles.withoutMentions(question)));
                    topic = withoutAskingTerms(finder.indexTerms(String.join(" ", topicWords)));
                    var written = Words.texts(question);
                    topicSaid = withoutAskingTerms(finder.indexTerms(String.join(" ",
                            topicWords.stream().filter(written::contains).toList())));
                    if (overview.asksYesOrNo(question)) {
                        // A word no article uses, before one they do, tells no yes-or-no heading from another: "is an
                        // optometrist a real doctor?" asks "Is an optometrist a doctor?". Not so a topic of its own:
                        // "… without a degree?", of articles that never say "degree".
                        var modifiers = unusedModifiers(written);
                        List.of(ownWords, topic, topicSaid).forEach(terms -> terms.removeAll(modifiers));
                    }
                }
                // A topic the question only implies ("education" for "how do I become …?") is in a heading that says
                // all the question says ("How to become …"); "how long does it take …?" implies one it must say.
                var wanted = asked.terms().containsAll(ownWords) ? topicSaid : topic;
                if (!said.containsAll(asked.terms()) || !finder.headingTerms(asked.section()).containsAll(wanted)
                        || saysOtherwise(article, asked, topicSaid)) {
                    continue;
                }
                if (!asked.roles().isEmpty()) {
                    return RoleParagraphs.firstParagraphs(asked.section(), Reply.BY_STRUCTURE);
                }
                // "Can a copy editor become a copywriter?" answers "can a copy editor become a copywriter?" before
                // "How do you become one?", which asks of no role, though it says all that heading says.
                if (onNoRole.isEmpty()) {
                    onNoRole = about.size() == 1 ? firstParagraphsOn(asked.section(), about.get(0))
                            : RoleParagraphs.firstParagraphs(asked.section(), Reply.BY_STRUCTURE);
                }
            }
        }
        return onNoRole;
    }

    /**
     * A question that names no role is asked of every article, when there are a few, else of those its words are
     * found in first: "how long does it take to get licensed?" of the one that asks it of no role too.
     */
    private List<Article> articlesAskedOf(String question) {
        return articles.size() <= ARTICLES_SEARCHED ? articles
                : finder.search(roles.withoutMentions(question), List.of(), ARTICLES_SEARCHED).stream()
                        .map(hit -> hit.passage().article()).distinct().toList();
    }

    /**
     * Whether the heading says the question's topic only in a synonym of the word asked, which the article writes:
     * "what license does a broker need?" is not "Do I need a degree?" when the article has "Licensing". The synonym
     * rules are for words the articles put another way.
     */
    private boolean saysOtherwise(Article article, Asked asked, Set<String> topicSaid) {
        var elsewhere = new HashSet<>(topicSaid);
        elsewhere.removeAll(finder.headingIndexTerms(asked.section()));
        return !elsewhere.isEmpty() && article.sections().stream().anyMatch(section ->
                finder.headingIndexTerms(section).stream().anyMatch(elsewhere::contains)
                || section.passages().stream().anyMatch(p -> finder.terms(p).stream().anyMatch(elsewhere::contains)));
    }

    /**
     * The first paragraphs of a section whose heading asks of no role, asked of one ("what skills does a copy editor
     * need?" under "What skills do you need?"), without what they say of another role alone, when they say something
     * of this one: a paragraph on another role, a sentence of a paragraph on several naming another ("Copywriters need
     * creativity…").
     */
    Reply firstParagraphsOn(Section section, String role) {
        var passages = section.passages();
        // "How to move up": "… first in line for café manager roles", asked of a barista, says the way there.
        boolean onTheRole = passages.stream().anyMatch(p -> p.roles().contains(role));
        boolean onOthers = passages.stream().anyMatch(p -> !p.roles().isEmpty() && !p.roles().equals(Set.of(role)));
        if (!onTheRole || !onOthers || passages.stream().anyMatch(p -> p.kind() != Passage.Kind.PARAGRAPH)) {
            return RoleParagraphs.firstParagraphs(section, Reply.BY_STRUCTURE);
        }
        var quoted = new ArrayList<String>();
        for (var paragraph : passages) {
            if (!paragraph.roles().isEmpty() && !paragraph.roles().contains(role)) {
                continue; // "Most copywriters start with a portfolio. Many take a short course…": all of it theirs
            }
            var sentences = finder.sentences(paragraph).stream()
                    .filter(s -> s.roles().isEmpty() || s.roles().contains(role))
                    .map(PassageFinder.Sentence::text).toList();
            if (!sentences.isEmpty()) {
                quoted.add(String.join(" ", sentences));
            }
        }
        var first = quoted.subList(0, Math.min(quoted.size(), RoleParagraphs.OVERVIEW_PARAGRAPHS));
        return quoted.isEmpty() ? Reply.NOTHING
                : new Reply(String.join("\n\n", first), List.of(Reply.source(section, Reply.BY_STRUCTURE)));
    }

    /**
     * Whether the question asks of the roles the heading asks of, in the same order: "can an advisor become an
     * analyst?" is not "can an analyst become an advisor?". Of each, when the heading names them side by side: of one
     * of them, or of them side by side again ("how do I become a brand or marketing manager?"). Not a move from one to
     * the other when the question names them side by side: "should I become a paralegal or a lawyer?" is no "Can a
     * paralegal become a lawyer?".
     */
    private boolean asksOfTheSameRoles(Asked asked, List<String> about, String question) {
        return asked.roles().isEmpty() || (asked.ofEach()
                ? asked.roles().containsAll(about) && (about.size() == 1 || namesSideBySide(question))
                : asked.roles().equals(about) && (about.size() == 1 || !namesSideBySide(question)));
    }

    /**
     * Whether a section's heading asks a question of its roles beyond what they are or do: "… work weekends?", or
     * without its question mark, "How to become a paramedic". Not "Is a sonographer the same as an ultrasound
     * technician?", two names of one role, which asks what it is.
     */
    boolean asksMoreThanItsRoles(Section section) {
        var heading = section.heading();
        boolean asks = heading.endsWith("?") || heading.regionMatches(true, 0, HOW_TO, 0, HOW_TO.length());
        return asks && !askedTerms.get(section, this::termsAsked).isEmpty();
    }

    private List<Asked> askedIn(Article article) {
        return article.sections().stream()
                .filter(s -> s.level() >= 2 && !s.passages().isEmpty() && asksMoreThanItsRoles(s))
                .map(s -> new Asked(s, roles.rolesIn(s.heading()), namesSideBySide(s.heading()),
                        askedTerms.get(s, this::termsAsked)))
                .toList();
    }

    /**
     * Whether a heading or question names several roles with nothing but "or" between them: what it asks, it asks of
     * each. Not "Can a marketing manager switch to brand management?", which asks of one what it says of the other.
     */
    boolean namesSideBySide(String heading) {
        var mentions = roles.mentions(heading);
        for (int i = 1; i < mentions.size(); i++) {
            var between = heading.substring(mentions.get(i - 1).end(), mentions.get(i).start());
            if (!SIDE_BY_SIDE.containsAll(Words.texts(between))) {
                return false;
            }
        }
        return mentions.size() > 1;
    }

    /** The terms of the words no article uses that stand right before one they do: "real" of "a real doctor". */
    private Set<String> unusedModifiers(List<String> words) {
        var modifiers = new HashSet<String>();
        for (int i = 0; i + 1 < words.size(); i++) {
            var terms = finder.indexTerms(words.get(i));
            var next = finder.indexTerms(words.get(i + 1));
            if (!terms.isEmpty() && terms.stream().allMatch(this::inNoArticle)
                    && !next.isEmpty() && next.stream().noneMatch(this::inNoArticle)) {
                modifiers.addAll(terms);
            }
        }
        return modifiers;
    }

    private boolean inNoArticle(String term) {
        return !finder.mentionsAll(Set.of(term));
    }

    private Set<String> withoutAskingTerms(Set<String> terms) {
        terms.removeAll(askingTerms);
        return terms;
    }

    /** What a heading asks beyond its roles and its ways of asking; nothing when it names one role two ways. */
    private Set<String> termsAsked(Section section) {
        var heading = section.heading();
        var named = roles.rolesIn(heading);
        if (named.size() == 1 && SameRole.namesUsed(roles, heading, named.get(0)).size() > 1) {
            return Set.of();
        }
        return Set.copyOf(withoutAskingTerms(finder.indexTerms(roles.withoutMentions(heading))));
    }
}
