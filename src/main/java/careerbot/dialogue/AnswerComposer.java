package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import careerbot.nlu.Understanding;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an understood question into a reply: retrieves the passages for its intent and roles and has the
 * {@link AnswerWriter} fill the intent's template with them and name the sources. When the articles don't ground an
 * answer it says so instead.
 */
@Singleton
public final class AnswerComposer {

    /**
     * The model's confidence under which a question it takes for one on prospects may ask about a topic of its own
     * ("are physical therapists doctors?": 0.50) rather than prospects in other words ("are product owners needed
     * in the market?": 0.91).
     */
    private static final double OUTLOOK_LEANING = 0.75;

    private final AnswerWriter writer;
    private final Templates templates;
    private final RoleAnswers roleAnswers;
    private final RoleExamples roleExamples;
    private final TopicAnswers topicAnswers;
    private final JobOutlook jobOutlook;
    private final AdviceAnswers adviceAnswers;
    private final AdviceAsked adviceAsked;
    private final CommonGround commonGround;
    private final QuestionHeadings questionHeadings;
    private final CareerMoves careerMoves;
    private final RoleComparison roleComparison;
    private final RoleCatalog roles;
    private final TermDefinitions definitions;
    private final RolelessAnswers roleless;
    private final TopicOfOneRole topicOfOneRole;
    private final WaysIn waysIn;
    private final SameRole sameRole;
    private final AdviceOrTopic adviceOrTopic;
    private final RolesTogether rolesTogether;

    AnswerComposer(KnowledgeBase knowledge, AnswerWriter writer, RoleAnswers roleAnswers, TopicAnswers topicAnswers,
                   JobOutlook jobOutlook, AdviceAnswers adviceAnswers, AdviceAsked adviceAsked,
                   CommonGround commonGround, QuestionHeadings questionHeadings, CareerMoves careerMoves,
                   RoleComparison roleComparison, TermDefinitions definitions, RolelessAnswers roleless,
                   TopicOfOneRole topicOfOneRole, RoleExamples roleExamples, WaysIn waysIn, SameRole sameRole,
                   AdviceOrTopic adviceOrTopic, RolesTogether rolesTogether) {
        this.writer = writer;
        this.templates = writer.templates();
        this.roleAnswers = roleAnswers;
        this.roleExamples = roleExamples;
        this.topicAnswers = topicAnswers;
        this.jobOutlook = jobOutlook;
        this.adviceAnswers = adviceAnswers;
        this.adviceAsked = adviceAsked;
        this.commonGround = commonGround;
        this.questionHeadings = questionHeadings;
        this.careerMoves = careerMoves;
        this.roleComparison = roleComparison;
        this.roles = knowledge.roles();
        this.definitions = definitions;
        this.roleless = roleless;
        this.topicOfOneRole = topicOfOneRole;
        this.waysIn = waysIn;
        this.sameRole = sameRole;
        this.adviceOrTopic = adviceOrTopic;
        this.rolesTogether = rolesTogether;
    }

    /** What to answer: the intent after follow-ups are resolved, and the roles it is about. */
    record Question(Intent intent, List<String> roles, Understanding understanding, String text, int turn) { }

    Answer compose(Question q) {
        if (q.roles().isEmpty() || q.intent().isSmallTalk()) {
            return answer(q);
        }
        // "Is a sonographer the same as an ultrasound technician?", "is an orthodontist a dentist?"
        var sameRole = this.sameRole.answer(q).or(() -> this.sameRole.oneIsTheOther(q));
        if (sameRole.isPresent()) {
            return sameRole.get();
        }
        var intoEach = waysIn.intoEach(q); // "how do I become one?" of two roles talked about: not the FAQ on a move
        if (intoEach.isPresent()) {
            return writer.matched(q, Intent.CAREER_ADVICE, intoEach.get(), writer.values(q.roles()));
        }
        var wayIn = waysIn.firstFor(q); // "how do I become a psychologist?": all the steps under "Becoming one:"
        if (!wayIn.isEmpty()) {
            return writer.matched(q, Intent.CAREER_ADVICE, wayIn, writer.values(q.roles()));
        }
        // A question among the articles' headings (an FAQ's) asked in other words: its section is the most specific
        // answer they give, whichever intent the model took it for.
        var asked = questionHeadings.answer(q.text(), q.understanding().topicWords(), q.roles(),
                templates.of(q.intent()).findString("heading"));
        if (!asked.isEmpty()) {
            return matched(q, asked, writer.values(q.roles()));
        }
        var together = rolesTogether.answer(q); // "do PMMs work with product managers?"
        if (together.isPresent()) {
            return together.get();
        }
        // "Can a dental assistant become a hygienist?": what the articles say of that move, if they say it; "what can
        // internal auditors become?": what they say the role leads to.
        return careerMoves.answerAsked(q).orElseGet(() -> answer(q));
    }

    private Answer answer(Question asked) {
        var uncovered = asked.understanding()
                .uncoveredRoleAsked(asked.intent(), word -> roles.meantBy(word).size() > 1);
        var meant = uncovered.map(roles::meantBy).orElse(List.of());
        // "Which nurse earns more?" asks it of every role the word means, not which of them is meant.
        boolean ofEveryRoleMeant = meant.size() > 1
                && templates.of(Intent.ROLE_COMPARISON).asksWhichOfThem(asked.text());
        var q = ofEveryRoleMeant ? new Question(asked.intent(), meant, asked.understanding(), asked.text(), asked.turn())
                : asked;
        var u = q.understanding();
        var values = writer.values(q.roles());
        if (uncovered.isPresent() && !ofEveryRoleMeant) {
            // "What is a managing broker?" of a page that says what one does; not "what does a nurse do?" of two.
            var written = meant.isEmpty() ? definitions.titleWritten(uncovered.get(), q, values)
                    : Optional.<Answer>empty();
            return written.orElseGet(() -> writer.unknownRole(q, uncovered.get(), values));
        }
        if (q.roles().isEmpty() && !q.intent().isSmallTalk() && !u.topicWords().isEmpty()) {
            // "How long does it take to get licensed?", an FAQ's question that names no role either.
            var faq = questionHeadings.answer(q.text(), u.topicWords(), List.of(),
                    templates.of(q.intent()).findString("heading"));
            if (!faq.isEmpty()) {
                return matched(q, faq, values);
            }
        }
        if (q.roles().isEmpty() && u.ofRolesTalkedAbout() && !q.intent().isSmallTalk()
                && adviceAnswers.severalArticles()) {
            // "How much do they make?" before any role was talked about, beside several articles: which are "they"?
            // Asked under the likeliest intent, so that the role named next is asked it.
            var asking = new Question(u.guess(), q.roles(), u, q.text(), q.turn());
            return writer.answer(asking, templates.reply("which_role", q.turn()), List.of(), values)
                    .about(u.topicWords());
        }
        var definitionTemplate = templates.of(Intent.CONCEPT_DEFINITION);
        // A follow-up ("what about for a PO?") asks the last question again, whatever its words.
        boolean repeatsLastQuestion = u.followUp() && q.intent() != Intent.ROLE_OVERVIEW;
        if (TopicOfOneRole.MAY_ASK_OF_ONE_ROLE.contains(q.intent()) && !u.roles().isEmpty() && !repeatsLastQuestion
                && definitionTemplate.hasOnlyCueWords(u.topicWords())
                && definitionTemplate.hasOnlyCueWords(roles.withoutMentions(q.text()))) {
            // "What does PO stand for?", "what's the meaning of product owner": nothing is asked but what a role is,
            // and what the role does says it, whichever intent the model leant to and whatever asking words it lacks.
            var asOverview = new Question(Intent.ROLE_OVERVIEW, q.roles(), u, q.text(), q.turn());
            var overview = templates.of(Intent.ROLE_OVERVIEW);
            var reply = roleAnswers.eachRole(q.roles(),
                    r -> roleAnswers.overview(overview, r, q.text(), u.topicWords()));
            if (!reply.isEmpty()) {
                return writer.filled(asOverview, overview, reply, values);
            }
        }
        if (q.roles().size() == 2 && templates.of(Intent.ROLE_COMPARISON).asksWhatIsShared(q.text())) {
            // "What do PTs and OTs have in common?", whichever intent the model leant to and though no article says
            // "common": what the article says of both.
            return commonGround.answer(q, values);
        }
        // "I enjoy logic puzzles and building things": advised on from the words the articles use; not "which
        // programming language should I learn?", which asks of what they don't cover.
        var advising = templates.of(Intent.CAREER_ADVICE);
        boolean advisedOnTheRest = q.intent() == Intent.CAREER_ADVICE && advising.speaksOfTheUser(q.text())
                && !u.unknownWords().containsAll(u.topicWords());
        // "What does BSN stand for?": "stand" asks for a definition, and no article need say it.
        boolean unknownTopic = !definitionTemplate.hasOnlyCueWords(u.unknownWords());
        if (unknownTopic && q.intent() != Intent.GREETING && q.intent() != Intent.GOODBYE
                && q.intent() != Intent.THANKS && !advisedOnTheRest) {
            return writer.notCovered(q, "“" + AnswerWriter.unknownTopic(u, q.text()) + "”", values);
        }
        if (adviceAsked.in(q)) {
            // "I'm good at negotiating", "I hate leading people": which role suits them, whatever the model leant to.
            return adviceAnswers.answer(new Question(Intent.CAREER_ADVICE, q.roles(), u, q.text(), q.turn()), values);
        }
        if (q.intent() == Intent.HELP && !u.topicWords().isEmpty()) {
            // "Tell me about education" may read to the model like asking what the bot can tell: what the articles
            // say on it answers, if they say anything.
            var onTopic = topicAnswers.onTopic(q);
            if (!onTopic.isEmpty()) {
                return matched(q, onTopic, values);
            }
        }
        if (q.intent() == Intent.CAREER_ADVICE) {
            return adviceOrTopic.answer(q, values);
        }
        var onOneRole = topicOfOneRole.answer(q, values);
        if (onOneRole.isPresent()) {
            return onOneRole.get();
        }
        var examplesTemplate = templates.of(Intent.ROLE_EXAMPLES);
        var template = templates.of(q.intent());
        boolean leaning = u.confidence() < OUTLOOK_LEANING;
        // "Who employs air traffic controllers?" asks of the workplace, a topic its way of asking implies, though the
        // model took "employs" for a word of the outlook.
        boolean impliesAnother = q.intent() == Intent.JOB_OUTLOOK && !u.topicWords().isEmpty()
                && !List.of(Words.singulars(Words.of(q.text())))
                        .containsAll(u.topicWords().stream().map(Words::singular).toList())
                && !jobOutlook.isAllAsked(template, u.topicWords());
        if (q.intent() == Intent.JOB_OUTLOOK && !q.roles().isEmpty() && (leaning || impliesAnother
                || jobOutlook.namesAnotherSection(template, q.text(), u.topicWords(), q.roles()))) {
            // "Are physical therapists doctors?" reads to the model a little like a question on prospects, "plumber
            // physical demands" too: what the article says of the role and that answers it, if it says anything.
            var onTopic = topicAnswers.onTopic(q);
            if (!onTopic.isEmpty()) {
                return writer.matched(q, q.intent(), onTopic, values);
            }
            // "Where do vets work?" is about the workplace (a topic its way of asking implies, intents.yml), which no
            // passage on them holds: not their prospects.
            if (impliesAnother || leaning && !Words.texts(q.text()).containsAll(u.topicWords())) {
                return writer.notCoveredForRoles(q, values);
            }
        }
        var comparing = templates.of(Intent.ROLE_COMPARISON);
        List<String> comparedOn = q.roles().size() != 2 ? List.of()
                : RoleComparison.comparedOn(comparing, u.topicWords());
        if (!comparedOn.isEmpty()
                && (q.intent() == Intent.ROLE_COMPARISON || comparing.asksHowTheyDiffer(q.text()))) {
            // "How do they differ in scope?", "EMT vs paramedic scope of practice": the roles compared on that, if the
            // articles say anything of it, whichever intent the model leant to.
            var asComparison = new Question(Intent.ROLE_COMPARISON, q.roles(), u, q.text(), q.turn());
            var compared = roleComparison.onTopic(comparing, comparedOn, q.roles().get(0), q.roles().get(1));
            if (!compared.isEmpty()) {
                return writer.filled(asComparison, comparing, compared, values);
            }
            var onTopic = q.intent() == Intent.ROLE_COMPARISON ? topicAnswers.onTopic(q) : Reply.NOTHING;
            if (!onTopic.isEmpty()) {
                return writer.matched(q, q.intent(), onTopic, values);
            }
        }
        // "What is a PO's backlog?" defines the backlog.
        String term = q.intent() == Intent.CONCEPT_DEFINITION
                ? template.termDefined(roles.withoutMentions(q.text()), u.topicWords()) : "";
        Reply reply = switch (q.intent()) {
            // "What does a PM do at a games studio?": the example there, if the article gives one.
            case ROLE_OVERVIEW -> roleAnswers.eachRole(q.roles(), r -> roleExamples
                    .examplesPicked(examplesTemplate, r, q.text(), u.topicWords())
                    .or(() -> roleAnswers.overview(template, r, q.text(), u.topicWords())));
            case ROLE_RESPONSIBILITIES -> roleAnswers.eachRole(q.roles(),
                    r -> roleAnswers.responsibilities(template, r, q.text()));
            case ROLE_EXAMPLES -> roleAnswers.eachRole(q.roles(),
                    r -> roleExamples.examples(template, r, q.text(), u.topicWords()));
            case ROLE_COMPARISON -> q.roles().size() < 2 ? null : q.roles().size() > 2
                    ? roleComparison.ofAll(templates.of(Intent.ROLE_OVERVIEW), q.roles())
                    : roleComparison.of(template, templates.of(Intent.ROLE_OVERVIEW), q.roles().get(0),
                            q.roles().get(1));
            // Whose outlook, when several articles could say and none was named: ask, rather than quote the first.
            case JOB_OUTLOOK -> q.roles().isEmpty() && adviceAnswers.severalArticles() ? null
                    : jobOutlook.of(template, q.roles(), q.text(), u.topicWords());
            // "Who plans sprints?" asks which role does it, not what a term means.
            case CONCEPT_DEFINITION -> u.asksWhichRole() ? Reply.NOTHING : definitions.of(term, q.text(), values);
            default -> Reply.NOTHING;
        };
        if (reply == null) {
            return roleless.answer(q, values);
        }
        // Unsure what is asked, or no definition found: the passage that best matches the question may still answer it.
        boolean tryBestMatch = (q.intent() == Intent.OUT_OF_SCOPE && u.unsure())
                || (reply.isEmpty() && q.intent() == Intent.CONCEPT_DEFINITION);
        if (q.intent() == Intent.OUT_OF_SCOPE && q.roles().isEmpty()) {
            // The model learnt what is out of scope from the articles it was first given; a later one may cover it
            // ("what is the PgMP?", "what are SLOs?"): a question that asks nothing but a term the articles use is
            // defined, before the passage matching it best is looked for.
            var defined = definitions.termAsked(q, values);
            if (defined.isPresent()) {
                return defined.get();
            }
        }
        if (tryBestMatch) {
            // Of the roles named or talked about ("who do they work with?"), unless it asks which role.
            var match = topicAnswers.bestMatch(q.text(), u.topicWords(), u.asksWhichRole(),
                    u.asksWhichRole() ? u.roles() : q.roles());
            if (!match.isEmpty()) {
                return matched(q, match, values);
            }
        }
        boolean noDefinition = reply.isEmpty() && q.intent() == Intent.CONCEPT_DEFINITION;
        if (q.intent() == Intent.OUT_OF_SCOPE || noDefinition) {
            // The roles are named in the question or, for "what certifications do they need?", talked about before;
            // with none, a passage holding every topic word is about them ("which one is more strategic?", "who needs
            // stakeholder management?").
            var onTopic = topicAnswers.onTopic(q);
            if (!onTopic.isEmpty()) {
                return matched(q, onTopic, values);
            }
        }
        if (reply.isEmpty() && q.intent() == Intent.JOB_OUTLOOK && !u.topicWords().isEmpty()) {
            // "What does the BLS say agents earn?" reads to the model like a question on prospects ("Bureau of Labor
            // Statistics"), which the article doesn't give: what it says on the words asked, if anything.
            var onTopic = topicAnswers.onTopic(q);
            if (!onTopic.isEmpty()) {
                return matched(q, onTopic, values);
            }
        }
        if (reply.isEmpty() && !q.intent().isSmallTalk() && q.intent() != Intent.OUT_OF_SCOPE) {
            return values.containsKey("term") ? writer.notCovered(q, "“" + values.get("term") + "”", values)
                    : writer.notCoveredForRoles(q, values);
        }
        // "How to get started", for "how do I become a front-end developer?", or "how do I become one?" after one.
        var wayIn = q.intent() == Intent.OUT_OF_SCOPE ? waysIn.of(q) : Reply.NOTHING;
        if (!wayIn.isEmpty()) {
            return writer.matched(q, Intent.CAREER_ADVICE, wayIn, values);
        }
        if (q.intent() == Intent.OUT_OF_SCOPE && !u.roles().isEmpty()) {
            return writer.notCoveredForRoles(q, values);
        }
        var answer = writer.filled(q, template, reply, values);
        // "What is a backlog?" → "and for a PM?": the term is the topic a follow-up asks again of another role, each
        // word of it ("go-to-market" as "go", "to", "market", as the articles are indexed).
        return q.intent() == Intent.CONCEPT_DEFINITION ? answer.about(List.of(term.split("[ -]"))) : answer;
    }

    /** A passage found for a question no intent answered, under the likeliest intent that answers from articles. */
    private Answer matched(Question q, Reply match, Map<String, String> values) {
        return writer.matched(q, q.understanding().guess(), match, values);
    }
}
