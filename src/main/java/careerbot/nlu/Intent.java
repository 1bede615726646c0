package careerbot.nlu;

import java.util.Arrays;
import java.util.List;

/** The intents clients and evaluations know by name. */
public enum Intent {
    ROLE_OVERVIEW, ROLE_RESPONSIBILITIES, ROLE_EXAMPLES, ROLE_COMPARISON, JOB_OUTLOOK, CAREER_ADVICE,
    CONCEPT_DEFINITION, GREETING, GOODBYE, THANKS, HELP, OUT_OF_SCOPE;

    private static final List<String> NAMES = Arrays.stream(values()).map(Intent::label).toList();

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    /** The wire name: {@code role_overview}. */
    public String label() {
        return label;
    }

    /** Intents whose answer is about one or more roles, so a follow-up without a role means the last ones. */
    public boolean isAboutRoles() {
        return this == ROLE_OVERVIEW || this == ROLE_RESPONSIBILITIES || this == ROLE_EXAMPLES || this == ROLE_COMPARISON;
    }

    public static Intent of(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isKnown(String label) {
        return NAMES.contains(label);
    }

    public static List<String> names() {
        return NAMES;
    }
}
