package careerbot.dialogue;

import careerbot.knowledge.Passage;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the rest of a section adds to a passage found under a heading on the topic asked. */
@Singleton
final class RestOfSection {

    private final PassageFinder finder;
    private final RolesNamed rolesNamed;
    private final TopicQuotes quotes;

    RestOfSection(PassageFinder finder, RolesNamed rolesNamed, TopicQuotes quotes) {
        this.finder = finder;
        this.rolesNamed = rolesNamed;
        this.quotes = quotes;
    }

    /**
     * A passage found under a heading on the topic, quoted with what the rest of its section says of it for the roles
     * asked, in the article's order: the rows of a table (or items of a list) that name a role asked and hold a term
     * of the topic, which give the figures a paragraph only sums up ("Median pay — Pharmacist: $136,030" beside
     * "Pharmacists earn more than three times what technicians earn"); and the sentences of other paragraphs that name
     * a role asked and hold a term, up to {@value TopicQuotes#QUOTED_SENTENCES} a role: "The average base pay of a
     * data scientist is $126,000" beside "senior data scientists often earn more than $160,000". A row or item is
     * quoted as it stands, like the list it is part of, or for one role its cell alone. When the passage found holds a
     * word as the question said it, so must the rest: "Recruiters can often start with a degree" answers their
     * degree, not "Recruiters may pursue the Certified Internet Recruiter credential", though a credential is a
     * synonym of a degree.
     */
    Reply withRestOfSection(Reply quoted, Passage found, Set<String> topicTerms, Set<String> asSaid,
                            List<String> about) {
        if (about.isEmpty()) {
            return quoted;
        }
        var terms = quotes.holdsAny(found, asSaid) ? asSaid : topicTerms;
        var own = new ArrayList<>(found.kind() == Passage.Kind.LIST_ITEM ? found.section().listOf(found)
                : List.of(found));
        // "Both roles need a license. Under the SAFE Act, brokers … must:" leads in a list whose items say it too
        // ("complete 20 hours of pre-licensing education"): quoted whole, with its list, not an item cut from it.
        // Not when the lead-in is quoted already, with the items it picked from its list ("EMT:" and its cons).
        var ledIn = found.kind() == Passage.Kind.PARAGRAPH && !quoted.passages().contains(finder.lastSentence(found))
                ? found.section().listAfter(found) : List.<Passage>of();
        boolean withItsList = ledIn.stream().anyMatch(item -> quotes.holdsAny(item, terms));
        var foundText = withItsList ? Reply.quote(found) : quoted.passages();
        if (withItsList) {
            own.addAll(ledIn);
        }
        var blocks = new ArrayList<String>();
        var rows = new ArrayList<String>();
        // Items quoted in their list after its lead-in: "Pros:" and its items, the one found among them.
        var led = new HashSet<Passage>();
        int rowsLeft = TopicQuotes.LISTED_ITEMS;
        int sentencesLeft = TopicQuotes.QUOTED_SENTENCES * about.size();
        for (var passage : found.section().passages()) {
            if (passage == found) {
                if (!led.contains(found)) {
                    addRows(blocks, rows);
                    blocks.add(foundText);
                }
            } else if (own.contains(passage) || !rolesNamed.onAsked(passage, about)
                    || !quotes.holdsAny(passage, terms)) {
                continue;
            } else if (passage.kind() == Passage.Kind.LIST_ITEM) {
                var said = quotes.said(passage, about, terms);
                // not the list a lead-in quoted brought already
                boolean quotedAlready = foundText.contains(said) || foundText.contains(passage.text());
                if (rowsLeft > 0 && !quotedAlready) {
                    rows.add(said);
                    rowsLeft--;
                }
            } else if (rolesNamed.leadsIn(passage, about) && !passage.section().listAfter(passage).isEmpty()) {
                // With its list: "Cons:" beside "Pros:" and its own, for "pros and cons".
                addRows(blocks, rows);
                blocks.add(Reply.quote(passage));
                own.addAll(passage.section().listAfter(passage));
                led.addAll(passage.section().listAfter(passage));
            } else {
                addRows(blocks, rows);
                var naming = sentencesNaming(passage, about, terms, quoted).stream().limit(sentencesLeft).toList();
                sentencesLeft -= naming.size();
                if (!naming.isEmpty()) {
                    blocks.add(String.join(" ", naming));
                }
            }
        }
        addRows(blocks, rows);
        return new Reply(String.join("\n\n", blocks), quoted.sources());
    }

    /** The sentences of a paragraph that name a role asked and hold a term, not quoted yet. */
    private List<String> sentencesNaming(Passage paragraph, List<String> about, Set<String> terms, Reply quoted) {
        return finder.sentences(paragraph).stream()
                .filter(s -> s.roles().stream().anyMatch(about::contains))
                .filter(s -> s.terms().stream().anyMatch(terms::contains))
                .map(PassageFinder.Sentence::text)
                .filter(text -> !quoted.passages().contains(text))
                .toList();
    }

    /** Rows gathered so far, as one block of lines. */
    private static void addRows(List<String> blocks, List<String> rows) {
        if (!rows.isEmpty()) {
            blocks.add(String.join("\n", rows));
            rows.clear();
        }
    }
}
