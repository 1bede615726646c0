package careerbot.dialogue;

import careerbot.dialogue.Sides.Fit;
import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Career advice: which of two roles fits the interests a user states, on the grounds of what the article says of
 * each, or what each role suits when the user states none.
 */
@Singleton
final class AdviceAnswers {

    private static final int GROUNDS = 2;
    /** Best-matching passages whose articles are weighed for advice that names no role. */
    private static final int ARTICLES_SEARCHED = 5;
    /** Telling words a fit found in all the article says of one role needs, beyond its advice section. */
    private static final int TELLING_WORDS_ALONE = 2;
    /** Articles whose roles advice without roles or interests lists side by side. */
    private static final int ARTICLES_LISTED = 3;

    private final PassageFinder finder;
    private final AnswerWriter writer;
    private final Templates templates;
    private final Templates.IntentTemplate comparison;
    private final RoleAnswers roleAnswers;
    private final RoleCatalog roles;
    private final List<Article> articles;
    private final RoleSides sides;

    AdviceAnswers(PassageFinder finder, RoleAnswers roleAnswers, KnowledgeBase knowledge, AnswerWriter writer,
                  RoleSides sides) {
        this.finder = finder;
        this.sides = sides;
        this.writer = writer;
        this.templates = writer.templates();
        this.comparison = templates.of(Intent.ROLE_COMPARISON);
        this.roleAnswers = roleAnswers;
        this.roles = knowledge.roles();
        this.articles = knowledge.articles();
    }

    /** Career advice: which role fits the interests stated, or what each role suits when none are. */
    Answer answer(AnswerComposer.Question q, Map<String, String> values) {
        var template = templates.of(Intent.CAREER_ADVICE);
        var likings = template.likings(q.text());
        var interests = interests(template, likings.liked());
        // "I hate leading people": said with nothing liked, what the user would rather not do picks the roles too.
        var dislikes = interests.isEmpty() ? interests(template, likings.disliked()) : Set.<String>of();
        var candidates = new ArrayList<>(q.roles().isEmpty()
                ? rolesFitting(template, dislikes.isEmpty() ? interests : dislikes, dislikes.isEmpty())
                : q.roles());
        if (candidates.isEmpty() && severalArticles()) {
            // No role named and none fits: not one article's roles picked at random, but every article's, or a question.
            var each = whatEachSuits(template, interests);
            if (each.isEmpty()) {
                return writer.answer(q, templates.reply("career_advice_which_roles", q.turn()), List.of(), values);
            }
            writer.putRetrieved(values, each);
            return writer.answer(q, templates.reply("career_advice_without_interests", q.turn()), each.sources(), values);
        }
        if (candidates.isEmpty()) {
            roles.roles().stream().findFirst().ifPresent(r -> candidates.add(r.name()));
        }
        if (candidates.size() == 1) {
            candidates.addAll(roles.counterparts(candidates.get(0)));
        }
        // Three roles asked of one article ("CNA, LPN or RN?") are weighed together, for what the user likes.
        boolean allAsked = dislikes.isEmpty() && candidates.size() > 2 && roles.articleOnAll(candidates).isPresent();
        var weighed = candidates.stream().limit(allAsked ? candidates.size() : 2).toList();
        int tellingWordsAlone = q.roles().isEmpty() ? TELLING_WORDS_ALONE : 1;
        if (!dislikes.isEmpty()) {
            // Not the role the articles tie it to, but the other one; unless they tie it to that role only to say it
            // is spared it ("No radiation exposure" for "I hate radiation"): then that one.
            var avoided = advice(template, weighed, dislikes, tellingWordsAlone, false);
            if (avoided.role() != null && Denial.of(avoided.reply().passages(), Set.copyOf(template.findList("dislike")),
                    finder::indexTerms).onlyDenies(dislikes)) {
                values.putAll(writer.values(List.of(avoided.role())));
                writer.putRetrieved(values, avoided.reply());
                var spared = new AnswerComposer.Question(q.intent(), List.of(avoided.role()), q.understanding(),
                        q.text(), q.turn());
                return writer.answer(spared, templates.reply("career_advice_spared", q.turn()),
                        avoided.reply().sources(), values);
            }
            if (avoided.role() != null) {
                var other = weighed.stream().filter(role -> !role.equals(avoided.role())).findFirst().orElseThrow();
                values.putAll(writer.values(List.of(other, avoided.role())));
                writer.putRetrieved(values, avoided.reply());
                return writer.answer(new AnswerComposer.Question(q.intent(), List.of(other), q.understanding(), q.text(),
                        q.turn()), templates.reply("career_advice_dislikes", q.turn()), avoided.reply().sources(), values);
            }
        }
        var advice = advice(template, weighed, interests, tellingWordsAlone, true);
        if (advice.reply().isEmpty()) {
            return writer.notCovered(q, "that", values);
        }
        var about = advice.role() == null ? weighed : List.of(advice.role());
        values.putAll(writer.values(about));
        writer.putRetrieved(values, advice.reply());
        // "Which is more strategic, PO or PM?" states no liking of the user's: the grounds answer it as they stand.
        Template frame = advice.role() == null ? templates.reply("career_advice_without_interests", q.turn())
                : template.mentionsTheUser(q.text()) ? Templates.pick(template.replies(), q.turn())
                : templates.reply("best_match", q.turn());
        return writer.answer(new AnswerComposer.Question(q.intent(), about, q.understanding(), q.text(), q.turn()), frame,
                advice.reply().sources(), values);
    }

    /** Career advice: the role chosen (null when the question states no telling interest) and its grounds. */
    record Advice(String role, Reply reply) { }

    /**
     * Advice for two roles: which fits the interests stated, judged first by the article's section on which role
     * suits whom (or on their differences), then by everything the article says of one of them alone
     * ("Nurse practitioner responsibilities: prescribing medication"); with no telling interest, what each suits.
     */
    Advice advice(Templates.IntentTemplate template, List<String> candidates, Set<String> interests) {
        return advice(template, candidates, interests, TELLING_WORDS_ALONE, true);
    }

    /**
     * The same, where a fit found in all the article says of one role alone takes the telling words given: one, for
     * two roles the user asked about ("I hate working outdoors, welder or machinist?"), as no article is picked.
     */
    private Advice advice(Templates.IntentTemplate template, List<String> candidates, Set<String> interests,
                          int tellingWordsAlone, boolean liked) {
        var found = adviceSection(template, candidates);
        var section = found.map(f -> sides.in(f.section(), candidates)).orElse(null);
        var fit = fit(found, interests, candidates, tellingWordsAlone, liked);
        if (fit != null) {
            var grounds = Sides.grounds(fit.sides().get(fit.role()), interests, GROUNDS);
            var sources = grounds.stream().map(s -> Reply.source(s.section(), found.map(PassageFinder.Found::score).orElse(1.0)))
                    .toList();
            return new Advice(fit.role(), new Reply(String.join("\n\n", Sides.Said.quoted(grounds)),
                    Reply.distinct(sources)));
        }
        if (found.isEmpty()) {
            return new Advice(null, Reply.NOTHING);
        }
        var source = Reply.source(found.get().section(), found.get().score());
        if (candidates.stream().allMatch(r -> section.get(r).isEmpty())) {
            // Every sentence speaks of both roles at once: the section as written.
            var text = found.get().section().passages().stream().limit(GROUNDS).map(Passage::text).toList();
            return new Advice(null, text.isEmpty() ? Reply.NOTHING : new Reply(String.join("\n\n", text), List.of(source)));
        }
        var lines = new ArrayList<String>();
        var sources = new ArrayList<>(List.of(source));
        for (var role : candidates) {
            var sentences = section.get(role);
            // The second thing said of the role, after what is often a lead-in; but a lead-in to a list, with its items.
            var line = sentences.isEmpty() ? null : sentences.size() > 1 && !sentences.get(0).introducesAList()
                    ? sentences.get(1) : sentences.get(0);
            if (line == null) { // named only beside the other: the first thing the article says of it alone
                var alone = sides.alone(candidates).getOrDefault(role, List.of());
                line = alone.isEmpty() ? null : alone.get(0);
            }
            if (line != null) {
                lines.add("- **" + roleAnswers.label(role) + "**: " + line.quoted());
                sources.add(Reply.source(line.section(), found.get().score()));
            }
        }
        return new Advice(null, new Reply(String.join("\n", lines), Reply.distinct(sources)));
    }

    /** With one article there is no choosing which one's roles to advise on. */
    boolean severalArticles() {
        return articles.size() > 1;
    }

    /**
     * Advice that names no role and fits no article's roles, with a few articles: what each article's roles suit, one
     * line a role. Nothing with more articles than {@value #ARTICLES_LISTED}: a list that long answers nothing; nor
     * when an article says nothing of whom its roles suit.
     */
    Reply whatEachSuits(Templates.IntentTemplate template, Set<String> interests) {
        if (articles.size() > ARTICLES_LISTED) {
            return Reply.NOTHING;
        }
        var lines = new ArrayList<String>();
        var sources = new ArrayList<Source>();
        for (var article : articles) {
            var pair = pairOf(article);
            var advice = pair.size() < 2 ? null : advice(template, pair, interests);
            if (advice != null && advice.reply().isEmpty()) {
                return Reply.NOTHING; // one article's advice alone would read as all the roles there are to choose
            }
            if (advice != null && advice.role() == null) {
                var text = advice.reply().passages();
                // A section that speaks of both roles at once comes as written: one line under both their names; a
                // role of two articles ("product owner") once, as the first one says it.
                (text.startsWith("- ") ? text.lines() : Stream.of("- **" + roleAnswers.label(pair.get(0)) + " or "
                        + roles.title(pair.get(1)) + "**: " + text.replace("\n\n", " ")))
                        .filter(line -> lines.stream().noneMatch(listed -> listed.startsWith(labelOf(line))))
                        .forEach(lines::add);
                sources.addAll(advice.reply().sources());
            }
        }
        return lines.isEmpty() ? Reply.NOTHING : new Reply(String.join("\n", lines), Reply.distinct(sources));
    }

    /** A line of advice up to the end of its role in bold ("- **Product owner**:"), or the whole line. */
    private static String labelOf(String line) {
        int end = line.indexOf("**:");
        return end < 0 ? line : line.substring(0, end + 3);
    }

    /**
     * For advice that names no role: the two roles of the article whose sides best fit the interests stated ("I like
     * mentoring leaders" → the article on coaches), among the articles that best match them; none when no article's
     * roles differ in what the user likes.
     */
    List<String> rolesFitting(Templates.IntentTemplate template, Set<String> interests, boolean liked) {
        if (!severalArticles() || interests.isEmpty()) {
            return List.of();
        }
        List<String> best = List.of();
        int bestWords = 0;
        boolean bestAdvises = false;
        double bestScore = 0;
        // Searched for what the user likes alone: "which suits me? I want to work with executives" finds the article
        // on agile coaches, not five passages of another that say "work" more often.
        var articles = finder.search(interests, List.of(), ARTICLES_SEARCHED).stream()
                .map(hit -> hit.passage().article()).distinct().toList();
        for (var article : articles) {
            var pair = pairOf(article);
            if (pair.size() < 2) {
                continue;
            }
            var advising = advisingSection(template, pair);
            var fit = fit(advising.or(() -> differencesSection(pair)), interests, pair, TELLING_WORDS_ALONE, liked);
            // Of articles fitting as many words, one that says whom each role suits: "I'm competitive" is the account
            // executive of "Pick the account executive role if you are competitive", not the product manager of
            // "competitive positioning" among the differences of another.
            // Else the one whose words tell its roles apart the more: "leading a team" said of one role alone, not
            // "lead a development team" of one and "team" of the other as well.
            if (fit != null && (fit.words() > bestWords
                    || fit.words() == bestWords && advising.isPresent() && !bestAdvises
                    || fit.words() == bestWords && advising.isPresent() == bestAdvises && fit.score() > bestScore)) {
                best = pair;
                bestWords = fit.words();
                bestAdvises = advising.isPresent();
                bestScore = fit.score();
            }
        }
        return best;
    }

    /**
     * The article's section on which role suits whom ("Which should you choose?"), else the one on their differences,
     * which tells what each role is about.
     */
    private Optional<PassageFinder.Found> adviceSection(Templates.IntentTemplate template, List<String> candidates) {
        return advisingSection(template, candidates).or(() -> differencesSection(candidates));
    }

    private Optional<PassageFinder.Found> advisingSection(Templates.IntentTemplate template, List<String> candidates) {
        return finder.sectionOnEach(template.findString("heading"), candidates).or(() -> sides.advisingEach(candidates)
                .map(section -> new PassageFinder.Found(section, Reply.BY_STRUCTURE)));
    }

    private Optional<PassageFinder.Found> differencesSection(List<String> candidates) {
        return finder.section(comparison.findString("heading"), candidates);
    }

    /** The two roles an article compares: advice weighs one against the other. */
    private static List<String> pairOf(Article article) {
        return article.roles().stream().limit(2).map(Role::name).toList();
    }

    /**
     * The fit by the advice section found ({@link RoleSides#fit}), else, for a liking it doesn't name ("I like
     * research", not said in the "Final thoughts" that advise), by the section on the roles' differences.
     */
    private Fit fit(Optional<PassageFinder.Found> found, Set<String> interests, List<String> candidates,
                    int tellingWordsAlone, boolean liked) {
        var fit = sides.fit(interests, candidates, found.map(PassageFinder.Found::section).orElse(null),
                tellingWordsAlone, liked);
        if (fit != null || found.isEmpty()) {
            return fit;
        }
        // Not the section just weighed again, when the differences are the advice section.
        return differencesSection(candidates).filter(d -> d.section() != found.get().section())
                .map(d -> sides.fit(interests, candidates, d.section(), tellingWordsAlone, liked)).orElse(null);
    }

    /**
     * The question's words less the role names and the template's words of asking ("which", "suits"): what the user
     * says they like. As the articles write them, without synonyms ("career" widened to "positions" would match
     * "positioning"); but when a word is one no article uses, the words are read with their synonyms: "kids" as the
     * articles' "children".
     */
    Set<String> interests(Templates.IntentTemplate template, String question) {
        var liked = template.withoutCueWords(roles.withoutMentions(question));
        var terms = finder.indexTerms(liked);
        if (terms.isEmpty() || finder.mentionsAll(terms)) {
            return terms;
        }
        var widened = new HashSet<String>();
        Words.of(liked).forEach(word -> widened.addAll(finder.wordTerms(word.text())));
        return widened;
    }
}
