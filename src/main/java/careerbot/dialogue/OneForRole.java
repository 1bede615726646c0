package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "One" standing for the last word of a role talked about, after a word that makes another role's name with it:
 * "and external ones?" after internal auditors asks about external auditors, "and a technical one?" after a content
 * writer about the technical writer. Not "the other one", "which one?" nor "how do I become one?", which make no role.
 */
@Singleton
final class OneForRole {

    private static final Set<String> ONE = Set.of("one", "ones");

    private final RoleCatalog roles;

    OneForRole(KnowledgeBase knowledge) {
        this.roles = knowledge.roles();
    }

    /** The message with "one" after such a word replaced by the role's last word; the message itself otherwise. */
    String withRoleFor(String message, List<String> talkedAbout) {
        if (talkedAbout.isEmpty() || !message.toLowerCase(Locale.ROOT).contains("one")) {
            return message; // most messages: not read again
        }
        var words = Words.of(message);
        for (int i = 1; i < words.size(); i++) {
            if (!ONE.contains(words.get(i).text())) {
                continue;
            }
            var modifier = words.get(i - 1);
            for (var role : talkedAbout) {
                var name = Words.texts(role);
                var named = modifier.text() + " " + name.get(name.size() - 1);
                var mentions = roles.mentions(named);
                if (name.size() > 1 && mentions.size() == 1 && mentions.get(0).start() == 0
                        && mentions.get(0).end() == named.length()) {
                    return message.substring(0, modifier.start()) + named + message.substring(words.get(i).end());
                }
            }
        }
        return message;
    }
}
