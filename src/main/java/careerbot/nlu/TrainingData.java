package careerbot.nlu;

import careerbot.knowledge.KnowledgeFileException;
import careerbot.knowledge.Role;
import careerbot.knowledge.Words;
import careerbot.knowledge.YamlMapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The example utterances of {@code intents.yml}, with {@code {role}} expanded to role names and aliases.
 *
 * @param examples      label → utterances; the labels are the intents plus {@link #FOLLOW_UP}
 * @param written       label → the examples as written, before {@code {role}} is expanded
 * @param jobTitleWords words that end a job title, for noticing roles no article covers
 * @param askingWords   words that ask rather than name what a question is about, beyond those the examples teach
 * @param whichRoleWords words that ask which role does something ("who"), so a question naming none is not vague
 * @param rolePronouns  words that stand for the roles talked about ("they" in "who do they work with?"): a question
 *                      holding one asks about them, not which role
 * @param roleChoiceWords words an answer to "which role do you mean?" may hold besides the role ("I mean the PM")
 * @param topicPronouns words that stand for the topic talked about ("it" in "who manages it?" after a backlog)
 * @param impliedTopics ways of asking that say what a question is about without its word
 * @param titleAbbreviations short forms of the words job titles end in ("mgr" → "manager")
 * @param questionWrappers words a question may be wrapped in ("I want to know what …")
 */
public record TrainingData(Map<String, List<String>> examples, Map<String, List<String>> written,
                           Set<String> jobTitleWords, Set<String> askingWords, Set<String> whichRoleWords,
                           Set<String> rolePronouns, Set<String> roleChoiceWords, Set<String> topicPronouns,
                           List<ImpliedTopic> impliedTopics, TellMeMore tellMeMore,
                           TitleAbbreviations titleAbbreviations, QuestionWrappers questionWrappers) {

    private static final int ASKING_WORD_EXAMPLES = 2;

    /** The topics that words, each as {@link Words#singular}, imply ({@code implied_topics}), each once. */
    public List<String> topicsImpliedBy(String[] singularWords) {
        return impliedTopics.stream().filter(implied -> implied.isSaidIn(singularWords)).map(ImpliedTopic::topic)
                .distinct().toList();
    }

    /**
     * The words the examples teach as a way of asking: those of at least {@value #ASKING_WORD_EXAMPLES} in-scope
     * examples as written ("what", "responsibilities", "difference"). A word of a single example ("what role matches
     * my skills") is what that example is about, and names a topic when another question uses it ("what skills does
     * … need"); words of asking that few examples use ("need", "please") are listed in {@code intents.yml}. Each word
     * as the examples write it ("does" and "do"), counted as {@link Words#singular} sees it.
     *
     * @param ignored intents whose examples are not counted
     */
    public List<String> taughtAskingWords(Set<Intent> ignored) {
        var examplesWith = new HashMap<String, Integer>();
        var asWritten = new HashSet<String>();
        written().forEach((label, lines) -> {
            boolean counted = !label.equals(Intent.OUT_OF_SCOPE.label())
                    && (!Intent.isKnown(label) || !ignored.contains(Intent.of(label)));
            if (counted) {
                lines.forEach(line -> {
                    var words = Words.of(line);
                    words.forEach(w -> asWritten.add(w.text()));
                    words.stream().map(w -> Words.singular(w.text())).distinct()
                            .forEach(w -> examplesWith.merge(w, 1, Integer::sum));
                });
            }
        });
        return asWritten.stream().filter(w -> examplesWith.get(Words.singular(w)) >= ASKING_WORD_EXAMPLES).toList();
    }

    /** Short forms of the words job titles end in ({@code title_abbreviations}: "mgr" → "manager"), as written. */
    public record TitleAbbreviations(Map<String, String> byShortForm) {

        /**
         * A message's words with each short form as the word itself, where it stands: "product mgr" is the product
         * manager's name to whoever looks for roles.
         */
        public List<Words.Word> inFull(List<Words.Word> words) {
            if (words.stream().noneMatch(w -> byShortForm.containsKey(Words.singular(w.text())))) {
                return words;
            }
            return words.stream().map(w -> {
                String full = byShortForm.get(Words.singular(w.text()));
                return full == null ? w : new Words.Word(full, w.start(), w.end());
            }).toList();
        }
    }

    /**
     * "Tell me more": a message holding a word of {@code cues} and nothing but those and {@code fillers} asks, after an
     * answer on roles, for the {@code next} one on the same roles.
     */
    public record TellMeMore(Set<String> cues, Set<String> fillers, Map<Intent, Intent> next) {

        /** Whether the words of a message ask for more. */
        public boolean isAskedBy(List<String> words) {
            return words.stream().anyMatch(cues::contains)
                    && words.stream().allMatch(w -> cues.contains(w) || fillers.contains(w));
        }
    }

    /**
     * Words that wrap a question and say nothing of it: a message starting with a wrapper ("I want to know", "can you
     * tell me") and then a word of {@code asking} ("what") asks what follows, from that word on.
     */
    public record QuestionWrappers(List<List<String>> wrappers, Set<String> asking) {

        /** The question a message wraps, as written: "what a product backlog is"; the message itself otherwise. */
        public String unwrapped(String message) {
            var words = Words.of(message);
            for (var wrapper : wrappers) {
                int n = wrapper.size();
                if (words.size() > n && asking.contains(words.get(n).text())
                        && words.subList(0, n).stream().map(Words.Word::text).toList().equals(wrapper)) {
                    return message.substring(words.get(n).start());
                }
            }
            return message;
        }
    }

    /**
     * A question holding every word of {@code when} ("how", "much", "make"; kept as {@link Words#singular} sees them)
     * is about {@code topic} ("salary").
     */
    public record ImpliedTopic(List<String> when, String topic) {

        /**
         * Every word of {@code when} is among the words of a question, taken {@link Words#singular}. Read by index,
         * with no iterator or list view: every question is checked against every rule.
         */
        public boolean isSaidIn(String[] singularWords) {
            for (int i = 0; i < when.size(); i++) {
                if (!holds(singularWords, when.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean holds(String[] words, String word) {
            for (var w : words) {
                if (w.equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Not an intent: an utterance that asks the previous question again about another role. */
    public static final String FOLLOW_UP = "follow_up";
    public static final int MIN_EXAMPLES = 15;
    private static final String ROLE_SLOT = "{role}";
    /** Roles are masked before classification, so a handful of surface forms teaches all a slot needs. */
    private static final int FORMS_PER_SLOT = 6;

    public static TrainingData parse(Path file, String yaml, List<Role> roles) {
        Map<?, ?> root = YamlMapping.read(file, yaml, "the file", "an 'nlu' list of intents");
        if (!(root.get("nlu") instanceof List<?> entries) || entries.isEmpty()) {
            throw new KnowledgeFileException(file, "no 'nlu' list of intents with examples");
        }
        var forms = surfaceForms(roles);
        var written = new LinkedHashMap<String, List<String>>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> intent) || !(intent.get("intent") instanceof String name)) {
                throw new KnowledgeFileException(file, "every 'nlu' entry needs 'intent' and 'examples': " + entry);
            }
            if (!Intent.isKnown(name)) {
                throw new KnowledgeFileException(file, "unknown intent '" + name + "'; known: " + Intent.names());
            }
            written.put(name, lines(file, name, intent.get("examples")));
        }
        for (var name : Intent.names()) {
            if (!written.containsKey(name)) {
                throw new KnowledgeFileException(file, "intent '" + name + "' has no examples");
            }
        }
        if (root.get(FOLLOW_UP) instanceof Map<?, ?> followUp) {
            written.put(FOLLOW_UP, lines(file, FOLLOW_UP, followUp.get("examples")));
        }
        var examples = new LinkedHashMap<String, List<String>>();
        written.forEach((label, lines) -> examples.put(label, expand(lines, forms)));
        return new TrainingData(examples, written, words(root.get("job_title_words")), words(root.get("asking_words")),
                words(root.get("asks_which_role")), words(root.get("role_pronouns")),
                words(root.get("role_choice_words")), words(root.get("topic_pronouns")),
                impliedTopics(file, root.get("implied_topics")), tellMeMore(file, root.get("tell_me_more")),
                abbreviations(root.get("title_abbreviations")), questionWrappers(root.get("question_wrappers")));
    }

    private static QuestionWrappers questionWrappers(Object given) {
        if (!(given instanceof Map<?, ?> wrapping)) {
            return new QuestionWrappers(List.of(), Set.of());
        }
        var wrappers = words(wrapping.get("wrappers")).stream().map(Words::texts).toList();
        return new QuestionWrappers(wrappers, words(wrapping.get("asking")));
    }

    private static TitleAbbreviations abbreviations(Object given) {
        var abbreviations = new LinkedHashMap<String, String>();
        if (given instanceof Map<?, ?> map) {
            map.forEach((shortForm, word) -> abbreviations.put(String.valueOf(shortForm).toLowerCase(Locale.ROOT),
                    String.valueOf(word).toLowerCase(Locale.ROOT)));
        }
        return new TitleAbbreviations(Map.copyOf(abbreviations));
    }

    private static TellMeMore tellMeMore(Path file, Object given) {
        if (given == null) {
            return new TellMeMore(Set.of(), Set.of(), Map.of());
        }
        if (!(given instanceof Map<?, ?> more) || !(more.get("next") instanceof Map<?, ?> next)) {
            throw new KnowledgeFileException(file, "'tell_me_more' needs 'cues', 'fillers' and 'next' (intent: intent)");
        }
        var after = new LinkedHashMap<Intent, Intent>();
        next.forEach((from, to) -> {
            if (!Intent.isKnown(String.valueOf(from)) || !Intent.isKnown(String.valueOf(to))) {
                throw new KnowledgeFileException(file, "'tell_me_more' names an unknown intent: " + from + " → " + to
                        + "; known: " + Intent.names());
            }
            after.put(Intent.of(String.valueOf(from)), Intent.of(String.valueOf(to)));
        });
        return new TellMeMore(words(more.get("cues")), words(more.get("fillers")), Map.copyOf(after));
    }

    private static List<ImpliedTopic> impliedTopics(Path file, Object given) {
        var implied = new ArrayList<ImpliedTopic>();
        if (given == null) {
            return implied;
        }
        if (!(given instanceof List<?> entries)) {
            throw new KnowledgeFileException(file, "'implied_topics' must be a list of {when: [words], topic: word}");
        }
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> rule) || !(rule.get("when") instanceof List<?> when) || when.isEmpty()
                    || !(rule.get("topic") instanceof String topic) || topic.isBlank()) {
                throw new KnowledgeFileException(file, "every implied topic needs 'when' (a list of words) and 'topic': "
                        + entry);
            }
            var singular = new LinkedHashSet<String>();
            words(when).forEach(w -> singular.add(Words.singular(w))); // "how much … makes" as "… make"
            implied.add(new ImpliedTopic(List.copyOf(singular), topic.strip().toLowerCase(Locale.ROOT)));
        }
        return implied;
    }

    private static Set<String> words(Object list) {
        var words = new LinkedHashSet<String>();
        if (list instanceof List<?> given) {
            given.forEach(w -> words.add(String.valueOf(w).toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    private static List<String> lines(Path file, String label, Object given) {
        var lines = new ArrayList<String>();
        if (given instanceof String block) {
            block.lines().map(String::strip).filter(l -> l.startsWith("-"))
                    .map(l -> l.substring(1).strip()).filter(l -> !l.isEmpty()).forEach(lines::add);
        } else if (given instanceof List<?> list) {
            list.forEach(l -> lines.add(String.valueOf(l).strip()));
        }
        if (lines.size() < MIN_EXAMPLES) {
            throw new KnowledgeFileException(file, "'" + label + "' has " + lines.size() + " examples; it needs at least "
                    + MIN_EXAMPLES);
        }
        return lines;
    }

    private static List<String> expand(List<String> lines, List<String> forms) {
        var expanded = new ArrayList<String>();
        for (var line : lines) {
            if (!line.contains(ROLE_SLOT) || forms.isEmpty()) {
                expanded.add(line);
                continue;
            }
            for (int i = 0; i < Math.min(FORMS_PER_SLOT, forms.size()); i++) {
                String filled = line;
                for (int slot = 0; filled.contains(ROLE_SLOT); slot++) {
                    filled = filled.replaceFirst("\\{role}", Matcher.quoteReplacement(
                            forms.get((i + slot * 3) % forms.size())));
                }
                expanded.add(filled);
            }
        }
        return expanded;
    }

    /** Names and aliases interleaved across roles, so the first few forms cover several roles. */
    private static List<String> surfaceForms(List<Role> roles) {
        var perRole = roles.stream().map(Role::surfaceForms).toList();
        var forms = new ArrayList<String>();
        int longest = perRole.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (var roleForms : perRole) {
                if (i < roleForms.size()) {
                    forms.add(roleForms.get(i));
                }
            }
        }
        return forms;
    }
}
