package careerbot.nlu;

import careerbot.knowledge.EnglishAnalysis;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeFileException;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.WordIndex;
import careerbot.knowledge.Words;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Understands one message: which intent, which roles (covered or not), which words say what it is about, and which
 * of those the bot has never seen.
 * The intent model is trained here, at start-up, from {@code intents.yml}.
 */
@Singleton
public final class Interpreter {

    private static final Logger LOG = LoggerFactory.getLogger(Interpreter.class);
    /**
     * Shorter words are more often slang, typos or filler ("wat", "pls", "use") than what a question is about, unless
     * a synonym rule names them ("pay") or they are written in capitals ("CFA").
     */
    public static final int MIN_TOPIC_WORD = 4;
    /**
     * Above this confidence the phrasing alone is a known way of asking (an unfamiliar word is filler, "so what
     * exactly…"); below it, an unfamiliar word is likely the topic itself ("certifications") and is reported.
     */
    private static final double SURE = 0.75;

    private final RoleCatalog roles;
    /** For its index, which is still being built while the model trains. */
    private final KnowledgeBase knowledge;
    private final Features features;
    /** Trained in the background while the server starts; the first question waits for it if it must. */
    private final CompletableFuture<IntentModel> model;
    private final double threshold;
    private final UnknownRoles unknownRoles;
    /** Words of the in-scope examples and the synonym rules: a topic word among them is no unfamiliar word. */
    private final WordIndex<Boolean> exampleWords = new WordIndex<>();
    private final AliasesAsWords aliasesAsWords;
    /** Words that ask rather than say what about ({@link TrainingData#taughtAskingWords(Set)}): never topic words. */
    private final WordIndex<Boolean> askingWords = new WordIndex<>();
    /**
     * Words that only the examples of definitions and advice repeat: the terms and interests they name ("backlog",
     * "strategy"), topics wherever the articles use them ("tell me about the backlog"), asking words otherwise ("suits").
     */
    private final Set<String> askingUnlessInArticles = new HashSet<>();
    /** Words before the last of a role's name ("scrum" of "scrum master"): asking words beside a role named. */
    private final WordIndex<Boolean> roleNameModifiers = new WordIndex<>();
    /** The word lists of intents.yml: ways of asking, pronouns, implied topics. */
    private final TrainingData lists;
    private final ImpliedTopics impliedTopics;
    private final Set<String> synonymWords;
    /** The synonym words by their spellings one typo off: "salery" is "salary". */
    private final WordIndex<String> synonymSpellings = new WordIndex<>();

    public Interpreter(KnowledgeBase knowledge, NluConfiguration configuration) {
        this.roles = knowledge.roles();
        this.knowledge = knowledge;
        this.features = new Features(roles);
        this.threshold = configuration.confidenceThreshold();
        var file = knowledge.folder().resolve("intents.yml");
        // Read and checked now, so a broken intents.yml stops start-up; only the training runs in the background.
        var data = TrainingData.parse(file, readIntents(file), roles.roles());
        this.unknownRoles = new UnknownRoles(roles, data.jobTitleWords());
        this.lists = data;
        this.impliedTopics = new ImpliedTopics(data.impliedTopics());
        data.examples().forEach((label, utterances) -> {
            if (!label.equals(Intent.OUT_OF_SCOPE.label())) {
                utterances.forEach(u -> Words.of(u).forEach(w -> exampleWords.add(w.text(), Boolean.TRUE)));
            }
        });
        this.aliasesAsWords = new AliasesAsWords(data);
        var taught = data.taughtAskingWords(Set.of());
        var taughtByOthers = data.taughtAskingWords(Set.of(Intent.CONCEPT_DEFINITION, Intent.CAREER_ADVICE));
        taughtByOthers.forEach(word -> askingWords.addWithWrittenForm(word, Boolean.TRUE));
        var byOthers = taughtByOthers.stream().map(Words::singular).collect(Collectors.toSet());
        taught.stream().map(Words::singular).filter(word -> !byOthers.contains(word))
                .forEach(askingUnlessInArticles::add);
        data.askingWords().forEach(word -> askingWords.addWithWrittenForm(word, Boolean.TRUE));
        // A word of a role's name said on its own ("owner") names no topic either; but an acronym in one ("SOC" of
        // "SOC analyst") is a thing of its own: "what is a SOC?"; and so is a word before the last in a message that
        // names no role ("what is scrum?").
        for (var role : roles.roles()) {
            role.surfaceForms().forEach(form -> {
                var words = Words.of(form);
                for (int i = 0; i < words.size(); i++) {
                    var w = words.get(i);
                    if (isAcronym(form, w) && !form.equals(form.substring(w.start(), w.end()))) {
                        continue;
                    }
                    (i < words.size() - 1 ? roleNameModifiers : askingWords).add(w.text(), Boolean.TRUE);
                }
            });
        }
        this.synonymWords = knowledge.synonymWords();
        synonymWords.forEach(word -> exampleWords.add(word, Boolean.TRUE));
        synonymWords.forEach(word -> synonymSpellings.add(word, Words.singular(word)));
        this.model = CompletableFuture.supplyAsync(() -> train(data));
    }

    /** The word lists of intents.yml: ways of asking, pronouns, implied topics. */
    public TrainingData lists() {
        return lists;
    }

    private IntentModel train(TrainingData data) {
        long started = System.nanoTime();
        var featuresByLabel = new LinkedHashMap<String, List<long[]>>();
        data.examples().forEach((label, utterances) ->
                featuresByLabel.put(label, utterances.stream().map(features::of).toList()));
        var trained = new IntentModel(featuresByLabel);
        LOG.info("Intent model trained on {} examples in {} ms", data.examples().values().stream().mapToInt(List::size).sum(),
                (System.nanoTime() - started) / 1_000_000);
        return trained;
    }

    private static String readIntents(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KnowledgeFileException(file, "missing: the intent examples live here");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new KnowledgeFileException(file, "can't be read: " + e.getMessage(), e);
        }
    }

    /** True once the intent model is trained: until then a question waits for it. */
    public boolean isReady() {
        return model.isDone() && !model.isCompletedExceptionally();
    }

    /**
     * The message with its first word that stands for the topic talked about ({@code topic_pronouns}) replaced by
     * the topic: "who manages it?" after a definition of the backlog is "who manages backlog?". The message itself
     * when it has no such word.
     */
    public String withTopicFor(String message, List<String> topic) {
        for (var word : Words.of(message)) {
            if (lists.topicPronouns().contains(word.text())) {
                return message.substring(0, word.start()) + String.join(" ", topic) + message.substring(word.end());
            }
        }
        return message;
    }

    /**
     * What "tell me more" asks for after an answer of the given intent ({@code tell_me_more} in intents.yml): after
     * what a role does, its responsibilities; nothing when the message asks something else or nothing came before.
     */
    public Optional<Intent> moreAfter(String message, Intent last) {
        // Most messages start a conversation: no words are split for them.
        var next = last == null ? null : lists.tellMeMore().next().get(last);
        if (next == null) {
            return Optional.empty();
        }
        var words = Words.texts(message);
        return lists.tellMeMore().isAskedBy(words) ? Optional.of(next) : Optional.empty();
    }

    /** The question a message wraps ("I want to know what a backlog is" asks "what a backlog is"), or the message. */
    public String unwrapped(String message) {
        return lists.questionWrappers().unwrapped(message);
    }

    /** Whether a message names a role and says nothing else ("I mean the PM"): an answer to "which role?". */
    public boolean namesOnlyRoles(String message) {
        var words = Words.of(message);
        var mentions = roles.mentions(message, words);
        return !mentions.isEmpty() && words.stream().allMatch(w -> lists.roleChoiceWords().contains(w.text())
                || mentions.stream().anyMatch(m -> m.start() <= w.start() && w.end() <= m.end()));
    }

    public Understanding understand(String message) {
        var words = lists.titleAbbreviations().inFull(Words.of(message));
        var mentions = unknownRoles.withoutHeadsOfOtherTitles(message, words, unknownRoles.withoutFieldsBeforeTitles(
                words, aliasesAsWords.without(message, words, roles.mentions(message, words))));
        var mentioned = mentions.stream().map(RoleCatalog.Mention::role).distinct().toList();
        var scores = model.join().classify(features.of(words, mentions));
        var best = scores.get(0);
        var topic = topicWords(message, words, mentions);
        // "Who does a PO work with?" names the role and asks about people, not which role; so does "who do they work
        // with?" of the roles talked about.
        boolean asksWho = mentioned.isEmpty()
                && words.stream().anyMatch(w -> lists.whichRoleWords().contains(w.text()));
        boolean ofRolesTalkedAbout = words.stream().anyMatch(w -> lists.rolePronouns().contains(w.text()));
        boolean asksWhichRole = asksWho && !ofRolesTalkedAbout;
        if ((!mentioned.isEmpty() || (asksWho && !topic.isEmpty())) && isSmallTalk(best.label())) {
            // Greetings and help never name a role, nor ask who does something: a question that does is about roles,
            // so take the likeliest intent that answers about them ("who does a product manager work with?", "who
            // uses SEO?", "who do they work with?").
            best = scores.stream().filter(s -> !isSmallTalk(s.label())).findFirst().orElse(best);
        }
        boolean followUp = best.label().equals(TrainingData.FOLLOW_UP);
        Intent intent;
        if (followUp) {
            intent = Intent.ROLE_OVERVIEW;
        } else if (best.probability() < threshold || words.isEmpty()) {
            intent = Intent.OUT_OF_SCOPE;
        } else {
            intent = Intent.of(best.label());
        }
        // Sure of a question about roles that names none, the unfamiliar word may be the role or the subject itself
        // ("what is scrum?", "what does a barista do?"): it is reported however sure the phrasing is.
        boolean phrasingExplainsAll = best.probability() >= SURE && !(mentioned.isEmpty() && intent.isAboutRoles());
        // Asked of the word as written too: "securities" cut to "securitie" stems otherwise than the articles' word.
        var unfamiliar = phrasingExplainsAll ? List.<String>of()
                : topic.stream().filter(w -> isUnfamiliar(Words.singular(w)) && isUnfamiliar(w)).toList();
        var guess = scores.stream().map(IntentModel.Score::label).filter(Interpreter::answersFromArticles)
                .map(Intent::of).findFirst().orElse(Intent.ROLE_OVERVIEW);
        var titles = unknownRoles.in(words, mentions);
        return new Understanding(intent, best.probability(), followUp, mentioned, titles.names(),
                titles.setAgainstCovered(), topic, unfamiliar, guess, !followUp && best.probability() < threshold,
                asksWhichRole, ofRolesTalkedAbout);
    }

    /**
     * A topic word the articles don't use as written, one typo from a single word of the synonym rules, is that word:
     * the rules list the words users ask about that the articles put otherwise, so a slip in one finds nothing else.
     */
    private String spelt(String word) {
        if (synonymWords.contains(Words.singular(word))) {
            return word;
        }
        var near = synonymSpellings.find(word);
        boolean oneWord = !near.isEmpty() && near.stream().allMatch(near.get(0)::equals);
        return oneWord && !knowledge.index().usesWord(word) ? near.get(0) : word;
    }

    /** Two capitals or more, as written: "CFA", "KPI", "PhD" are short words that name a topic. */
    private static boolean isAcronym(String text, Words.Word word) {
        return text.substring(word.start(), word.end()).chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * An asking word, or a typo of one, unless the examples or the articles use the word as it stands: "where" is a
     * word of its own, not a slip for "there".
     */
    private boolean isAskingWord(String word) {
        if (!askingWords.find(word, false).isEmpty()) {
            return true;
        }
        if (askingUnlessInArticles.contains(word)) {
            return !knowledge.index().usesWord(word);
        }
        return askingWords.contains(word) && exampleWords.find(word, false).isEmpty()
                && !knowledge.index().usesWord(word);
    }

    /** A word neither the examples nor the articles use, nor one a typo away from theirs. */
    private boolean isUnfamiliar(String word) {
        return !exampleWords.contains(word) && !knowledge.index().knowsWord(word);
    }

    private static boolean answersFromArticles(String label) {
        return Intent.isKnown(label) && !isSmallTalk(label) && !label.equals(Intent.OUT_OF_SCOPE.label());
    }

    /** A model label that is a small-talk intent ({@link TrainingData#FOLLOW_UP} is no intent at all). */
    private static boolean isSmallTalk(String label) {
        return Intent.isKnown(label) && Intent.of(label).isSmallTalk();
    }

    /**
     * The words that say what a message is about beyond the roles it names and its way of asking: none of the words
     * of the intent examples ("what", "responsibilities"), but "degree" or "dashboard"; and the topics its way of
     * asking implies ("salary" for "how much does a PO make?").
     */
    private List<String> topicWords(String message, List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        var topic = new ArrayList<String>();
        // A slip of a word of asking is a letter from the examples' word ("mutch", "much"): unused as typed.
        var said = impliedTopics.said(words,
                w -> exampleWords.find(w, false).isEmpty() && !knowledge.index().usesWord(w));
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            String w = Words.singular(word.text());
            // "Them" in "compare them" stands for the roles talked about: no topic ("… often mix them up").
            boolean candidate = w.equals(said[i]) && !EnglishAnalysis.STOP_WORDS.contains(w)
                    && !w.chars().allMatch(Character::isDigit) && !isAskingWord(w) && !lists.rolePronouns().contains(w)
                    && (mentions.isEmpty() || roleNameModifiers.find(w, false).isEmpty())
                    && mentions.stream().noneMatch(m -> word.start() >= m.start() && word.end() <= m.end());
            // A short word says what is asked when it is a topic of the synonym rules ("pay") or an acronym, as typed
            // ("SEO") or as the articles write it ("what is seo?"), or a name they write ("Git").
            if (candidate && (w.length() >= MIN_TOPIC_WORD || synonymWords.contains(w) || isAcronym(message, word)
                    || knowledge.index().nameAsWritten(word.text()).isPresent())) {
                topic.add(spelt(word.text()));
            }
        }
        impliedTopics.implied(said, topic);
        return topic;
    }

}
