package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeFileException;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import careerbot.nlu.Understanding;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a reply from the templates of {@code templates.yml}: fills a frame with what was retrieved, the roles asked
 * about and the sources, and adds the intent's suggestions.
 */
@Singleton
final class AnswerWriter {

    private static final int MAX_SUGGESTIONS = 3;
    /** Every role of a few articles is named; of a large knowledge base, the first ones and how many more. */
    private static final int ROLES_NAMED_IN_HELP = 8;
    /** A placeholder filled with nothing leaves blank lines behind. */
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\n{3,}");
    /** How many words a term written in a question may hold beyond those analysed ("of" in "scope of …"). */
    private static final int LEFT_OUT = 2;

    private final Templates templates;
    private final RoleCatalog roles;
    /** "product owner or product manager": how replies name what the bot covers. */
    private final String coveredRoles;

    AnswerWriter(KnowledgeBase knowledge) {
        var file = knowledge.folder().resolve("templates.yml");
        if (!Files.isRegularFile(file)) {
            throw new KnowledgeFileException(file, "missing: the answer templates live here");
        }
        this.templates = new Templates(file, KnowledgeBase.readText(file));
        this.roles = knowledge.roles();
        var all = roles.roles().stream().map(Role::title).toList();
        this.coveredRoles = all.size() <= ROLES_NAMED_IN_HELP ? joinedWithOr(all)
                : String.join(", ", all.subList(0, ROLES_NAMED_IN_HELP)) + " and " + (all.size() - ROLES_NAMED_IN_HELP) + " more";
    }

    Templates templates() {
        return templates;
    }

    /** Role placeholders: the roles asked about, or the first covered ones when none were named. */
    Map<String, String> values(List<String> asked) {
        var values = new HashMap<String, String>();
        var named = new ArrayList<>(asked);
        if (named.isEmpty()) {
            roles.roles().stream().findFirst().ifPresent(r -> named.add(r.name()));
        }
        if (!named.isEmpty()) {
            values.put("role", roles.title(named.get(0)));
            values.put("Role", Words.capitalised(roles.title(named.get(0))));
            var other = named.size() > 1 ? named.get(1) : roles.counterparts(named.get(0)).stream().findFirst().orElse("");
            values.put("other_role", roles.title(other));
            values.put("roles", String.join(" and ", named.stream().map(roles::title).toList()));
            if (named.size() > 2) { // "Certified nursing assistant vs licensed practical nurse vs registered nurse"
                values.put("more_compared", named.subList(2, named.size()).stream().map(roles::title)
                        .collect(Collectors.joining(" vs ", " vs ", "")));
            }
        }
        values.put("covered_roles", coveredRoles);
        return values;
    }

    Answer answer(AnswerComposer.Question q, Template frame, List<Source> sources, Map<String, String> values) {
        values.putIfAbsent("sources", sourcesLine(sources));
        String text = frame.fill(values).strip();
        if (text.contains("\n\n\n")) {
            text = EXTRA_BLANK_LINES.matcher(text).replaceAll("\n\n");
        }
        return new Answer(text, q.intent(), q.understanding().confidence(), q.roles(), sources, suggestions(q.intent(), values),
                List.of());
    }

    /** The intent's template filled with what was retrieved; for several roles, each one's part under its name. */
    Answer filled(AnswerComposer.Question q, Templates.IntentTemplate template, Reply reply, Map<String, String> values) {
        putRetrieved(values, reply);
        // "What do an RN and an NP do?": each role's part comes under its name, so no title may name one of them only.
        boolean eachRole = q.roles().size() > 1 && q.intent().isAboutRoles() && q.intent() != Intent.ROLE_COMPARISON;
        var frame = eachRole ? templates.reply("each_role", q.turn()) : Templates.pick(template.replies(), q.turn());
        return answer(q, frame, reply.sources(), values);
    }

    /**
     * A passage found for the question as it stands ({@code best_match}), under the intent given and about the
     * question's topic words, for a follow-up that asks them of another role. An FAQ's "Yes." answers only a question
     * that asks yes or no: "how many vet schools are there?" may find "Is veterinary school hard to get into?".
     */
    Answer matched(AnswerComposer.Question q, Intent intent, Reply match, Map<String, String> values) {
        putRetrieved(values, templates.of(Intent.ROLE_OVERVIEW).asksYesOrNo(q.text()) ? match : match.withoutYesOrNo());
        var answering = new AnswerComposer.Question(intent, q.roles(), q.understanding(), q.text(), q.turn());
        return answer(answering, templates.reply("best_match", q.turn()), match.sources(), values)
                .about(q.understanding().topicWords());
    }

    /** The honest reply when the articles don't ground an answer on the topic ("“salary”", "that"). */
    Answer notCovered(AnswerComposer.Question q, String topic, Map<String, String> values) {
        values.put("topic", topic);
        return new Answer(templates.reply("not_covered", q.turn()).fill(values), Intent.OUT_OF_SCOPE,
                q.understanding().confidence(), q.roles(), List.of(), suggestions(Intent.OUT_OF_SCOPE, values), List.of());
    }

    /** The same for what the question asks of the roles asked about, if any: "that for the DevOps engineer role". */
    Answer notCoveredForRoles(AnswerComposer.Question q, Map<String, String> values) {
        String asked = q.roles().size() == 1 ? values.get("role") + " role" : values.get("roles") + " roles";
        return notCovered(q, q.roles().isEmpty() ? "that" : "that for the " + asked, values);
    }

    /** A role no article covers ("project manager"): said so, with the nearest role one does, if any is near. */
    Answer unknownRole(AnswerComposer.Question q, String unknown, Map<String, String> values) {
        var sharing = unknown.contains(" ") ? List.<String>of() : roles.meantBy(unknown);
        if (sharing.size() > 1) {
            // "What does an analyst do?" of the data analyst and the business analyst: which one, kept as the roles
            // talked about, so "how do they differ?" compares them.
            values.put("topic", unknown);
            values.put("roles_to_choose", joinedWithOr(sharing.stream().map(r -> "the " + roles.title(r)).toList()));
            var choosing = new AnswerComposer.Question(q.intent(), sharing, q.understanding(), q.text(), q.turn());
            return answer(choosing, templates.reply("which_of_roles", q.turn()), List.of(), values);
        }
        var nearest = roles.nearest(unknown);
        nearest.ifPresent(role -> values.putAll(values(List.of(role))));
        values.put("topic", unknown);
        var notGrounded = new AnswerComposer.Question(Intent.OUT_OF_SCOPE, List.of(), q.understanding(), q.text(),
                q.turn());
        var reply = nearest.isPresent() ? "unknown_role" : "unknown_role_none_near";
        return answer(notGrounded, templates.reply(reply, q.turn()), List.of(), values);
    }

    /**
     * The sentences found for the question, quoted as they stand in one paragraph ({@code best_match}) with their
     * sources: a move between roles, whom a role works with.
     */
    Answer sentencesFound(AnswerComposer.Question q, List<String> sentences, List<Source> sources,
                          Map<String, String> values) {
        return sentencesFound(q, new Reply(String.join(" ", sentences), Reply.distinct(sources)), values);
    }

    Answer sentencesFound(AnswerComposer.Question q, Reply found, Map<String, String> values) {
        putRetrieved(values, found);
        return answer(q, templates.reply("best_match", q.turn()), found.sources(), values);
    }

    /** What was retrieved, into the placeholders {@code {passages}} and {@code {sources}}. */
    void putRetrieved(Map<String, String> values, Reply reply) {
        values.put("passages", reply.passages());
        values.put("sources", sourcesLine(reply.sources()));
    }

    private String sourcesLine(List<Source> sources) {
        var lines = new LinkedHashSet<String>();
        for (var s : sources) {
            lines.add(templates.reply("sources", 0).fill(Map.of("title", s.title(), "section", s.section())));
        }
        return String.join("\n", lines);
    }

    private List<String> suggestions(Intent intent, Map<String, String> values) {
        var out = new LinkedHashSet<String>();
        for (var suggestion : templates.of(intent).suggestions()) {
            if (suggestion.canFill(values) && out.size() < MAX_SUGGESTIONS) {
                out.add(suggestion.fill(values));
            }
        }
        return List.copyOf(out);
    }

    /**
     * What the articles don't cover, as the question says it: its topic words when they stand together ("write code"
     * in "do product owners write code?", though "code" alone is one typo from a word of theirs), else the unknown
     * ones.
     */
    static String unknownTopic(Understanding u, String question) {
        String topic = String.join(" ", u.topicWords());
        return !topic.isEmpty() && question.toLowerCase(Locale.ROOT).contains(topic) ? asWritten(topic, question)
                : asWritten(String.join(" ", u.unknownWords()), question);
    }

    /**
     * Words of the question as it writes them ("CFA"), found again after they were lower-cased, with the small words
     * between them that were left out ("scope of practice" for "scope practice").
     */
    static String asWritten(String words, String question) {
        int at = question.toLowerCase(Locale.ROOT).indexOf(words);
        if (at >= 0 && at + words.length() <= question.length()) {
            return question.substring(at, at + words.length());
        }
        var wanted = words.split(" ");
        var said = Words.of(question);
        for (int first = 0; first < said.size(); first++) {
            int next = 0;
            int last = first;
            for (int i = first; i < said.size() && next < wanted.length && i - first < wanted.length + LEFT_OUT; i++) {
                if (said.get(i).text().equals(wanted[next])) {
                    next++;
                    last = i;
                }
            }
            if (next == wanted.length && said.get(first).text().equals(wanted[0])) {
                return question.substring(said.get(first).start(), said.get(last).end());
            }
        }
        return words;
    }

    private static String joinedWithOr(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
