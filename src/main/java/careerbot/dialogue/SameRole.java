package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A comparison of a role with itself under another of its names ("is a sonographer the same as an ultrasound
 * technician?"): the article's front matter lists both names for one role, which is the answer ({@code same_role}),
 * with what the role is.
 */
@Singleton
final class SameRole {

    private final RoleCatalog roles;
    private final RoleAnswers roleAnswers;
    private final AnswerWriter writer;

    SameRole(KnowledgeBase knowledge, RoleAnswers roleAnswers, AnswerWriter writer) {
        this.roles = knowledge.roles();
        this.roleAnswers = roleAnswers;
        this.writer = writer;
    }

    /** The answer, when the question compares one role named two ways and nothing else; none otherwise. */
    Optional<Answer> answer(AnswerComposer.Question q) {
        var u = q.understanding();
        if (q.intent() != Intent.ROLE_COMPARISON || u.roles().size() != 1 || !u.topicWords().isEmpty()) {
            return Optional.empty();
        }
        var role = u.roles().get(0);
        var names = namesUsed(roles, q.text(), role);
        if (names.size() < 2) {
            return Optional.empty();
        }
        var overviewTemplate = writer.templates().of(Intent.ROLE_OVERVIEW);
        var overview = roleAnswers.overview(overviewTemplate, role, roles.title(role), List.of());
        var asOverview = new AnswerComposer.Question(Intent.ROLE_OVERVIEW, List.of(role), u, q.text(), q.turn());
        Map<String, String> values = writer.values(List.of(role));
        values.put("term", "“" + names.get(0) + "” and “" + names.get(1) + "”");
        writer.putRetrieved(values, overview);
        return Optional.of(writer.answer(asOverview, writer.templates().reply("same_role", q.turn()),
                overview.sources(), values));
    }

    /**
     * The names a text calls a role by, as written, one each whatever its case: "sonographer" and "ultrasound
     * technician" in "Is a sonographer the same as an ultrasound technician?".
     */
    static List<String> namesUsed(RoleCatalog roles, String text, String role) {
        var names = new ArrayList<String>();
        for (var mention : roles.mentions(text)) {
            var name = text.substring(mention.start(), mention.end());
            if (mention.role().equals(role) && names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return names;
    }
}
