package careerbot.dialogue;

import careerbot.knowledge.Passage;
import careerbot.knowledge.Words;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Sentences of a passage, for quoting a gist rather than a whole paragraph. */
final class Sentences {

    /**
     * The JDK's sentence rules end a sentence at any period before a capital: "The U.S. Bureau of Labor Statistics"
     * would lose its subject. A piece that ends in dotted initials ("U.S.", "e.g.") or a title ("Dr.") goes on into
     * the next one; when such a period did end a sentence, two are quoted as one, which loses nothing.
     */
    /** What ends a clause: "… how people move through it; the civil engineer …", "PA or MA? I want …". */
    static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?]");
    private static final Pattern ENDS_IN_ABBREVIATION =
            Pattern.compile("(?:(?<![\\p{L}.])(?:\\p{L}\\.){2,}|\\b(?:Dr|Mr|Mrs|Ms|Prof|Jr|Sr|St|vs)\\.)$");

    /** Where a sentence turns from one thing to another it sets against it: ", while", ", whereas", "; ". */
    private static final Pattern CONTRAST = Pattern.compile("(?:,\\s+(?:while|whereas|but)|;)\\s+(?=\\p{L})");

    /** Words by which a clause may stand for what the other says: it means nothing without it. */
    private static final Set<String> BACK_REFERENCES =
            Set.of("one", "ones", "it", "them", "that", "this", "those", "these", "so", "too", "same", "likewise");

    /** A back-reference that also opens a clause of its own ("spaces that already exist"). */
    private static final String RELATIVE = "that";

    /** First words by which a sentence speaks of what the one before it named: "Their employment is projected…". */
    private static final Set<String> OPENING_BACK_REFERENCES =
            Set.of("their", "they", "them", "it", "its", "this", "these", "those", "that", "such", "he", "she", "his",
                    "her");

    private Sentences() {
    }

    /** A comparison whose other side is not in the sentence: "Barbers who rent a chair can earn as much". */
    private static final Pattern COMPARED_WITH_WHAT_CAME_BEFORE =
            Pattern.compile("\\bas (?:much|many)\\b(?!(?:\\s+\\p{L}+){0,2}\\s+as\\b)", Pattern.CASE_INSENSITIVE);

    /** Whether a sentence starts on what the one before it named, and means little without it. */
    static boolean leansOnTheOneBefore(String sentence) {
        var words = Words.texts(sentence);
        return !words.isEmpty() && OPENING_BACK_REFERENCES.contains(words.get(0));
    }

    /**
     * The sentences chosen from a passage, each after the one before it in the passage when it leans on that one or
     * compares with it: "Barbers who rent a chair … can earn as much" says little without "Experienced hairdressers …
     * can earn £30,000 or more".
     */
    static List<String> withWhatTheyLeanOn(List<PassageFinder.Sentence> passage, List<String> chosen) {
        if (chosen.stream().noneMatch(Sentences::leans)) {
            return chosen; // most quotes: nothing to add, nothing to build
        }
        var texts = passage.stream().map(PassageFinder.Sentence::text).toList();
        var quoted = new ArrayList<String>();
        for (var sentence : chosen) {
            int at = texts.indexOf(sentence);
            var before = at > 0 ? texts.get(at - 1) : null;
            if (before != null && leans(sentence) && !quoted.contains(before) && !chosen.contains(before)) {
                quoted.add(before);
            }
            quoted.add(sentence);
        }
        return quoted;
    }

    private static boolean leans(String sentence) {
        return leansOnTheOneBefore(sentence) || COMPARED_WITH_WHAT_CAME_BEFORE.matcher(sentence).find();
    }

    /**
     * A sentence that sets two things against each other, as its two clauses, each a sentence of its own: "Scrum
     * masters work within agile frameworks." and "Project managers may use agile, waterfall or hybrid methods."; none
     * for a sentence with no such turn, or whose second clause stands for something of the first ("one", "it"). Only
     * the first turn splits.
     */
    /** Whether a sentence turns to set one thing against another: "…, while a nurse practitioner creates one". */
    static boolean turns(String sentence) {
        return CONTRAST.matcher(sentence).find();
    }

    static List<String> contrasted(String sentence) {
        var turns = CONTRAST.matcher(sentence);
        if (!turns.find()) {
            return List.of();
        }
        // The turn is followed by a letter, which starts the second clause.
        String second = sentence.substring(turns.end());
        var words = Words.texts(second);
        for (int i = 0; i < words.size(); i++) {
            // "…, while a nurse practitioner creates one": alone, "one" is no care plan. A "that" with words after it
            // mostly starts a clause of its own ("spaces that already exist"), ending one it stands for ("does that").
            if (BACK_REFERENCES.contains(words.get(i)) && !(words.get(i).equals(RELATIVE) && i + 2 < words.size())) {
                return List.of();
            }
        }
        return List.of(sentence.substring(0, turns.start()).strip() + ".",
                Character.toUpperCase(second.charAt(0)) + second.substring(1));
    }

    static List<String> of(String text) {
        var iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        var sentences = new ArrayList<String>();
        var pending = new StringBuilder();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            pending.append(text, start, end);
            var sentence = pending.toString().strip();
            if (end < text.length() && (ENDS_IN_ABBREVIATION.matcher(sentence).find() || leavesAQuoteOpen(sentence)
                    || Passage.MYTH.matcher(sentence).matches())) {
                // "“It's logistics, really.” — Priya" is one sentence, quoted whole or not at all; a myth is one
                // with the fact after it.
                continue;
            }
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
            pending.setLength(0);
        }
        return sentences;
    }

    /** Whether a text opens a quotation it doesn't close. */
    private static boolean leavesAQuoteOpen(String text) {
        int straight = 0;
        int opening = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"' -> straight++;
                case '“' -> opening++;
                case '”' -> opening--;
                default -> { }
            }
        }
        return straight % 2 == 1 || opening > 0;
    }

    /**
     * The parts said of each role, each sentence once: a sentence on both roles ("Both roles usually require a
     * bachelor's degree") stands in the part of each, as does a table row; the rows and items of a list, each once.
     */
    static String withoutRepeats(List<String> parts) {
        var said = new HashSet<String>();
        var kept = new ArrayList<String>();
        for (var part : parts) {
            for (var block : part.split("\n\n")) {
                var fresh = block.contains("\n")
                        ? block.lines().filter(said::add).collect(Collectors.joining("\n"))
                        : of(block).stream().filter(said::add).collect(Collectors.joining(" "));
                if (!fresh.isEmpty()) {
                    kept.add(fresh);
                }
            }
        }
        return String.join("\n\n", kept);
    }

    /**
     * The sentences that hold a term, each that names no role with the sentences right after it that say it of a role
     * asked alone: "Certifications matter in this field. Analysts often start with CompTIA Security+." answers an
     * analyst's certifications, though the second sentence says no word of the topic. The run ends at a sentence that
     * names no role. Only under a heading on the topic: elsewhere the sentences after one on it say something else of
     * the role ("a long degree is worth it. Survey technicians who want to earn sooner…" under "Which one fits you?").
     */
    static List<PassageFinder.Sentence> withWhatFollows(List<PassageFinder.Sentence> sentences, Set<String> terms,
                                                        List<String> about) {
        var holding = new ArrayList<PassageFinder.Sentence>();
        boolean following = false;
        for (var sentence : sentences) {
            if (sentence.terms().stream().anyMatch(terms::contains)) {
                holding.add(sentence);
                following = sentence.roles().isEmpty();
            } else if (!following || sentence.roles().isEmpty()) {
                following = false;
            } else if (!about.isEmpty() && about.containsAll(sentence.roles())) {
                var lead = holding.remove(holding.size() - 1);
                holding.add(new PassageFinder.Sentence(lead.text() + " " + sentence.text(), sentence.roles(),
                        lead.terms()));
            }
        }
        return holding;
    }
}
