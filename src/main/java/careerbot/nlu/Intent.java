package careerbot.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The intents clients and evaluations know by name. */
public enum Intent {
    ROLE_OVERVIEW, ROLE_RESPONSIBILITIES, ROLE_EXAMPLES, ROLE_COMPARISON, JOB_OUTLOOK, CAREER_ADVICE,
    CONCEPT_DEFINITION, GREETING, GOODBYE, THANKS, HELP, OUT_OF_SCOPE;

    private static final List<String> NAMES = Arrays.stream(values()).map(Intent::label).toList();
    private static final Map<String, Intent> BY_LABEL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Intent::label, Function.identity()));

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The wire name: {@code role_overview}. */
    public String label() {
        return label;
    }

    /** Greetings, goodbyes, thanks and help: conversation, not a question about roles, and no context to keep. */
    public boolean isSmallTalk() {
        return this == GREETING || this == GOODBYE || this == THANKS || this == HELP;
    }

    /** Intents whose answer is about one or more roles, so a follow-up without a role means the last ones. */
    public boolean isAboutRoles() {
        return this == ROLE_OVERVIEW || this == ROLE_RESPONSIBILITIES || this == ROLE_EXAMPLES || this == ROLE_COMPARISON;
    }

    /** @throws IllegalArgumentException for a label no intent has */
    public static Intent of(String label) {
        var intent = BY_LABEL.get(label);
        if (intent == null) {
            throw new IllegalArgumentException("no intent '" + label + "'");
        }
        return intent;
    }

    public static boolean isKnown(String label) {
        return BY_LABEL.containsKey(label);
    }

    public static List<String> names() {
        return NAMES;
    }
}
