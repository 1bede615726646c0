package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The retrieved part of the answers about roles: overview, responsibilities, and the sentences of each role. */
@Singleton
final class RoleAnswers {

    private static final int SEARCH_FALLBACK_PASSAGES = 2;

    private final PassageFinder finder;
    private final KnowledgeIndex index;
    private final RoleIntroductions introductions;
    private final RoleParagraphs paragraphs;
    private final QuestionHeadings questionHeadings;
    private final RoleCatalog roles;
    private final Templates.IntentTemplate responsibilitiesTemplate;
    private final Templates.IntentTemplate overviewTemplate;
    private final SentenceSubjects subjects;

    RoleAnswers(PassageFinder finder, KnowledgeBase knowledge, QuestionHeadings questionHeadings, AnswerWriter writer,
                RoleIntroductions introductions, RoleParagraphs paragraphs, SentenceSubjects subjects) {
        this.finder = finder;
        this.index = knowledge.index();
        this.introductions = introductions;
        this.paragraphs = paragraphs;
        this.responsibilitiesTemplate = writer.templates().of(Intent.ROLE_RESPONSIBILITIES);
        this.overviewTemplate = writer.templates().of(Intent.ROLE_OVERVIEW);
        this.questionHeadings = questionHeadings;
        this.roles = knowledge.roles();
        this.subjects = subjects;
    }

    /**
     * What is said of each of the roles asked (two at most), under its name when there are two ("**Paralegal**"); null
     * with none asked, which the answers naming no role take.
     */
    Reply eachRole(List<String> asked, Function<String, Reply> perRole) {
        if (asked.isEmpty()) {
            return null;
        }
        var parts = new ArrayList<String>();
        var sources = new ArrayList<Source>();
        for (var role : asked.stream().limit(2).toList()) {
            var reply = perRole.apply(role);
            if (!reply.isEmpty()) {
                parts.add(asked.size() > 1 ? "**" + label(role) + "**\n" + reply.passages() : reply.passages());
                sources.addAll(reply.sources());
            }
        }
        return new Reply(String.join("\n\n", parts), Reply.distinct(sources));
    }

    /** A role as a reply's label or first word: "UI designer", "Product owner". */
    String label(String role) {
        return Words.capitalised(roles.title(role));
    }

    /**
     * The section that describes the role, its first paragraphs; without one, the role's own paragraph in a section
     * telling each role's work ("The work itself": "**Data analyst.** Most of an analyst's week…"), what the
     * article's introduction says of it or, for a question with a topic ("what does a web designer study?"), the
     * passages that match it best.
     */
    Reply overview(Templates.IntentTemplate template, String role, String question, List<String> topic) {
        Supplier<Reply> introduced = () -> paragraphs.labelledWork(template.findString("told"), role)
                .or(() -> paragraphs.openedWork(template.findString("told"), role))
                .or(() -> paragraphs.summary(role)).or(() -> introductions.of(role))
                .or(() -> introductions.opening(role, s -> onTheRole(s) && !paragraphs.headsAnAspect(s)))
                .or(() -> sectionOn(responsibilitiesTemplate, role)
                        .map(found -> sentencesOn(found.section(), role, found.score())).orElse(Reply.NOTHING));
        // A follow-up ("and the other one?") may say nothing but the role it stands for: then its name is searched.
        Supplier<Reply> searchedFor = () -> searched(question, List.of(role))
                .or(() -> searched(roles.title(role), List.of(role)));
        // "Is a sonographer the same as an ultrasound technician?" says what one is after its "Yes.", which answers
        // another question.
        return sectionOn(template, role)
                .or(() -> paragraphs.sectionNaming(role, this::onTheRole))
                .map(found -> paragraphs.ofRole(found.section(), role, found.score()).withoutYesOrNo())
                .orElseGet(() -> saysAny(topic) ? searchedFor.get().or(introduced) : introduced.get().or(searchedFor));
    }

    /**
     * Whether the articles use a word of the topic: "what does an agent do in the morning?" is searched for only if
     * one says "morning"; otherwise a search finds the role's name alone, wherever it stands ("### Real estate agent"
     * under "## Pros and cons").
     */
    private boolean saysAny(List<String> topic) {
        return topic.stream().anyMatch(index::usesWord);
    }

    /**
     * Whether a section may say what a role is or does: not one whose heading asks something else of it, as an FAQ's
     * "Do financial advisors work weekends?" does, though it shares "do" with "what does … do?".
     */
    boolean onTheRole(Section section) {
        return !questionHeadings.asksMoreThanItsRoles(section);
    }

    /** The section on the role whose heading holds the template's heading words ("What does … do?"). */
    private Optional<PassageFinder.Found> sectionOn(Templates.IntentTemplate template, String role) {
        return finder.section(template.findString("heading"), List.of(role), this::onTheRole);
    }

    /** Each responsibility (a sub-section) as its heading and the first sentence under it. */
    Reply responsibilities(Templates.IntentTemplate template, String role, String question) {
        var found = sectionOn(template, role);
        if (found.isEmpty()) {
            // No section on responsibilities: the list of the section on the role ("Day to day, an accountant might:"),
            // else what the role does.
            return paragraphs.sectionNaming(role, this::onTheRole).map(RoleAnswers::introducedList)
                    .filter(r -> !r.isEmpty()).orElseGet(() -> overview(overviewTemplate, role, question, List.of()));
        }
        var section = found.get().section();
        if (section.children().isEmpty()) {
            // Of the passages naming the role, those on it alone: not "An accountant uses the books the bookkeeper
            // keeps…" for a bookkeeper's; when each is on both, the sentences on the role.
            var naming = ofRole(section.passages(), p -> p.roles().contains(role));
            var alone = naming.stream().filter(p -> p.roles().equals(Set.of(role))).toList();
            return !alone.isEmpty() ? RoleParagraphs.listed(alone, found.get().score())
                    : sentencesOn(section, role, found.get().score())
                    .or(() -> RoleParagraphs.listed(naming, found.get().score()));
        }
        // Split by role ("### Content strategist" under "## Day-to-day duties"): the role's own list. Not a duty that
        // names a role's field ("### Visual design" beside "### User research").
        boolean splitByRole = section.children().stream().noneMatch(child -> finder.headingRoles(child).isEmpty());
        var headed = splitByRole ? paragraphs.headedBy(section, role) : Optional.<Section>empty();
        if (headed.isPresent()) {
            return RoleParagraphs.firstParagraphs(headed.get(), found.get().score());
        }
        var lines = new ArrayList<String>();
        // One section for both roles ("Key responsibilities"): the responsibilities of this one.
        var children = ofRole(section.children(), c -> c.passages().stream().anyMatch(p -> p.roles().contains(role)));
        for (var child : children) {
            var gist = child.passages().isEmpty() ? "" : " — " + gist(child.passages().get(0), role);
            lines.add("- **" + child.heading() + "**" + gist);
        }
        return new Reply(String.join("\n", lines), List.of(Reply.source(section, found.get().score())));
    }

    /**
     * What the paragraphs of a section on several roles say of one of them, sentence by sentence ("Pharmacy
     * technicians count pills…" of "Pharmacists check prescriptions… Pharmacy technicians count pills…").
     */
    private Reply sentencesOn(Section section, String role, double score) {
        var article = roles.articleOf(role);
        if (article.isEmpty()) {
            return Reply.NOTHING;
        }
        var theirs = article.get().roles().stream().map(Role::name).toList();
        var paragraphs = new ArrayList<String>();
        for (var passage : section.passages()) {
            var said = passage.kind() == Passage.Kind.PARAGRAPH
                    ? sentencesByRole(passage, theirs).get(theirs.indexOf(role)) : List.<PassageFinder.Sentence>of();
            if (!said.isEmpty()) {
                paragraphs.add(String.join(" ", said.stream().map(PassageFinder.Sentence::text).toList()));
            }
        }
        return paragraphs.isEmpty() ? Reply.NOTHING
                : new Reply(String.join("\n\n", paragraphs), List.of(Reply.source(section, score)));
    }

    /** The first sentence of a passage on the role: "Teaching assistants rarely plan lessons…" under "Planning". */
    private String gist(Passage passage, String role) {
        var sentences = finder.sentences(passage);
        return sentences.stream().filter(s -> s.roles().contains(role)).findFirst().orElse(sentences.get(0)).text();
    }

    /** The parts about the role, if any is; else all of them, as none is about one role rather than another. */
    static <T> List<T> ofRole(List<T> parts, Predicate<T> aboutTheRole) {
        var about = parts.stream().filter(aboutTheRole).toList();
        return about.isEmpty() ? parts : about;
    }

    /**
     * For each role, the sentences of the passage (or clauses of one contrasting them) about it and no other: naming
     * it, or naming no role after one about it ("Cloud architects usually need more experience. Most have eight to ten
     * years in IT…"), unless it speaks of both ("Both need…").
     */
    List<List<PassageFinder.Sentence>> sentencesByRole(Passage passage, List<String> wanted) {
        var result = new ArrayList<List<PassageFinder.Sentence>>();
        wanted.forEach(r -> result.add(new ArrayList<>()));
        // "Enjoy sports and exercise" under "Choose physical therapy if you:" names no role: its list's lead-in does.
        int itemOf = passage.kind() == Passage.Kind.LIST_ITEM ? passage.soleRoleAmong(wanted) : -1;
        boolean paragraph = passage.kind() == Passage.Kind.PARAGRAPH;
        int before = SentenceSubjects.NONE; // the role of the sentence before
        var sentences = finder.sentences(passage);
        for (int i = 0; i < sentences.size(); i++) {
            var sentence = sentences.get(i);
            int inTurn = subjects.advisedInTurn(sentences, i, wanted);
            int named = SentenceSubjects.named(sentence, wanted);
            // "Scrum masters work within agile frameworks, while project managers may use …": a clause each; not in an
            // item of a list, whose label ("Clients: analysts serve banks; advisors serve families") is said of both.
            // So too of one naming a role as what someone has been: "…several years as a cloud engineer, while cloud
            // engineers can start with two".
            var clauses = paragraph && (named > 1 || subjects.namesAfterAs(sentence, wanted))
                    ? finder.contrasted(sentence) : List.<PassageFinder.Sentence>of();
            if (named > 1 && paragraph || !clauses.isEmpty()) {
                for (var clause : clauses) {
                    before = addToItsRole(clause, true, before, wanted, result);
                }
                // "Pharmacy technicians count pills…, always under a pharmacist's supervision": its first role's; not
                // "A registered nurse carries out a care plan, while a nurse practitioner creates one", on both.
                var opener = clauses.isEmpty() && !Sentences.turns(sentence.text())
                        ? subjects.opener(sentence, wanted) : null;
                if (opener != null) {
                    before = wanted.indexOf(opener);
                    result.get(before).add(sentence);
                }
            } else if (itemOf >= 0 && named == 0) {
                result.get(itemOf).add(sentence);
            } else if (inTurn >= 0) {
                before = inTurn;
                result.get(before).add(sentence);
            } else {
                before = addToItsRole(sentence, false, before, wanted, result);
            }
        }
        return result;
    }

    /**
     * The sentence added to the one role it is about, or to the role of the sentence before when it is about none and
     * doesn't speak of both; the role it was added to, if any.
     */
    private int addToItsRole(PassageFinder.Sentence sentence, boolean clause, int before, List<String> wanted,
                             List<List<PassageFinder.Sentence>> byRole) {
        int about = subjects.roleAbout(sentence, wanted, clause);
        // "If you want more medical responsibility, consider becoming an LPN. If you want the highest pay, aim for RN."
        // of an LPN and a CNA: the second is on a third role.
        boolean onAnother = sentence.roles().stream().anyMatch(role -> !wanted.contains(role));
        if (about == SentenceSubjects.NONE && before >= 0 && !subjects.speaksOfBoth(sentence) && !onAnother) {
            about = before;
        }
        if (about < 0) {
            return SentenceSubjects.NONE;
        }
        byRole.get(about).add(sentence);
        return about;
    }

    /** The first list of a section, with the paragraph that introduces it. */
    private static Reply introducedList(PassageFinder.Found found) {
        return found.section().passages().stream().filter(p -> !found.section().listAfter(p).isEmpty()).findFirst()
                .map(p -> new Reply(Reply.quote(p), List.of(Reply.source(found.section(), found.score()))))
                .orElse(Reply.NOTHING);
    }

    private boolean asksYesOrNo(String heading) {
        return heading.endsWith("?") && overviewTemplate.asksYesOrNo(heading);
    }

    /** For an article shaped otherwise: the passages about the role that best match the question. */
    Reply searched(String question, List<String> about) {
        // Not the answer to an FAQ's yes-or-no question ("Do chiropractors go to medical school?" over "No. …"), which
        // asks something else of the role, while any other passage on it is found.
        var found = finder.search(question, about, SEARCH_FALLBACK_PASSAGES + 1);
        var notYesOrNo = found.stream().filter(hit -> !asksYesOrNo(hit.passage().section().heading())).toList();
        var hits = (notYesOrNo.isEmpty() ? found : notYesOrNo).stream().limit(SEARCH_FALLBACK_PASSAGES).toList();
        if (hits.isEmpty()) {
            return Reply.NOTHING;
        }
        var text = new ArrayList<String>();
        var quotedInLists = new HashSet<Passage>();
        for (var hit : hits) {
            if (quotedInLists.add(hit.passage())) {
                quotedInLists.addAll(hit.passage().section().listAfter(hit.passage()));
                text.add(Reply.quote(hit.passage()));
            }
        }
        var sources = hits.stream().map(h -> Reply.source(h.passage(), h.score())).toList();
        return new Reply(String.join("\n\n", text), Reply.distinct(sources));
    }
}
