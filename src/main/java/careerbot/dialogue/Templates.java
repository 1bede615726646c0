package careerbot.dialogue;

import careerbot.knowledge.KnowledgeFileException;
import careerbot.knowledge.YamlMapping;
import careerbot.nlu.Intent;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reply texts of {@code templates.yml}: per intent, where to find passages, reply variations and suggestions. */
final class Templates {

    /** What one intent's reply is made of. */
    record IntentTemplate(Map<?, ?> find, List<String> replies, List<String> suggestions) {
        String findString(String key) {
            return find.get(key) instanceof String s ? s : "";
        }

        List<String> findList(String key) {
            return find.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_A-Z]+)}");

    private final Map<Intent, IntentTemplate> intents = new EnumMap<>(Intent.class);
    private final Map<?, ?> root;

    Templates(Path file, String yaml) {
        this.root = YamlMapping.read(file, yaml, "the file", "'intents' with their replies");
        if (!(root.get("intents") instanceof Map<?, ?> given)) {
            throw new KnowledgeFileException(file, "no 'intents' mapping");
        }
        given.forEach((name, value) -> {
            if (!Intent.isKnown(String.valueOf(name))) {
                throw new KnowledgeFileException(file, "template for unknown intent '" + name + "'; known: " + Intent.names());
            }
            if (!(value instanceof Map<?, ?> template) || strings(template.get("replies")).isEmpty()) {
                throw new KnowledgeFileException(file, "intent '" + name + "' needs a list of 'replies'");
            }
            var find = template.get("find") instanceof Map<?, ?> f ? f : Map.of();
            intents.put(Intent.of(String.valueOf(name)),
                    new IntentTemplate(find, strings(template.get("replies")), strings(template.get("suggestions"))));
        });
        for (var intent : Intent.values()) {
            if (!intents.containsKey(intent)) {
                throw new KnowledgeFileException(file, "no template for intent '" + intent.label() + "'");
            }
        }
        for (var key : List.of("not_covered", "unknown_role", "which_role", "career_advice_without_interests", "best_match",
                "sources")) {
            if (strings(root.get(key)).isEmpty()) {
                throw new KnowledgeFileException(file, "missing '" + key + "'");
            }
        }
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value instanceof String s ? List.of(s) : List.of();
    }

    IntentTemplate of(Intent intent) {
        return intents.get(intent);
    }

    /** One of the named top-level replies ({@code not_covered}, {@code unknown_role}, …), varied by turn. */
    String reply(String key, int turn) {
        return pick(strings(root.get(key)), turn);
    }

    static String pick(List<String> variations, int turn) {
        return variations.get(Math.floorMod(turn, variations.size()));
    }

    /** Fills {placeholders}; one without a value is left empty. */
    static String fill(String template, Map<String, String> values) {
        var out = new StringBuilder(template.length() + 256);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            out.append(template, at, open);
            if (isPlaceholderName(name)) {
                out.append(values.getOrDefault(name, ""));
            } else {
                out.append(template, open, close + 1);
            }
            at = close + 1;
        }
        return out.append(template, at, template.length()).toString();
    }

    private static boolean isPlaceholderName(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c == '_' || (c < 128 && Character.isLetter(c)));
    }

    /** True when every placeholder of the template has a non-empty value. */
    static boolean canFill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (values.getOrDefault(m.group(1), "").isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
