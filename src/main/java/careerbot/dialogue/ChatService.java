package careerbot.dialogue;

import careerbot.DaemonThreads;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import careerbot.nlu.Interpreter;
import careerbot.nlu.Understanding;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * One turn of a conversation, for every channel: understand the message, resolve it against the conversation
 * (follow-ups, pronouns), answer, remember.
 */
@Singleton
public final class ChatService {

    /** Answers given, per intent: how often the bot is out of its depth shows as {@code intent="out_of_scope"}. */
    static final String ANSWERS = "careerbot.answers";
    /**
     * Answers computed after a remote store's reply run here: not on the store's I/O thread, which serves every
     * request, and not on the common pool, which has a single thread on two cores.
     */
    private static final Executor ANSWERING = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), DaemonThreads.named("answering"));

    private final Interpreter interpreter;
    private final AnswerComposer composer;
    private final ComparisonCues comparisonCues;
    private final ArticleTopics articleTopics;
    private final ConversationStore conversations;
    private final RoleCatalog roles;
    private final KnowledgeBase knowledge;
    private final OneForRole oneForRole;
    /** Registered once: looking a counter up by name and tags on every answer costs more than counting. */
    private final Map<Intent, Counter> answersByIntent = new EnumMap<>(Intent.class);

    public ChatService(Interpreter interpreter, AnswerComposer composer, ComparisonCues comparisonCues,
                       ArticleTopics articleTopics, ConversationStore conversations, KnowledgeBase knowledge,
                       OneForRole oneForRole, MeterRegistry metrics) {
        for (var intent : Intent.values()) {
            answersByIntent.put(intent, metrics.counter(ANSWERS, "intent", intent.label()));
        }
        this.interpreter = interpreter;
        this.composer = composer;
        this.comparisonCues = comparisonCues;
        this.articleTopics = articleTopics;
        this.conversations = conversations;
        this.roles = knowledge.roles();
        this.knowledge = knowledge;
        this.oneForRole = oneForRole;
    }

    /** The reply to a message, and the conversation it belongs to. */
    public record Turn(String sessionId, Answer answer) { }

    /**
     * The reply, once the conversation is loaded and the new state saved. With the in-memory store it is complete on
     * return; with a store across the network the answering runs off the store's I/O thread.
     *
     * @param sessionId the conversation to continue, or null to start one
     */
    public CompletableFuture<Turn> reply(String sessionId, String message) {
        boolean starts = sessionId == null || sessionId.isBlank();
        String id = starts ? UUID.randomUUID().toString() : sessionId;
        // A conversation that starts now can't be in the store: no need to ask it.
        var found = starts ? CompletableFuture.completedFuture(Optional.<Conversation>empty()) : conversations.find(id);
        Function<Optional<Conversation>, CompletableFuture<Turn>> answer = conversation -> {
            var turn = answer(conversation.orElseGet(() -> Conversation.start(id)), message);
            return conversations.save(turn.next()).thenApply(saved -> new Turn(id, turn.answer()));
        };
        return found.isDone() ? found.thenCompose(answer) : found.thenComposeAsync(answer, ANSWERING);
    }

    /** The same, waiting for it: for callers on threads of their own (Slack's reply workers). */
    public Turn replyNow(String sessionId, String message) {
        return reply(sessionId, message).join();
    }

    private record Answered(Answer answer, Conversation next) { }

    private Answered answer(Conversation conversation, String message) {
        // "I want to know what a backlog is": "what a backlog is"; "the BLS": "the Bureau of Labor Statistics".
        String said = knowledge.nameAcronyms().spelledOut(interpreter.unwrapped(message),
                word -> knowledge.index().usesWord(word) || !roles.rolesIn(word).isEmpty());
        var more = interpreter.moreAfter(said, conversation.lastIntent());
        if (more.isPresent()) {
            return more(conversation, said, more.get());
        }
        said = oneForRole.withRoleFor(said, conversation.lastRoles()); // "and external ones?": external auditors
        var understanding = interpreter.understand(said);
        String asked = said;
        if (understanding.roles().isEmpty() && !understanding.followUp() && !conversation.lastTopic().isEmpty()) {
            // "What is a backlog?" → "who manages it?": it is the backlog, and the question is understood so.
            asked = interpreter.withTopicFor(said, conversation.lastTopic());
            if (!asked.equals(said)) {
                understanding = interpreter.understand(asked);
            }
        }
        if (answersWhichRole(conversation, asked, understanding.roles())) {
            // "What are the responsibilities?" → "Which role do you mean?" → "product manager": the question asked.
            understanding = understanding.followingUp();
        }
        if (understanding.roles().isEmpty() && !conversation.lastTopic().isEmpty()
                && comparisonCues.asksWhichOfThem(asked) && comparisonCues.comparesOnly(understanding.topicWords())) {
            // "Which is higher?" after the salaries of an RN and an NP: the last topic, of them.
            understanding = understanding.about(conversation.lastTopic());
        }
        List<String> about = new ArrayList<>(understanding.roles());
        if (!about.isEmpty() && understanding.ofRolesTalkedAbout() && speaksOfThemFirst(asked)) {
            // "Can they become pilots?" after what a flight attendant does: the flight attendant, then the pilot.
            about.addAll(0, conversation.lastRoles().stream().filter(role -> !about.contains(role)).toList());
        }
        // "And what about NPs?", "and the other role?" after an answer on a topic ("what education do they need?"):
        // that topic, for them.
        if (understanding.followUp() && understanding.topicWords().isEmpty() && !conversation.lastTopic().isEmpty()) {
            if (about.isEmpty()) {
                about.addAll(otherRoles(conversation.lastRoles()));
            }
            if (!about.isEmpty()) {
                understanding = understanding.about(conversation.lastTopic());
            }
        }
        Intent intent = understanding.intent();
        boolean asksAboutTopic = !understanding.topicWords().isEmpty();
        if (understanding.followUp() && asksAboutTopic && about.isEmpty()) {
            // "What about their salary?": a new topic for the same roles, not the last question for another role.
            intent = Intent.OUT_OF_SCOPE;
        } else if (understanding.followUp()) {
            intent = conversation.lastIntent() != null ? conversation.lastIntent() : Intent.ROLE_OVERVIEW;
            if (about.isEmpty()) {
                about.addAll(otherRoles(conversation.lastRoles()));
            }
            if (about.isEmpty()) {
                intent = Intent.OUT_OF_SCOPE; // "and…?" with nothing before it to go on
            }
        }
        if (about.isEmpty() && comparisonCues.asksWhatIsShared(asked)) {
            // "What do they have in common?", whichever intent the model leant to: the roles compared last, or the
            // only article's.
            intent = Intent.ROLE_COMPARISON;
        }
        if (intent == Intent.OUT_OF_SCOPE && about.size() == 2
                && comparisonCues.asksOnlyHowTheyDiffer(asked, understanding.topicWords())) {
            // "PO vs. PM: which does what?", "how can I tell a PO and a PM apart?" may read to the model as out of
            // scope: two roles and a word comparing them, with nothing else asked, ask how they differ.
            intent = Intent.ROLE_COMPARISON;
        }
        if (about.isEmpty() && (usesContext(intent) || (intent == Intent.OUT_OF_SCOPE && asksAboutTopic))) {
            about.addAll(conversation.lastRoles());
            if (comparisonCues.asksWhichOfThem(asked)) {
                // "Which earns more?" after an answer on physical therapists: they and the role they compare with.
                about.addAll(otherRoles(about));
            }
        }
        if (about.isEmpty() && intent == Intent.ROLE_COMPARISON && knowledge.articles().size() == 1) {
            // "What's the difference in scope?" with one article: the difference between its roles.
            knowledge.articles().get(0).roles().forEach(r -> about.add(r.name()));
        }
        return answered(conversation, intent, about, understanding, asked);
    }

    /** Whether a message speaks of the roles talked about ("they") before it names one: "can they become pilots?". */
    private boolean speaksOfThemFirst(String message) {
        var mentions = roles.mentions(message);
        return !mentions.isEmpty() && Words.of(message.substring(0, mentions.get(0).start())).stream()
                .anyMatch(word -> interpreter.lists().rolePronouns().contains(word.text()));
    }

    /**
     * "Tell me more" after what a PM does: the PM's responsibilities, then examples of the work; after the last of
     * them, what else to ask. An answer the articles don't cover, or that quotes only what the last one did (the list
     * of "Day-to-day tasks" as the responsibilities, then as the examples), is passed over for the one after it.
     */
    private Answered more(Conversation conversation, String said, Intent next) {
        var understanding = interpreter.understand(said);
        // Its words ask for nothing but more: matched against the articles, "more" would pick any passage saying
        // "earn more" as the role's responsibilities.
        Function<Intent, Answer> onLastRoles = intent -> composer.compose(question(conversation, intent,
                new ArrayList<>(conversation.lastRoles()), understanding.asking(intent), ""));
        var last = onLastRoles.apply(conversation.lastIntent());
        var answer = onLastRoles.apply(next);
        for (var after = interpreter.moreAfter(said, next); after.isPresent() && saysNothingNew(answer, last);
             after = interpreter.moreAfter(said, next)) {
            next = after.get();
            answer = onLastRoles.apply(next);
        }
        if (next == Intent.HELP) {
            // Once what the roles do, their responsibilities, examples and differences are told: the other sections of
            // their articles, one after the other, rather than what the bot can do.
            var told = Arrays.stream(Intent.values()).filter(Intent::isAboutRoles).map(onLastRoles)
                    .flatMap(roleAnswer -> roleAnswer.sources().stream()).map(Source::section).collect(Collectors.toSet());
            answer = articleTopics.next(question(conversation, next, new ArrayList<>(conversation.lastRoles()),
                    understanding.asking(next), ""), told, conversation.lastTopic(), conversation.lastIntent())
                    .orElse(answer);
        }
        return counted(conversation, answer);
    }

    /**
     * Whether an answer quotes nothing, or nothing the last one didn't: each of its lines but the first (the
     * template's title) is in the last one or names a source.
     */
    private static boolean saysNothingNew(Answer answer, Answer last) {
        if (answer.sources().isEmpty()) {
            return true; // not covered
        }
        var quoted = answer.text().lines().skip(1).filter(line -> !line.isBlank())
                .filter(line -> answer.sources().stream().noneMatch(s -> line.contains(s.title()))).toList();
        return !quoted.isEmpty() && quoted.stream().allMatch(last.text()::contains);
    }

    private Answered answered(Conversation conversation, Intent intent, List<String> about, Understanding understanding,
                              String message) {
        var q = question(conversation, intent, about, understanding, message);
        return counted(conversation, articleTopics.headed(q, conversation.lastRoles()).orElseGet(() -> composer.compose(q)));
    }

    private AnswerComposer.Question question(Conversation conversation, Intent intent, List<String> about,
                                             Understanding understanding, String message) {
        if (intent == Intent.ROLE_COMPARISON && about.size() == 1) {
            // "How is that different from a PM?" after one other role: that role; "how do they differ?" after one
            // role and then another ("what does a copywriter do?" → "and a PO?"): the one before; otherwise the one
            // its article compares it with.
            var last = conversation.lastRoles().contains(about.get(0)) ? conversation.earlierRoles()
                    : conversation.lastRoles();
            var other = last.size() == 1 && !about.contains(last.get(0)) ? Optional.of(last.get(0))
                    : roles.counterparts(about.get(0)).stream().findFirst();
            other.ifPresent(about::add);
        }
        return new AnswerComposer.Question(intent, List.copyOf(about), understanding, message, conversation.turns());
    }

    private Answered counted(Conversation conversation, Answer answer) {
        answersByIntent.get(answer.intent()).increment();
        return new Answered(answer, conversation.next(answer));
    }

    /**
     * Whether a message names only a role right after a question on roles that named none and followed none, which the
     * bot answered by asking which role, or that named a word meaning several ("the job outlook for nurses?" → "Which
     * nurse do you mean?" → "the NP"): that question is asked of it. After "what does it involve?", a role alone asks
     * what it does anyway; after a comparison, one of the roles compared asks what it is.
     */
    private boolean answersWhichRole(Conversation conversation, String message, List<String> named) {
        var last = conversation.lastIntent();
        var lastRoles = conversation.lastRoles();
        boolean chosen = lastRoles.isEmpty()
                || (last != Intent.ROLE_COMPARISON && lastRoles.size() > named.size() && lastRoles.containsAll(named));
        // "What education do they need?" → "Which role do you mean?" → "dietitians": asked of them, its topic kept.
        boolean askedWhich = last == Intent.ROLE_OVERVIEW && lastRoles.isEmpty();
        return last != null && (last.isAboutRoles() || last == Intent.JOB_OUTLOOK)
                && (last != Intent.ROLE_OVERVIEW || askedWhich) && chosen && interpreter.namesOnlyRoles(message);
    }

    private static boolean usesContext(Intent intent) {
        return intent.isAboutRoles() || intent == Intent.CAREER_ADVICE || intent == Intent.JOB_OUTLOOK;
    }

    /** "And the other one?": the roles compared with the last ones. */
    private List<String> otherRoles(List<String> last) {
        if (last.size() != 1) {
            return List.of();
        }
        return roles.counterparts(last.get(0)).stream().limit(1).toList();
    }
}
