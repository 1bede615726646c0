package careerbot.dialogue;

import careerbot.knowledge.KnowledgeFileException;
import careerbot.knowledge.Words;
import careerbot.knowledge.YamlMapping;
import careerbot.nlu.Intent;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The reply texts of {@code templates.yml}: per intent, where to find passages, reply variations and suggestions. */
final class Templates {

    /**
     * What one intent's reply is made of.
     *
     * @param lists    the word lists of {@code find} ("topic_after", "yes_no", "aspects"), read once: questions ask
     *                 for them on every reply
     * @param cueWords the words that ask rather than say what about ({@code find: cue_words}), read once
     */
    record IntentTemplate(Map<?, ?> find, List<Template> replies, List<Template> suggestions,
                          Map<String, List<String>> lists, Set<String> cueWords) {

        IntentTemplate(Map<?, ?> find, List<Template> replies, List<Template> suggestions) {
            this(find, replies, suggestions, lists(find));
        }

        private IntentTemplate(Map<?, ?> find, List<Template> replies, List<Template> suggestions,
                               Map<String, List<String>> lists) {
            this(find, replies, suggestions, lists, Set.copyOf(lists.getOrDefault("cue_words", List.of())));
        }

        private static Map<String, List<String>> lists(Map<?, ?> find) {
            var lists = new HashMap<String, List<String>>();
            find.forEach((key, value) -> {
                if (value instanceof List<?> l) {
                    lists.put(String.valueOf(key), l.stream().map(String::valueOf).toList());
                }
            });
            return Map.copyOf(lists);
        }

        /**
         * What a message says the user likes, and what they would rather not do: the words after one of
         * {@code find: dislike} ("I don't like meetings") or {@code find: over} ("… rather do research than manage a
         * backlog"), until one of {@code find: contrast} ("… but I love coding"); two of them in a row say a liking
         * ("I don't mind getting wet").
         */
        Likings likings(String message) {
            var dislike = findList("dislike");
            var contrast = findList("contrast");
            var over = findList("over");
            var liked = new StringBuilder();
            var disliked = new StringBuilder();
            boolean against = false;
            boolean afterDislike = false;
            for (var word : Words.of(message)) {
                boolean dislikes = dislike.contains(word.text()) || over.contains(word.text());
                if (dislikes || contrast.contains(word.text())) {
                    // Two in a row undo each other: "I don't mind getting wet".
                    against = dislikes && !(afterDislike && against);
                } else {
                    (against ? disliked : liked).append(word.text()).append(' ');
                }
                afterDislike = dislikes;
            }
            return new Likings(liked.toString().strip(), disliked.toString().strip());
        }

        /** The words of a text less the cue words, joined by spaces: "what is a backlog" → "backlog". */
        String withoutCueWords(String text) {
            var words = Words.of(text).stream().map(Words.Word::text).filter(w -> !cueWords.contains(w)).toList();
            return String.join(" ", words);
        }

        /**
         * What a definition asks to define: the question's words less the cue words; when all of them may ask
         * ("agile" in "what is a sprint in agile?"), the last topic word ("what is agile?", "define agile").
         */
        String termDefined(String question, List<String> topicWords) {
            String term = withoutCueWords(question);
            return term.isBlank() && !topicWords.isEmpty() ? topicWords.get(topicWords.size() - 1) : term;
        }

        /** True when every word of the text is a cue word ("what does … stand for"), without building what is left. */
        boolean hasOnlyCueWords(String text) {
            return Words.of(text).stream().allMatch(w -> cueWords.contains(w.text()));
        }

        /** The same for words already split and lower-cased (a question's topic words). */
        boolean hasOnlyCueWords(List<String> words) {
            return cueWords.containsAll(words);
        }

        /** The words, split and lower-cased, that are no cue words. */
        List<String> withoutCueWords(List<String> words) {
            return words.stream().filter(w -> !cueWords.contains(w)).toList();
        }

        /**
         * Whether a topic word follows one of the linking words ({@code find: topic_after}), perhaps past stop words:
         * "in a sprint", "with the executives", not "keep" in "I keep hearing about product owners".
         */
        boolean hasTopicAfterLinkingWord(List<String> topicWords, String question) {
            var linking = findList("topic_after");
            var words = Words.of(question);
            for (int i = 1; i < words.size(); i++) {
                if (!topicWords.contains(words.get(i).text())) {
                    continue;
                }
                for (int j = i - 1; j >= 0; j--) {
                    String before = words.get(j).text();
                    if (linking.contains(before)) {
                        return true;
                    }
                    if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(before)) {
                        break;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the question starts with one of the words that ask yes or no ({@code find: yes_no}: "do", "can"),
         * not followed by one that makes it a request or a question about the user ({@code not_yes_no}: "can you").
         */
        boolean asksYesOrNo(String question) {
            var words = Words.of(question);
            return words.size() > 1 && findList("yes_no").contains(words.get(0).text())
                    && !findList("not_yes_no").contains(words.get(1).text());
        }

        /**
         * Whether the question asks what two roles share ({@code find: alike}: "in common", "similarities") and not
         * also how they differ ({@code find: unlike}), which the comparison answers.
         */
        boolean asksWhatIsShared(String question) {
            var words = Words.of(question);
            return holdsAWordOf(words, "alike") && !holdsAWordOf(words, "unlike");
        }

        /**
         * Whether a question asks which of two roles is more of something: a word of {@code find: which_of} and one of
         * {@code find: comparatives} ("which earns more?", "who works longer hours?").
         */
        boolean asksWhichOfThem(String question) {
            var words = Words.of(question);
            return holdsAWordOf(words, "which_of") && holdsAWordOf(words, "comparatives");
        }

        /** Whether a question asks how two roles differ, in a word of {@code find: unlike} ("vs", "compare"). */
        boolean asksHowTheyDiffer(String question) {
            return holdsAWordOf(Words.of(question), "unlike");
        }

        /**
         * Whether the message, or a sentence or clause of it, starts with a word of {@code find: about_user} ("I want
         * to design buildings", "PA or MA? I want to diagnose patients").
         */
        boolean speaksOfTheUser(String message) {
            var words = Words.of(message);
            var aboutUser = findList("about_user");
            for (int i = 0; i < words.size(); i++) {
                if (aboutUser.contains(words.get(i).text()) && (i == 0 || Sentences.CLAUSE_BREAK.matcher(
                        message.substring(words.get(i - 1).end(), words.get(i).start())).find())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the message starts by saying what the user likes: a word of {@code find: about_user}, then one of
         * {@code find: liking}, perhaps after another word ("I enjoy…", "I really like…", "I'm good at…").
         */
        boolean saysWhatTheUserLikes(String message) {
            var words = Words.of(message);
            var liking = findList("liking");
            return startsWithTheUser(words) && words.stream().skip(1).limit(2).anyMatch(w -> liking.contains(w.text()));
        }

        private boolean startsWithTheUser(List<Words.Word> words) {
            return !words.isEmpty() && findList("about_user").contains(words.get(0).text());
        }

        /** Whether the message names roles in general ({@code find: roles_in_general}: "what roles do you know?"). */
        boolean asksWhichRolesAreCovered(String message) {
            return holdsAWordOf(Words.of(message), "roles_in_general");
        }

        /** Whether any word of the message speaks of the user ({@code find: of_user}: "I", "me", "my"). */
        boolean mentionsTheUser(String message) {
            return holdsAWordOf(Words.of(message), "of_user");
        }

        /**
         * Whether the message holds a word of {@code find: liking} or {@code dislike} anywhere, said of the user or of
         * someone ("which suits me if I like data?", "… for someone who loves Excel?", "I don't mind getting wet").
         */
        boolean saysLikesOrDislikes(String message) {
            var liking = findList("liking");
            var dislike = findList("dislike");
            return Words.of(message).stream().map(w -> Words.singular(w.text()))
                    .anyMatch(w -> liking.contains(w) || dislike.contains(w));
        }

        private boolean holdsAWordOf(List<Words.Word> words, String key) {
            var listed = findList(key);
            return words.stream().anyMatch(w -> listed.contains(w.text()));
        }

        String findString(String key) {
            return find.get(key) instanceof String s ? s : "";
        }

        List<String> findList(String key) {
            return lists.getOrDefault(key, List.of());
        }
    }

    /** The words of a message on what the user likes, and on what they would rather not do. */
    record Likings(String liked, String disliked) { }

    /** The replies named at the top level of the file, not per intent. */
    private static final List<String> NAMED_REPLIES = List.of("not_covered", "unknown_role", "unknown_role_none_near",
            "which_role", "which_of_roles", "career_advice_without_interests", "career_advice_which_roles", "best_match",
            "each_role", "in_common", "more_topics", "last_topic", "career_advice_dislikes",
            "career_advice_spared", "same_role", "sources");

    private final Map<Intent, IntentTemplate> intents = new EnumMap<>(Intent.class);
    private final Map<String, List<Template>> named = new HashMap<>();
    /** Per topic word, how an article may say it without the word ({@code topic_phrases}). */
    private final Map<String, Phrasing> topicPhrases = new HashMap<>();

    /**
     * The phrases, as lower-case words, that say a topic without its word, and the words after which they don't ("work
     * in shifts").
     */
    record Phrasing(List<List<String>> said, Set<String> notBefore) { }

    Templates(Path file, String yaml) {
        var root = YamlMapping.read(file, yaml, "the file", "'intents' with their replies");
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
                    new IntentTemplate(find, templates(template.get("replies")), templates(template.get("suggestions"))));
        });
        for (var intent : Intent.values()) {
            if (!intents.containsKey(intent)) {
                throw new KnowledgeFileException(file, "no template for intent '" + intent.label() + "'");
            }
        }
        for (var key : NAMED_REPLIES) {
            var replies = templates(root.get(key));
            if (replies.isEmpty()) {
                throw new KnowledgeFileException(file, "missing '" + key + "'");
            }
            named.put(key, replies);
        }
        if (root.get("topic_phrases") instanceof Map<?, ?> phrases) {
            phrases.forEach((topic, entry) -> {
                if (!(entry instanceof Map<?, ?> phrasing) || strings(phrasing.get("said")).isEmpty()) {
                    throw new KnowledgeFileException(file, "topic phrase '" + topic + "' needs 'said', a list of phrases");
                }
                var said = strings(phrasing.get("said")).stream().map(Words::texts)
                        .filter(words -> !words.isEmpty()).toList();
                var notBefore = strings(phrasing.get("not_before")).stream().map(w -> w.toLowerCase(Locale.ROOT));
                topicPhrases.put(String.valueOf(topic).toLowerCase(Locale.ROOT),
                        new Phrasing(said, notBefore.collect(Collectors.toSet())));
            });
        } else if (root.get("topic_phrases") != null) {
            throw new KnowledgeFileException(file, "'topic_phrases' must map a topic word to its 'said' phrases");
        }
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value instanceof String s ? List.of(s) : List.of();
    }

    private static List<Template> templates(Object value) {
        return strings(value).stream().map(Template::parse).toList();
    }

    IntentTemplate of(Intent intent) {
        return intents.get(intent);
    }

    /** One of the named top-level replies ({@code not_covered}, {@code unknown_role}, …), varied by turn. */
    Template reply(String key, int turn) {
        return pick(named.get(key), turn);
    }

    /** The topic words of {@code topic_phrases}, each with how the articles may say it. */
    Map<String, Phrasing> topicPhrases() {
        return Map.copyOf(topicPhrases);
    }

    static Template pick(List<Template> variations, int turn) {
        return variations.get(Math.floorMod(turn, variations.size()));
    }
}
