package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The retrieved part of the answers that are not about one role's sections: definitions and topics. */
@Singleton
final class TopicAnswers {

    private static final int QUOTED_SENTENCES = 2;
    /** A list found under a heading on the topic is quoted whole, up to this many items. */
    private static final int LISTED_ITEMS = 8;
    /** Best-ranked passages checked for one that holds every word a question is about. */
    private static final int ON_TOPIC_CANDIDATES = 5;

    private final PassageFinder finder;
    private final RoleCatalog roles;
    private final TopicPhrases phrases;
    /** The words that tell the job outlook ({@code job_outlook} {@code find: telling}). */
    private final Set<String> outlookTerms;

    TopicAnswers(PassageFinder finder, KnowledgeBase knowledge, AnswerWriter writer, TopicPhrases phrases) {
        this.finder = finder;
        this.roles = knowledge.roles();
        this.phrases = phrases;
        this.outlookTerms = finder.templateTerms(writer.templates().of(Intent.JOB_OUTLOOK).findString("telling"));
    }

    /**
     * For a question no intent fits well: the sentences of the passage that best matches what it is about, when that
     * passage holds at least half of the question's telling words, and more of them than the question has topic words
     * no article uses; nothing otherwise. The telling words are its topic words the articles use ("apprenticeship",
     * "long" in "how long is an apprenticeship?", not the asking "how"), or every word they use when it has no topic
     * word or when every word tells (a question asking who does something: "who manages the backlog?").
     */
    Reply bestMatch(String question, List<String> topicWords, boolean everyWordTells, List<String> about) {
        var phrased = phrases.said(topicWords, about);
        if (!phrased.isEmpty()) {
            return phrased;
        }
        String words = roles.withoutMentions(question);
        var content = everyWordTells ? Set.<String>of() : finder.contentTerms(String.join(" ", topicWords));
        if (content.isEmpty()) {
            content = finder.contentTerms(words);
        }
        if (content.isEmpty()) {
            return Reply.NOTHING;
        }
        // The best-ranked passage, or one ranked after it that holds every telling word: "who needs stakeholder
        // management?" is answered where both words stand, not by the shortest passage on stakeholders. A heading
        // that says every word counts too: for "do UX designers do user research?" the passage under "User
        // research" wins over "research platforms" said in passing, and as none of its sentences says the words,
        // nothing is quoted here and the answer on the topic (onTopic) quotes it. Half of them in a heading
        // ("… management") counts for nothing.
        KnowledgeIndex.Hit hit = null;
        long covered = 0;
        for (var candidate : finder.search(words, about, ON_TOPIC_CANDIDATES)) {
            var inText = finder.terms(candidate.passage());
            var heading = finder.headingIndexTerms(candidate.passage().section());
            long withHeading = content.stream().filter(t -> inText.contains(t) || heading.contains(t)).count();
            long holds = withHeading == content.size() ? withHeading : content.stream().filter(inText::contains).count();
            if (hit == null || (holds == content.size() && holds > covered)) {
                hit = candidate;
                covered = holds;
            }
        }
        // Asked of articles on no apprenticeship, "how long is an apprenticeship?" is not about the "long-term vision".
        long saidNowhere = topicWords.stream().filter(this::saidNowhere).count();
        boolean enough = covered * 2 >= content.size() && covered > saidNowhere;
        return hit == null || !enough ? Reply.NOTHING : sentencesWith(content, Set.of(), about, hit);
    }

    /** A word no article uses as written (stemmed): the telling words are matched so too, without synonyms. */
    private boolean saidNowhere(String word) {
        var terms = finder.indexTerms(word);
        return !terms.isEmpty() && terms.stream().noneMatch(t -> finder.mentionsAll(Set.of(t)));
    }

    /** Whether the articles use every one of the words as written (stemmed), and some word is not a stop word. */
    boolean saidSomewhere(List<String> words) {
        return words.stream().anyMatch(w -> !finder.indexTerms(w).isEmpty())
                && words.stream().noneMatch(this::saidNowhere);
    }

    /**
     * What the articles say about every topic word of a question ("a master's degree"): the sentences that hold them,
     * from the best-matching passage about the roles that holds them all, in its text or its heading ("Education and
     * licensing"). A word stands there as itself or as one of its synonyms ("education" as "degree"). Nothing when no
     * passage does: a passage with half of what was asked ("growth" for "salary growth") answers another question.
     */
    Reply onTopic(AnswerComposer.Question q) {
        var topicWords = q.understanding().topicWords();
        var about = q.roles();
        // "Where do PTs work?": "Both roles work in hospitals, …" before "Adapting homes and workplaces".
        var phrased = phrases.said(topicWords, about);
        if (!phrased.isEmpty()) {
            return phrased;
        }
        var wanted = wanted(topicWords);
        var together = onTopicOfAll(topicWords, wanted, about, q.text());
        // "Which pays more, an accountant or a financial analyst?", or "what skills do I need?" of an article on two
        // roles: it may say it of each role apart, and the passage found first says it of one of them only.
        var each = about.size() >= 2 ? about : about.isEmpty() ? rolesAlongside(together) : List.<String>of();
        var named = roles.rolesIn(together.passages());
        if (each.size() < 2 || (!together.isEmpty() && (named.isEmpty() || named.containsAll(each)))) {
            return together;
        }
        var parts = each.stream().map(role -> onTopicOfAll(topicWords, wanted, List.of(role), q.text())).toList();
        if (parts.stream().anyMatch(Reply::isEmpty)) {
            return together; // half an answer to a question about two roles would read as the whole of it
        }
        return new Reply(Sentences.withoutRepeats(parts.stream().map(Reply::passages).toList()),
                Reply.distinct(parts.stream().flatMap(p -> p.sources().stream()).toList()));
    }

    /** For each topic word, the terms the articles use for it (synonyms included); none when one uses none of them. */
    private List<Set<String>> wanted(List<String> topicWords) {
        var wanted = new ArrayList<Set<String>>();
        for (var word : topicWords) {
            var terms = finder.wordTerms(word);
            if (terms.isEmpty()) {
                continue; // a stop word
            }
            var used = terms.stream().filter(t -> finder.mentionsAll(Set.of(t))).collect(Collectors.toSet());
            if (used.isEmpty()) { // a word no article uses, nor any of its synonyms ("salary"): no search finds it
                return List.of();
            }
            wanted.add(used);
        }
        return wanted;
    }

    /** The roles of the article a reply quotes, as it lists them, when the reply names one of them alone. */
    private List<String> rolesAlongside(Reply reply) {
        var named = roles.rolesIn(reply.passages());
        return named.size() != 1 ? List.of() : roles.articleOf(named.get(0))
                .map(article -> article.roles().stream().map(Role::name).toList()).orElse(List.of());
    }

    private Reply onTopicOfAll(List<String> topicWords, List<Set<String>> wanted, List<String> about,
                               String question) {
        if (wanted.isEmpty()) {
            return Reply.NOTHING;
        }
        var anyWanted = wanted.stream().flatMap(Set::stream).collect(Collectors.toSet());
        // A passage that names the role asked comes before one that names none: "Teaching assistant cons:" before
        // "Teaching cons:" for the downsides of being a teaching assistant.
        var hits = finder.search(anyWanted, about, ON_TOPIC_CANDIDATES).stream()
                .sorted(Comparator.comparing(h -> finder.sentences(h.passage()).stream()
                        .noneMatch(sentence -> sentence.roles().stream().anyMatch(about::contains))))
                .toList();
        // A section whose heading says the words is about them: as the question says them ("Education and licensing")
        // or as a synonym ("Salary" for "which pays more?"), before a passage that says them in passing ("their pay
        // differs"); then "degree" in a passage on degrees before a synonym of it.
        var asSaid = topicWords.stream().map(finder::indexTerms).filter(terms -> !terms.isEmpty()).toList();
        var asked = new Asked(anyWanted, asSaid.stream().flatMap(Set::stream).collect(Collectors.toSet()), about,
                question);
        var found = firstHolding(hits, asSaid, asked, finder::headingIndexTerms, true);
        if (found.isEmpty()) {
            // Under "Education and certification", "degree" in the passage on degrees, not in the one on certificates.
            var asSaidFirst = hits.stream().sorted(Comparator.comparing(
                    h -> !asSaid.stream().allMatch(w -> w.stream().anyMatch(finder.terms(h.passage())::contains))))
                    .toList();
            found = firstHolding(asSaidFirst, wanted, asked, finder::headingTerms, true);
        }
        if (found.isEmpty()) {
            found = firstHolding(hits, asSaid, asked, null, false);
        }
        return found.isEmpty() ? firstHolding(hits, wanted, asked, finder::headingTerms, false) : found;
    }

    /**
     * A topic asked about: its terms, synonyms included, which sentences are quoted for; those of its words as said,
     * which a sentence holding them comes first for; the roles it is asked of; and the question, which may ask the
     * outlook too.
     */
    private record Asked(Set<String> terms, Set<String> asSaid, List<String> about, String question) { }

    /**
     * The sentences of the first passage that holds, for each topic word, one of its terms: those that hold any term
     * of the topic or, when some stand only in its heading or none on the roles asked about holds them there, its
     * first ones. A passage picked for a word as said ("certifications") may say it of the role asked about in a
     * synonym ("HR generalists earn the … Certified Professional credential").
     *
     * @param wanted         for each topic word, the terms that count for it in this pass
     * @param headingTermsOf the terms of a heading that count, or null when headings don't
     * @param headedOnly     only passages whose heading holds one of the words
     */
    private Reply firstHolding(List<KnowledgeIndex.Hit> hits, List<Set<String>> wanted, Asked asked,
                               Function<Section, Set<String>> headingTermsOf, boolean headedOnly) {
        var about = asked.about();
        for (var hit : hits) {
            var inText = finder.terms(hit.passage());
            var heading = headingTermsOf == null ? Set.<String>of() : headingTermsOf.apply(hit.passage().section());
            boolean headed = wanted.stream().anyMatch(w -> w.stream().anyMatch(heading::contains));
            if (headedOnly && !headed) {
                continue;
            }
            Reply found = Reply.NOTHING;
            if (wanted.stream().allMatch(w -> w.stream().anyMatch(inText::contains))) {
                found = sentencesWith(asked.terms(), asked.asSaid(), about, hit);
            }
            // Under "Key skills", the sentence on the role asked about may not repeat the word ("… need Python"), and
            // an item of a list under "Skills" is one of several that answer together.
            if (found.isEmpty() && headed && wanted.stream().allMatch(
                    w -> w.stream().anyMatch(t -> inText.contains(t) || heading.contains(t)))) {
                found = hit.passage().kind() == Passage.Kind.LIST_ITEM ? listAbout(about, hit)
                        : sentencesAbout(about, hit, asked.question());
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return Reply.NOTHING;
    }

    /** The items of the list the passage found stands in, those about the roles asked if any is. */
    private static Reply listAbout(List<String> about, KnowledgeIndex.Hit hit) {
        var items = hit.passage().section().passages().stream().filter(p -> p.kind() == Passage.Kind.LIST_ITEM)
                .filter(p -> about.isEmpty() || p.roles().stream().anyMatch(about::contains))
                .limit(LISTED_ITEMS).map(p -> "- " + p.text()).toList();
        return new Reply(String.join("\n", items), List.of(Reply.source(hit.passage(), hit.score())));
    }

    /** The first sentences of a passage found by its heading, those naming the roles asked about first. */
    private Reply sentencesAbout(List<String> about, KnowledgeIndex.Hit hit, String question) {
        // Under "Pay and outlook", "Employment of sous chefs is projected to grow" is no answer on their pay, unless
        // the question asks the outlook, perhaps in words that ask rather than name a topic ("tell me about salary and
        // outlook"). Only this fallback needs the question analysed again.
        boolean outlookAsked = finder.indexTerms(question).stream().anyMatch(outlookTerms::contains);
        return quoted(finder.sentences(hit.passage()).stream().filter(s -> outlookAsked || !tellsOutlook(s)), Set.of(),
                about, hit);
    }

    /** Two of the words that tell the outlook: "employment … projected to grow". */
    private boolean tellsOutlook(PassageFinder.Sentence sentence) {
        return sentence.terms().stream().filter(outlookTerms::contains).limit(2).count() == 2;
    }

    /**
     * The first sentences of the passage found that hold any of the terms, those naming the roles asked first, then
     * those holding a preferred term.
     */
    private Reply sentencesWith(Set<String> terms, Set<String> preferred, List<String> about, KnowledgeIndex.Hit hit) {
        var holdingTerms = finder.sentences(hit.passage()).stream()
                .filter(s -> s.terms().stream().anyMatch(terms::contains));
        return quoted(holdingTerms, preferred, about, hit);
    }

    /**
     * Sentences that name only other roles are left out: in a passage about two roles, "data scientists usually hold a
     * master's degree" says nothing of data analysts. In a passage about the roles asked alone, another role named is
     * what they work with ("Supervising pharmacy technicians" under "Pharmacist duties").
     */
    private Reply quoted(Stream<PassageFinder.Sentence> sentences, Set<String> preferred, List<String> about,
                                KnowledgeIndex.Hit hit) {
        boolean aboutAskedOnly = about.containsAll(hit.passage().roles());
        Comparator<PassageFinder.Sentence> onOtherRoles =
                Comparator.comparing(s -> s.roles().stream().noneMatch(about::contains));
        var candidates = sentences.filter(s -> about.isEmpty() || aboutAskedOnly || s.roles().isEmpty()
                || s.roles().stream().anyMatch(about::contains)).toList();
        // Chosen by what they say, quoted in the article's order: "Both roles need … Analysts also …".
        var text = candidates.stream()
                .sorted(onOtherRoles.thenComparing(s -> s.terms().stream().noneMatch(preferred::contains)))
                .limit(QUOTED_SENTENCES).sorted(Comparator.comparingInt(candidates::indexOf))
                .map(PassageFinder.Sentence::text).toList();
        var source = List.of(Reply.source(hit.passage(), hit.score()));
        if (text.stream().anyMatch(sentence -> sentence.endsWith("?"))) {
            // "**Do teachers work weekends?** Many teachers spend…": a question in the text is an FAQ's, answered by
            // the sentences after it.
            return new Reply(Reply.quote(hit.passage()), source);
        }
        var quoted = String.join(" ", text);
        if (text.stream().anyMatch(sentence -> sentence.endsWith(":"))) {
            // "Beyond that, the skill sets diverge:" says nothing without the list it introduces: its items on the
            // roles asked, or all of them if none is.
            var items = hit.passage().section().listAfter(hit.passage());
            var ofRoles = items.stream().filter(p -> p.roles().stream().anyMatch(about::contains)).toList();
            quoted += (ofRoles.isEmpty() ? items : ofRoles).stream().limit(LISTED_ITEMS).map(p -> "\n- " + p.text())
                    .collect(Collectors.joining());
        }
        return new Reply(finder.inItsList(hit.passage(), quoted), source);
    }
}
