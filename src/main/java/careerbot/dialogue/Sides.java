package careerbot.dialogue;

import careerbot.knowledge.Passage;
import careerbot.knowledge.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an article says of each of two roles, and how well each side fits what a user says they like: the scoring
 * behind career advice, apart from where its sentences come from ({@link RoleSides}).
 */
final class Sides {

    private Sides() {
    }

    /** A sentence an article says of one role, and the passage it stands in. */
    record Said(PassageFinder.Sentence sentence, Passage passage) {

        Section section() {
            return passage.section();
        }

        /**
         * The sentences as quoted: one that introduces a list ("Choose data analysis if you:") with the list's items,
         * "…: enjoy explaining numbers; like variety", and items after the sentence introducing their list, "Choose
         * data science if you: love mathematics; want to build models", as alone each says less than the article.
         */
        static List<String> quoted(List<Said> sentences) {
            var quoted = new ArrayList<String>();
            var atLeadIn = new HashMap<Passage, Integer>(); // where a list's lead-in, or its items, are quoted
            var whole = new HashSet<Passage>(); // lists quoted whole, with their lead-in
            for (var said : sentences) {
                String text = said.sentence.text();
                var items = said.introducesAList() ? said.section().listAfter(said.passage) : List.<Passage>of();
                if (!items.isEmpty()) {
                    // In place of any of its items quoted before.
                    String withItems = text + " " + String.join("; ", items.stream().map(i -> clause(i.text())).toList());
                    whole.add(said.passage);
                    put(quoted, atLeadIn, said.passage, withItems);
                    continue;
                }
                var leadIn = said.section().introOf(said.passage).orElse(null);
                if (leadIn == null) {
                    quoted.add(text);
                } else if (!whole.contains(leadIn)) {
                    Integer at = atLeadIn.get(leadIn);
                    put(quoted, atLeadIn, leadIn, at == null ? leadIn.text() + " " + clause(text)
                            : quoted.get(at) + "; " + clause(text));
                }
            }
            return quoted;
        }

        private static void put(List<String> quoted, Map<Passage, Integer> atLeadIn, Passage leadIn, String text) {
            Integer at = atLeadIn.get(leadIn);
            if (at == null) {
                atLeadIn.put(leadIn, quoted.size());
                quoted.add(text);
            } else {
                quoted.set(at, text);
            }
        }

        /** {@link #quoted(List)} of this one sentence. */
        String quoted() {
            return quoted(List.of(this)).get(0);
        }

        boolean introducesAList() {
            return sentence.text().endsWith(":");
        }

        private static String clause(String text) {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
    }

    /**
     * A role that fits the interests: by how much (telling words, as often as said), by how many different ones, and
     * by how many of them its side says more than once.
     */
    record Fit(String role, double score, int words, int themes, Map<String, List<Said>> sides) { }

    /** The sentences that share most of the user's words, in reading order on a tie: one pass over the role's side. */
    static List<Said> grounds(List<Said> side, Set<String> interests, int limit) {
        var best = new ArrayList<Said>(limit + 1);
        var shared = new ArrayList<Integer>(limit + 1);
        for (var said : side) {
            int n = 0;
            for (var term : interests) {
                n += said.sentence().terms().contains(term) ? 1 : 0;
            }
            if (n == 0 && said.introducesAList()) {
                continue; // "Choose occupational therapy if you:" says nothing the user said; its items may
            }
            int at = best.size();
            while (at > 0 && shared.get(at - 1) < n) {
                at--;
            }
            if (at < limit) {
                best.add(at, said);
                shared.add(at, n);
                if (best.size() > limit) {
                    best.remove(limit);
                    shared.remove(limit);
                }
            }
        }
        return best;
    }

    static Map<String, List<Said>> empty(List<String> candidates) {
        var sides = new HashMap<String, List<Said>>();
        candidates.forEach(r -> sides.put(r, new ArrayList<>()));
        return sides;
    }

    /**
     * The role whose side shares the most of the user's words, counting only words that tell the roles apart; null on
     * a tie or when the user names nothing that does. Weighed, a word counts by the share of its mentions on the
     * role's side beyond the other's: over a whole article, "building" is said of both roles and "dashboards" of one.
     */
    static Fit bestFit(Set<String> interests, List<String> candidates, Map<String, List<Said>> sides,
                               boolean weighed) {
        var counts = new HashMap<String, Map<String, Integer>>();
        for (var role : candidates) {
            var termCounts = new HashMap<String, Integer>();
            for (var said : sides.get(role)) {
                for (var term : interests) { // only the user's words count: fewer than any sentence's terms
                    if (said.sentence().terms().contains(term)) {
                        termCounts.merge(term, 1, Integer::sum);
                    }
                }
            }
            counts.put(role, termCounts);
        }
        Fit best = null;
        boolean tie = false;
        for (var role : candidates) {
            double score = 0;
            int words = 0;
            int themes = 0;
            for (var term : interests) {
                int mine = counts.get(role).getOrDefault(term, 0);
                int others = candidates.stream().filter(r -> !r.equals(role))
                        .mapToInt(r -> counts.get(r).getOrDefault(term, 0)).max().orElse(0);
                if (mine > others) {
                    score += weighed ? (mine - others) / (double) (mine + others) : mine - others;
                    words++;
                    themes += mine > 1 ? 1 : 0;
                }
            }
            if (score > 0 && (best == null || score > best.score())) {
                best = new Fit(role, score, words, themes, sides);
                tie = false;
            } else if (best != null && score == best.score()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
