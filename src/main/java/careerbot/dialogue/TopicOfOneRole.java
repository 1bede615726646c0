package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A question on one role and a topic ("what does a PO do in a sprint?", "do pharmacists give vaccines?", "lawyer
 * education", "what do systems analysts test?"): what the article says of the role and that, whichever intent the
 * model leant to; nothing when the question asks otherwise, and the intent's own answer follows.
 */
@Singleton
final class TopicOfOneRole {

    /**
     * Intents the model may lean to for a question on one role that asks what the role is ("what does PO stand
     * for?") or whether it does something ("do UX designers do user research?"), which none of them answers as such.
     */
    static final Set<Intent> MAY_ASK_OF_ONE_ROLE =
            Set.of(Intent.CONCEPT_DEFINITION, Intent.OUT_OF_SCOPE, Intent.ROLE_OVERVIEW, Intent.ROLE_RESPONSIBILITIES,
                    Intent.ROLE_EXAMPLES);

    /** How many words after "typical" a topic may stand: "typical work environment". */
    private static final int TOPIC_WITHIN = 2;

    private final AnswerWriter writer;
    private final Templates templates;
    private final RoleExamples roleExamples;
    private final TopicAnswers topicAnswers;
    private final TopicPlacement placement;
    private final KindOfRole kindOfRole;
    /** The words of the editors' synonyms: the topics they expect questions on ("earn" of salaries). */
    private final Set<String> editorsTopics;
    private final KnowledgeIndex index;
    /** The terms of the topic of the responsibilities' heading, synonyms included ("duties"). */
    private final Set<String> responsibilityTerms;
    /** The other words of that heading: "typical". */
    private final Set<String> responsibilityWords;

    TopicOfOneRole(AnswerWriter writer, RoleExamples roleExamples, TopicAnswers topicAnswers,
                   TopicPlacement placement, KindOfRole kindOfRole, KnowledgeBase knowledge) {
        this.writer = writer;
        this.editorsTopics = knowledge.synonymWords();
        this.index = knowledge.index();
        var heading = Words.texts(writer.templates().of(Intent.ROLE_RESPONSIBILITIES).findString("heading"));
        this.responsibilityTerms = heading.stream().filter(editorsTopics::contains)
                .flatMap(w -> index.wordTerms(w).stream()).collect(Collectors.toSet());
        this.responsibilityWords = heading.stream().filter(w -> !editorsTopics.contains(w)).collect(Collectors.toSet());
        this.templates = writer.templates();
        this.roleExamples = roleExamples;
        this.topicAnswers = topicAnswers;
        this.placement = placement;
        this.kindOfRole = kindOfRole;
    }

    /**
     * Whether a word of the responsibilities' heading that is no responsibility itself ("typical") comes a word or two
     * before a topic the editors expect besides them ("salary", "work environment").
     */
    private boolean saysTopicAfterResponsibilitiesWord(String question) {
        var words = Words.texts(question);
        for (int i = 0; i < words.size(); i++) {
            if (!responsibilityWords.contains(words.get(i))) {
                continue;
            }
            for (var word : words.subList(i + 1, Math.min(i + 1 + TOPIC_WITHIN, words.size()))) {
                if (editorsTopics.contains(word) && !responsibilityTerms.containsAll(index.wordTerms(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the question names one role and topic words and nothing else: "lawyer education". */
    boolean asksTopicAlone(AnswerComposer.Question q) {
        var u = q.understanding();
        return u.roles().size() == 1 && placement.asksTopicAlone(q.text(), u.topicWords());
    }

    /** That the articles don't cover the topic for the one role the question names. */
    Answer notCovered(AnswerComposer.Question q) {
        var named = q.understanding().roles();
        var asked = new AnswerComposer.Question(q.intent(), named, q.understanding(), q.text(), q.turn());
        return writer.notCoveredForRoles(asked, writer.values(named));
    }

    Optional<Answer> answer(AnswerComposer.Question q, Map<String, String> values) {
        var u = q.understanding();
        if (u.topicWords().isEmpty() || q.roles().isEmpty() || q.roles().size() > 2) {
            return Optional.empty();
        }
        var overview = templates.of(Intent.ROLE_OVERVIEW);
        // What the role does, or examples of it: the model may take "what does an architect do on a site?" for either.
        boolean onWhatItDoes = q.intent() == Intent.ROLE_OVERVIEW || q.intent() == Intent.ROLE_EXAMPLES;
        // "Lawyer education": the model takes a role and a topic, nothing else asked, for what the role does.
        boolean terse = onWhatItDoes && placement.asksTopicAlone(q.text(), u.topicWords());
        if (q.roles().size() == 2) {
            // "Pros and cons of translators and interpreters": the topic of each, not what each does.
            var onTopic = terse ? topicAnswers.onTopic(q) : Reply.NOTHING;
            return onTopic.isEmpty() ? Optional.empty() : Optional.of(writer.matched(q, q.intent(), onTopic, values));
        }
        // "What is a physical oceanographer?", "what does a live sound engineer do?": a kind of the role.
        var kind = MAY_ASK_OF_ONE_ROLE.contains(q.intent()) ? kindOfRole.of(q) : Reply.NOTHING;
        if (!kind.isEmpty()) {
            return Optional.of(writer.matched(q, onWhatItDoes ? q.intent() : u.guess(), kind, values));
        }
        // "What do POs do in a sprint?" may read to the model like a term to define, "POs sprint"; "what do systems
        // analysts test?" like what they do.
        boolean mayLink = onWhatItDoes || q.intent() == Intent.CONCEPT_DEFINITION;
        boolean linked = mayLink && overview.hasTopicAfterLinkingWord(u.topicWords(), q.text());
        boolean roleDoing = mayLink && !linked && placement.asksTopicAfterRole(q.text(), u.topicWords());
        // Whichever intent the model leant to: it may take "can paralegals give legal advice?" for one on examples.
        boolean whether = MAY_ASK_OF_ONE_ROLE.contains(q.intent()) && overview.asksYesOrNo(q.text());
        // "What are the typical employers of social workers?" reads to the model like a question on responsibilities
        // ("typical"), as a topic the editors expect said after that word does: what the article says on it, if
        // anything. Not "what do brand managers manage?".
        boolean besidesResponsibilities = q.intent() == Intent.ROLE_RESPONSIBILITIES
                && saysTopicAfterResponsibilitiesWord(q.text());
        var aside = besidesResponsibilities ? topicAnswers.onTopic(q) : Reply.NOTHING;
        if (!aside.isEmpty()) {
            return Optional.of(writer.matched(q, u.guess(), aside, values));
        }
        if (linked || whether || terse) {
            // "What does a PM do at a games studio?": the example there; "what does a PO do in a sprint?", "do
            // pharmacists give vaccines?": what the article says of the role and that, if it says anything.
            // Examples are picked by a place only for what the model took for a question on what the role does:
            // "degree" (a synonym of "licence") picks no "software licenses" example for "do lawyers need a degree?".
            var picked = onWhatItDoes
                    ? roleExamples.examplesPicked(templates.of(Intent.ROLE_EXAMPLES), q.roles().get(0), q.text(),
                            u.topicWords())
                    : Reply.NOTHING;
            if (!picked.isEmpty()) {
                return Optional.of(writer.filled(q, templates.of(q.intent()), picked, values));
            }
            var onTopic = topicAnswers.onTopic(q);
            if (!onTopic.isEmpty()) {
                return Optional.of(writer.matched(q, onWhatItDoes ? q.intent() : u.guess(), onTopic, values));
            }
            if (whether || terse || placement.asksTopicFirst(q.text(), u.topicWords())) {
                // "Do pharmacists fly planes?", "what skills does an advisor need?", "librarian pros and cons": not
                // answered by what the role does.
                return Optional.of(writer.notCoveredForRoles(q, values));
            }
        }
        // "Who hires an appraiser?": the model takes it for what the role does; it asks a topic of the role. Not
        // "day-to-day examples for product managers", which asks for examples.
        boolean askedOfTheRole = q.intent() == Intent.ROLE_OVERVIEW
                && placement.asksTopicFirst(q.text(), u.topicWords());
        boolean asksWhatTheRoleDoes = (roleDoing || askedOfTheRole) && !whether && !terse;
        var doing = asksWhatTheRoleDoes ? topicAnswers.onTopicOfTheRole(q) : Reply.NOTHING;
        if (doing.isEmpty() && asksWhatTheRoleDoes
                && (askedOfTheRole || u.topicWords().stream().anyMatch(editorsTopics::contains))) {
            // "What does a UX designer earn?", "what's an NP's median wage?" ask a topic the editors expect, which a
            // passage on both roles may say of each ("the average UX designer salary is…, the average UI designer
            // salary…"); so may a heading on it ("Who hires them": "Appraisers are ordered by the lender").
            doing = topicAnswers.onTopic(q);
        }
        return doing.isEmpty() ? Optional.empty() : Optional.of(writer.matched(q, q.intent(), doing, values));
    }
}
