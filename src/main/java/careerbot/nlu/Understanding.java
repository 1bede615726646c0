package careerbot.nlu;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the bot made of one message, before the conversation is taken into account.
 *
 * @param intent       the most likely intent ({@code out_of_scope} when nothing is likely enough)
 * @param confidence   the model's probability for it
 * @param followUp     the message only repeats the previous question for another role ("and a PM?")
 * @param roles        covered roles the message names, in order
 * @param unknownRoles job titles the message names that no article covers ("project manager")
 * @param unknownSetAgainstCovered one of them is set against a covered role: "firefighter or paramedic, which pays
 *                     more?"
 * @param topicWords   words that say what the message is about, beyond the roles it names and the ways of asking
 *                     the intent examples know ("degree", "dashboard")
 * @param unknownWords topic words found nowhere in the articles (only looked for when the model is unsure)
 * @param guess        the likeliest intent that answers from the articles, whatever the verdict: what a question the
 *                     model is unsure of most probably asks
 * @param unsure       no intent was likely enough: out of scope for want of confidence, not because it said so
 * @param asksWhichRole the message names no role and asks which one does something ("who manages the backlog?")
 * @param ofRolesTalkedAbout the message speaks of the roles talked about by a pronoun ("how much do they make?")
 */
public record Understanding(Intent intent, double confidence, boolean followUp, List<String> roles,
                            List<String> unknownRoles, boolean unknownSetAgainstCovered, List<String> topicWords,
                            List<String> unknownWords, Intent guess, boolean unsure, boolean asksWhichRole,
                            boolean ofRolesTalkedAbout) {

    /**
     * The job title no article covers that a question with the intent given is about, if any: in a question about a
     * role, any title ("what does a developer do"); otherwise only a full title ("tell me about data scientists", "the
     * job outlook for data analysts", "what is a product owner?" asked of articles on other roles), not a word in
     * passing ("who writes the requirements for developers?"). Asking for advice, a user's own job is background ("I
     * am a developer, which role suits me?"). A question naming a covered role is about it, unless it compares it
     * with the title ("is a PO the same as a scrum master?"). A word that may mean several covered roles is a full
     * title too ("is the demand for designers growing?" beside the UX and the product designer, "nurses" beside the
     * registered nurse and the nurse practitioner).
     *
     * @param meansCoveredRoles whether a word may mean several covered roles
     */
    public Optional<String> uncoveredRoleAsked(Intent asked, Predicate<String> meansCoveredRoles) {
        boolean comparedWithUncovered = asked == Intent.ROLE_COMPARISON && roles.size() == 1;
        if (unknownRoles.isEmpty() || !(roles.isEmpty() || comparedWithUncovered || unknownSetAgainstCovered)) {
            return Optional.empty();
        }
        String title = unknownRoles.get(0);
        if (unknownSetAgainstCovered) {
            return Optional.of(title); // whatever it asks of the two: "firefighter or paramedic, which pays more?"
        }
        boolean fullTitle = title.contains(" ") || meansCoveredRoles.test(title);
        boolean about = asked.isAboutRoles() || (fullTitle && (asked == Intent.OUT_OF_SCOPE
                || asked == Intent.JOB_OUTLOOK || asked == Intent.CONCEPT_DEFINITION));
        return about ? Optional.of(title) : Optional.empty();
    }

    /** The same message asking for another answer on the same roles ("tell me more"): no topic of its own. */
    public Understanding asking(Intent next) {
        return new Understanding(next, confidence, false, roles, List.of(), false, List.of(), List.of(), next, false,
                false, ofRolesTalkedAbout);
    }

    /** The same message, asking the last question again of the roles it names ("and a PM?"). */
    public Understanding followingUp() {
        return new Understanding(intent, confidence, true, roles, unknownRoles, unknownSetAgainstCovered, topicWords,
                unknownWords, guess, unsure, asksWhichRole, ofRolesTalkedAbout);
    }

    /** The same message, about the topic of an earlier one: "and for a PO?" after "what education do they need?". */
    public Understanding about(List<String> topic) {
        return new Understanding(Intent.OUT_OF_SCOPE, confidence, false, roles, unknownRoles, unknownSetAgainstCovered,
                topic, List.of(), guess, unsure, asksWhichRole, ofRolesTalkedAbout);
    }
}
