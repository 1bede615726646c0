package careerbot.dialogue;

import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Section;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What of a passage found for a topic is quoted: its sentences holding the topic's words, those on the roles asked
 * first, or the list it stands in; never sentences on other roles alone, nor a list's lead-in without its items.
 */
@Singleton
final class TopicQuotes {

    /** Sentences quoted for each role asked: of two roles, "earn more" may be said of one, each figure of its own. */
    static final int QUOTED_SENTENCES = 2;
    /** A list found under a heading on the topic is quoted whole, up to this many items. */
    static final int LISTED_ITEMS = 8;

    private final PassageFinder finder;
    private final RolesNamed rolesNamed;
    private final OutlookWords outlook;

    TopicQuotes(PassageFinder finder, RolesNamed rolesNamed, OutlookWords outlook) {
        this.finder = finder;
        this.rolesNamed = rolesNamed;
        this.outlook = outlook;
    }

    /**
     * An item quoted with the other items of its list that hold a term of the topic and are on a role asked (a
     * passage is on the role its heading names), in the list's order: under "### Paralegal", each "Pro:" item
     * answers "what are the pros of being a paralegal?", not the one a search ranks first. A list headed by a role
     * asked under a heading on the topic ("### Data analyst" under "## Skills you need") is on it as a whole, though
     * its items seldom say it ("Clear writing and presentation skills" alone), as is one its lead-in names the role in
     * ("Brand managers need:"), as is a table with a column for the role under a heading on the topic alone ("##
     * Skills": "Software — Architect: Revit…"); not one whose items say another word of the heading ("Con: …" under
     * "Pros and cons"), nor the rows of a table under "Pay and job outlook".
     *
     * @param headingTerms the terms of the headings the item stands under that count for the topic
     */
    Reply withItems(Reply quoted, Passage item, Set<String> terms, Set<String> asSaid, List<String> about,
                    Set<String> headingTerms) {
        var section = item.section();
        // The found item holds "hours" as said: "two years or less" beside it holds only its synonym.
        var holding = holdsAny(item, asSaid) ? asSaid : terms;
        var onTheRoles = section.listOf(item).stream().filter(p -> rolesNamed.onAsked(p, about)).toList();
        var items = ownSaying(onTheRoles.stream().filter(p -> holdsAny(p, holding)).toList(), about, holding).stream()
                .limit(LISTED_ITEMS).toList();
        var ownHeading = finder.headingIndexTerms(section);
        // Under a heading on the topic alone ("### Pay"), every item of a list is on it: "First officers start at
        // around $90,000" beside "Captains can earn more than $300,000"; not every row of a table, which its label
        // may set on another ("Apprenticeship — Carpenter: 4–5 years").
        boolean underTheTopicAlone = item.cells().isEmpty() && !ownHeading.isEmpty() && terms.containsAll(ownHeading);
        if ((items.size() < 2 || underTheTopicAlone) && headingTerms.stream().anyMatch(terms::contains)
                && rolesNamed.wholly(item, about, terms)) {
            var otherTopics = headingTerms.stream().filter(t -> !terms.contains(t) && !ownHeading.contains(t))
                    .collect(Collectors.toSet());
            if (onTheRoles.stream().noneMatch(p -> holdsAny(p, otherTopics))) {
                items = onTheRoles.stream().limit(LISTED_ITEMS).toList();
            }
        }
        if (quoted.isEmpty() || items.size() < 2) {
            return quoted;
        }
        var leadIn = section.introOf(item).map(intro -> finder.lastSentence(intro) + "\n").orElse("");
        return new Reply(listed(items, about, terms, leadIn), quoted.sources());
    }

    /**
     * The items that say a term of the roles asked, if any does: "Typical shift — Firefighter: 24 hours on", not
     * "Training — …; EMT: EMT-Basic course, 120–150 hours" beside it, for a firefighter's hours. An item whose term
     * stands only in another role's cell is kept when no item says it of the roles asked, which shows whose it is.
     */
    private List<Passage> ownSaying(List<Passage> items, List<String> about, Set<String> terms) {
        var own = items.stream().filter(p -> p.cells().isEmpty()
                || finder.indexTerms(p.saidOf(about)).stream().anyMatch(terms::contains)).toList();
        return own.isEmpty() ? items : own;
    }

    /**
     * Items as a list after their lead-in, if any, under the heading that names their role when none of them does:
     * "**Lawyer**" above "- Pro: high earning potential", so a reply on two roles says whose each list is.
     */
    private String listed(List<Passage> items, List<String> about, Set<String> terms, String leadIn) {
        var list = leadIn + items.stream().map(p -> "- " + said(p, about, terms)).collect(Collectors.joining("\n"));
        var section = items.get(0).section();
        boolean namedInItems = items.stream().flatMap(p -> finder.sentences(p).stream())
                .anyMatch(sentence -> sentence.roles().stream().anyMatch(about::contains));
        // Under "### Pay" in the pilot's part, "**Airline pilot**": two roles' lists are told apart.
        var part = namedInItems ? Optional.<Section>empty() : rolesNamed.partOf(section, about);
        return part.map(named -> Reply.underHeading(named.heading(), list)).orElse(list);
    }

    /**
     * The items of the list the passage found stands in, those about the roles asked if any is; of those, the ones
     * holding a term of the topic if any does: under "Salary and growth", the row "Median pay — …" and not
     * "Growth to 2033 — …"; under "Key skills", every item, though none says "skills".
     */
    Reply listAbout(List<String> about, Set<String> terms, KnowledgeIndex.Hit hit) {
        var onTheRoles = hit.passage().section().passages().stream().filter(p -> p.kind() == Passage.Kind.LIST_ITEM)
                .filter(p -> rolesNamed.onAsked(p, about)).toList();
        var holding = onTheRoles.stream().filter(p -> holdsAny(p, terms)).toList();
        var items = (holding.isEmpty() ? onTheRoles : holding).stream().limit(LISTED_ITEMS).toList();
        return new Reply(items.isEmpty() ? "" : listed(items, about, terms, ""),
                List.of(Reply.source(hit.passage(), hit.score())));
    }

    /**
     * The first sentences of a passage found by its heading, those naming the roles asked about first; of a lead-in's
     * list, the items labelled by a term if any is.
     */
    Reply sentencesAbout(List<String> about, Set<String> terms, KnowledgeIndex.Hit hit, String question) {
        // Under "Pay and outlook", "Employment of sous chefs is projected to grow" is no answer on their pay, unless
        // the question asks the outlook, perhaps in words that ask rather than name a topic ("tell me about salary and
        // outlook"). Only this fallback needs the question analysed again.
        boolean outlookAsked = outlook.askedIn(question);
        // Under "Pay and job outlook", one word of it tells the outlook: "… developers are in particular demand".
        int telling = outlook.headsSection(hit.passage().section()) ? 1 : 2;
        return quoted(finder.sentences(hit.passage()).stream().filter(s -> outlookAsked || !outlook.toldIn(s, telling)),
                terms, Set.of(), about, hit);
    }

    /**
     * A table row on the roles side by side, with the cells of the roles asked alone, unless what it says of the topic
     * stands only in another role's cell: "do data scientists use Excel?" is answered by the whole row, which shows
     * whose tool Excel is.
     */
    String said(Passage passage, List<String> about, Set<String> terms) {
        var said = passage.saidOf(about);
        if (said.equals(passage.text()) || !holdsAny(passage, terms)) {
            return said;
        }
        return finder.indexTerms(said).stream().anyMatch(terms::contains) ? said : passage.text();
    }

    /** The sentences naming no role whose nearest sentence before naming one names a role asked. */
    private static Set<String> goingOnAbout(List<PassageFinder.Sentence> sentences, List<String> about) {
        var goingOn = new HashSet<String>();
        List<String> named = List.of();
        for (var sentence : sentences) {
            if (!sentence.roles().isEmpty()) {
                named = sentence.roles();
            } else if (named.stream().anyMatch(about::contains)) {
                goingOn.add(sentence.text());
            }
        }
        return goingOn;
    }

    /** Whether the text of a passage names roles, and none asked about. */
    private boolean onOthersOnly(Passage passage, List<String> about) {
        var sentences = finder.sentences(passage);
        if (sentences.stream().anyMatch(s -> s.roles().isEmpty() && Passage.saysOfEveryRole(s.text()))) {
            return false; // "You don't need a degree for either job." speaks of the roles asked too
        }
        var named = sentences.stream().flatMap(s -> s.roles().stream()).toList();
        return !named.isEmpty() && named.stream().noneMatch(about::contains);
    }

    boolean holdsAny(Passage passage, Set<String> terms) {
        return finder.terms(passage).stream().anyMatch(terms::contains);
    }

    /**
     * Sentences of a paragraph labelled by an aspect, under the label when they leave out the sentence it stands
     * before: "Salary: For nurse practitioners it was $126,260."
     */
    private String underItsLabel(Passage passage, List<String> sentences) {
        var joined = String.join(" ", sentences);
        if (sentences.isEmpty() || passage.text().startsWith(sentences.get(0))) {
            return joined; // most quotes: the label, if any, is quoted already
        }
        return finder.aspectLabel(passage).map(label -> label + ": " + joined).orElse(joined);
    }

    /**
     * The first sentences of the passage found that hold any of the terms, those naming the roles asked first, then
     * those holding a preferred term; under a heading on the topic, with what follows them ({@link
     * Sentences#withWhatFollows}).
     */
    Reply sentencesWith(Set<String> terms, Set<String> preferred, List<String> about, KnowledgeIndex.Hit hit,
                        boolean underTopic) {
        var sentences = finder.sentences(hit.passage());
        var holding = underTopic ? Sentences.withWhatFollows(sentences, terms, about).stream()
                : sentences.stream().filter(s -> s.terms().stream().anyMatch(terms::contains));
        return quoted(holding, terms, preferred, about, hit);
    }

    /**
     * Sentences that name only other roles are left out: in a passage about two roles, "data scientists usually hold a
     * master's degree" says nothing of data analysts. In a passage about the roles asked alone, another role named is
     * what they work with ("Supervising pharmacy technicians" under "Pharmacist duties").
     */
    private Reply quoted(Stream<PassageFinder.Sentence> sentences, Set<String> terms, Set<String> preferred,
                         List<String> about, KnowledgeIndex.Hit hit) {
        boolean aboutAskedOnly = about.containsAll(hit.passage().roles());
        // One that names none in a passage whose text names only other roles is on them: "Editing often takes three
        // to five times as long as the shoot" after "A videographer films…" says nothing of photographers.
        boolean onOthersOnly = !about.isEmpty() && onOthersOnly(hit.passage(), about);
        var candidates = sentences.filter(s -> about.isEmpty() || aboutAskedOnly
                || s.roles().isEmpty() && !onOthersOnly || s.roles().stream().anyMatch(about::contains)).toList();
        // In a passage on the roles asked alone, a sentence that names none is on them too: "No state license is
        // required" answers a paralegal's license beside "Many paralegals hold an associate degree".
        // Nor is one that goes on about them after a sentence naming them: "Most SDRs and BDRs are promoted after 12 to
        // 18 months. The usual next step is account executive."
        var goingOn = aboutAskedOnly || candidates.stream().noneMatch(s -> s.roles().isEmpty()) ? Set.<String>of()
                : goingOnAbout(finder.sentences(hit.passage()), about);
        Comparator<PassageFinder.Sentence> onOtherRoles = Comparator.comparing(s -> s.roles().stream()
                .noneMatch(about::contains)
                && !(s.roles().isEmpty() && (aboutAskedOnly || goingOn.contains(s.text()))));
        // Chosen by what they say, quoted in the article's order: "Both roles need … Analysts also …".
        List<String> text = candidates.stream()
                .sorted(onOtherRoles.thenComparing(s -> s.terms().stream().noneMatch(preferred::contains)))
                .limit((long) QUOTED_SENTENCES * Math.max(1, about.size()))
                .sorted(Comparator.comparingInt(candidates::indexOf))
                .map(PassageFinder.Sentence::text).toList();
        text = Sentences.withWhatTheyLeanOn(finder.sentences(hit.passage()), text);
        var source = List.of(Reply.source(hit.passage(), hit.score()));
        if (text.stream().anyMatch(sentence -> sentence.endsWith("?"))) {
            // "**Do teachers work weekends?** Many teachers spend…": a question in the text is an FAQ's, answered by
            // the sentences after it.
            return new Reply(Reply.quote(hit.passage()), source);
        }
        // A table row on the roles side by side is one sentence: of one role, its cell alone.
        var quoted = text.size() == 1 && text.get(0).equals(hit.passage().text()) ? said(hit.passage(), about, terms)
                : underItsLabel(hit.passage(), text);
        if (text.stream().anyMatch(sentence -> sentence.endsWith(":"))) {
            // "Beyond that, the skill sets diverge:" says nothing without the list it introduces: its items on the
            // roles asked, or all of them if none is; or the headings of the subsections it introduces.
            var items = hit.passage().section().listAfter(hit.passage());
            // Of those, the ones labelled by a term if any is: "Con: …" items, not "Pro: …", for "the cons of…".
            var ofRoles = items.stream().filter(p -> p.roles().stream().anyMatch(about::contains)).toList();
            var holding = ofRoles.stream().filter(p -> p.label().map(finder::indexTerms)
                    .filter(label -> label.stream().anyMatch(terms::contains)).isPresent()).toList();
            var listed = ofRoles.isEmpty() ? hit.passage().section().introducedBy(hit.passage())
                    : (holding.isEmpty() ? ofRoles : holding).stream().map(Passage::text).toList();
            quoted += Reply.listed(listed, LISTED_ITEMS);
        }
        return new Reply(finder.inItsList(hit.passage(), quoted), source);
    }
}
