package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which of two roles a sentence of an article, or a clause of one, is about: the one it names, but not a role it names
 * only as what someone has been ("…often including several years as a cloud engineer"), or of several the one it
 * opens with ("Pharmacy technicians count pills…, under a pharmacist's supervision"); and whether it speaks of both at
 * once ("Both need strong communication").
 */
@Singleton
final class SentenceSubjects {

    /** What {@link #roleAbout} says of a sentence about none of the roles wanted, or about several. */
    static final int NONE = -1;
    static final int SEVERAL = -2;

    private static final int REMEMBERED = 100_000;
    private static final String AS = " as ";
    /** Words after a sentence's first role within which another role shares its subject: "Pharmacists and techs". */
    private static final int SHARED_SUBJECT_WORDS = 3;

    private final RoleCatalog roles;
    /** The terms of a sentence that speaks of both roles at once, an array as it is read for many sentences. */
    private final String[] sharedTerms;
    /**
     * Words of shared that say it only together ("in common"), as written: "common" alone says often ("it is a common
     * switch"), not shared.
     */
    private final List<SharedPhrase> sharedPhrases;
    /** The terms of a sentence that compares the roles in one clause ("… more status reports than scrum masters"). */
    private final String[] comparingTerms;
    /** How a sentence that advises whom a role suits opens (templates.yml advising: "if you", "choose"). */
    private final List<List<String>> advisingOpenings;
    /** Per sentence text, where it names roles: the same for every question. */
    private final Cache<String, Named> named = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    /**
     * Where a text names roles: after "as", elsewhere, and the role it opens with when no other shares the subject
     * (null otherwise).
     */
    private record SharedPhrase(String[] terms, Pattern written) { }

    private record Named(Set<String> afterAs, Set<String> elsewhere, String opener) { }

    SentenceSubjects(KnowledgeBase knowledge, AnswerWriter writer, PassageFinder finder) {
        this.roles = knowledge.roles();
        var shared = new HashSet<String>();
        var phrases = new ArrayList<SharedPhrase>();
        for (var word : writer.templates().of(Intent.ROLE_COMPARISON).findList("shared")) {
            var terms = finder.templateTerms(word);
            if (word.contains(" ")) {
                phrases.add(new SharedPhrase(terms.toArray(String[]::new),
                        Pattern.compile("\\b" + String.join("\\s+", Stream.of(word.split(" ")).map(Pattern::quote)
                                .toList()) + "\\b", Pattern.CASE_INSENSITIVE)));
            } else {
                shared.addAll(terms);
            }
        }
        this.sharedTerms = shared.toArray(String[]::new);
        this.sharedPhrases = List.copyOf(phrases);
        this.comparingTerms = finder.templateTerms(String.join(" ", writer.templates().of(Intent.ROLE_COMPARISON)
                .findList("compare_within"))).toArray(String[]::new);
        this.advisingOpenings = writer.templates().of(Intent.CAREER_ADVICE).findList("advising").stream()
                .map(Words::texts).toList();
    }

    /** Whether a sentence opens as advice on whom a role suits does: "If you enjoy…", "Choose … if". */
    boolean advises(String sentence) {
        return advisingOpening(Words.texts(sentence)) != null;
    }

    /**
     * Of two roles, the index of the one a sentence naming neither advises on, in turn with the sentence before or
     * after it, which names the other and opens alike: "Choose personal training if you like building relationships.
     * Choose teaching classes if you love performing" (the second on the fitness instructor), "Pick HVAC if you want
     * to start sooner. Pick electrical work if …" (the first on the HVAC technician); {@link #NONE} otherwise.
     */
    int advisedInTurn(List<PassageFinder.Sentence> sentences, int at, List<String> pair) {
        var sentence = sentences.get(at);
        if (pair.size() != 2 || !sentence.roles().isEmpty()) {
            return NONE;
        }
        var opening = advisingOpening(Words.texts(sentence.text()));
        if (opening == null) {
            return NONE;
        }
        for (int next : new int[] {at - 1, at + 1}) {
            if (next < 0 || next >= sentences.size()) {
                continue;
            }
            var beside = sentences.get(next);
            int named = roleAbout(beside, pair, false);
            if (named >= 0 && opening.equals(advisingOpening(Words.texts(beside.text())))) {
                return 1 - named;
            }
        }
        return fieldChosen(Words.texts(sentence.text()), opening.size(), pair);
    }

    /**
     * Of two roles, the index of the one whose field the word after an advising opening names: "Pick research if you
     * are endlessly curious…" advises on the UX researcher, "Pick design if…" on the UX designer; {@link #NONE} for
     * any other word ("If you enjoy…") or one naming both fields.
     */
    private static int fieldChosen(List<String> words, int opening, List<String> pair) {
        if (words.size() <= opening) {
            return NONE;
        }
        int chosen = NONE;
        for (int i = 0; i < pair.size(); i++) {
            var name = Words.texts(pair.get(i));
            if (Words.namesField(words.get(opening), name.get(name.size() - 1))) {
                chosen = chosen == NONE ? i : SEVERAL;
            }
        }
        return chosen == SEVERAL ? NONE : chosen;
    }

    private List<String> advisingOpening(List<String> words) {
        return advisingOpenings.stream().filter(opening -> words.size() >= opening.size()
                && words.subList(0, opening.size()).equals(opening)).findFirst().orElse(null);
    }

    /** How many of the roles wanted the sentence names; no stream, as it is asked of every sentence read. */
    static int named(PassageFinder.Sentence sentence, List<String> wanted) {
        int named = 0;
        for (var role : sentence.roles()) {
            named += wanted.contains(role) ? 1 : 0;
        }
        return named;
    }

    /**
     * Where among the roles wanted is the one a sentence or clause is about: {@link #NONE}, {@link #SEVERAL}, or its
     * index. Of a clause, not one it names only as what someone has been ("Most have eight to ten years in IT, often
     * including several years as a cloud engineer,"), though a sentence may ("If you enjoy building, start as a cloud
     * engineer").
     */
    int roleAbout(PassageFinder.Sentence sentence, List<String> wanted, boolean clause) {
        int about = NONE;
        boolean readAs = clause && sentence.text().contains(AS);
        for (var role : readAs ? named(sentence.text()).elsewhere() : sentence.roles()) {
            int at = wanted.indexOf(role);
            if (at >= 0) {
                about = about == NONE ? at : SEVERAL;
            }
        }
        return about;
    }

    /** Whether a sentence names one of the roles wanted as what someone has been: "…as a cloud engineer". */
    boolean namesAfterAs(PassageFinder.Sentence sentence, List<String> wanted) {
        if (!sentence.text().contains(AS) || named(sentence, wanted) == 0) {
            return false;
        }
        var afterAs = named(sentence.text()).afterAs();
        for (var role : wanted) {
            if (afterAs.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence speaks of both roles at once: "Both need strong communication", "… much in common". */
    boolean speaksOfBoth(PassageFinder.Sentence sentence) {
        if (holdsAny(sentence, sharedTerms)) {
            return true;
        }
        for (var phrase : sharedPhrases) {
            // Its words first, which most sentences lack: no pattern matched for them.
            if (holdsAll(sentence, phrase.terms()) && phrase.written().matcher(sentence.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence holds a word comparing in one clause: "… more status reports than scrum masters". */
    boolean compares(PassageFinder.Sentence sentence) {
        return holdsAny(sentence, comparingTerms);
    }

    private static boolean holdsAll(PassageFinder.Sentence sentence, String[] terms) {
        for (var term : terms) {
            if (!sentence.terms().contains(term)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAny(PassageFinder.Sentence sentence, String[] terms) {
        for (var term : terms) {
            if (sentence.terms().contains(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role a sentence naming several opens with, as its subject, when no other shares it: "Pharmacy technicians
     * count pills…, always under a pharmacist's supervision", not "Pharmacists and pharmacy technicians both…", nor
     * one comparing them ("Project managers write more status reports than scrum masters"); null otherwise.
     */
    String opener(PassageFinder.Sentence sentence, List<String> wanted) {
        if (compares(sentence)) {
            return null;
        }
        var opener = named(sentence.text()).opener();
        return opener != null && wanted.contains(opener) ? opener : null;
    }

    private Named named(String text) {
        return named.get(text, t -> {
            var words = Words.of(t);
            var afterAs = new HashSet<String>();
            var elsewhere = new HashSet<String>();
            var mentions = roles.mentions(t, words);
            for (var mention : mentions) {
                (afterAs(words, mention) ? afterAs : elsewhere).add(mention.role());
            }
            return new Named(Set.copyOf(afterAs), Set.copyOf(elsewhere), opener(words, mentions));
        });
    }

    private static String opener(List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        if (mentions.isEmpty() || words.isEmpty()) {
            return null;
        }
        var first = mentions.get(0);
        int start = Words.ARTICLES.contains(words.get(0).text()) && words.size() > 1 ? 1 : 0;
        if (first.start() != words.get(start).start()) {
            return null;
        }
        int after = 0;
        while (after < words.size() && words.get(after).start() < first.end()) {
            after++;
        }
        int sharedUntil = after + SHARED_SUBJECT_WORDS < words.size() ? words.get(after + SHARED_SUBJECT_WORDS).start()
                : Integer.MAX_VALUE;
        boolean shared = mentions.stream().anyMatch(m -> !m.role().equals(first.role()) && m.start() < sharedUntil);
        return shared ? null : first.role();
    }

    /** Whether a role's name follows "as", "as a" or "as an". */
    private static boolean afterAs(List<Words.Word> words, RoleCatalog.Mention mention) {
        int at = 0;
        while (at < words.size() && words.get(at).start() < mention.start()) {
            at++;
        }
        int before = at - 1;
        if (before >= 0 && Words.ARTICLES.contains(words.get(before).text())) {
            before--;
        }
        return before >= 0 && words.get(before).text().equals(AS.strip());
    }
}
