package careerbot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Scores of an evaluation run, printed like {@code rasa test nlu}: per-intent precision, recall, F1 and confusions. */
public final class EvaluationReport {

    /** What the bot did with one labelled case. */
    public record Outcome(EvaluationSet.Case expected, String intent, List<String> roles, String reply) {
        boolean intentRight() {
            return expected.intent().equals(intent);
        }

        boolean rolesRight() {
            return expected.roles() == null || new TreeSet<>(expected.roles()).equals(new TreeSet<>(roles));
        }

        List<String> missingWords() {
            String text = reply.toLowerCase(Locale.ROOT).replace('’', '\'');
            return expected.contains().stream().filter(w -> !text.contains(w.toLowerCase(Locale.ROOT))).toList();
        }

        boolean answerRight() {
            return rolesRight() && missingWords().isEmpty();
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    public void add(Outcome outcome) {
        outcomes.add(outcome);
    }

    public double intentAccuracy() {
        return outcomes.stream().filter(Outcome::intentRight).count() / (double) outcomes.size();
    }

    public double answerAccuracy() {
        return outcomes.stream().filter(Outcome::answerRight).count() / (double) outcomes.size();
    }

    public String render(String title) {
        var out = new StringBuilder();
        out.append(title).append(" (").append(outcomes.size()).append(" cases)\n\n");
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %8s%n", "intent", "precision", "recall", "f1-score", "support"));
        var labels = new TreeSet<String>();
        outcomes.forEach(o -> {
            labels.add(o.expected().intent());
            labels.add(o.intent());
        });
        for (var label : labels) {
            long tp = outcomes.stream().filter(o -> o.intent().equals(label) && o.intentRight()).count();
            long predicted = outcomes.stream().filter(o -> o.intent().equals(label)).count();
            long support = outcomes.stream().filter(o -> o.expected().intent().equals(label)).count();
            double p = predicted == 0 ? 0 : tp / (double) predicted;
            double r = support == 0 ? 0 : tp / (double) support;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %8d%n", label, p, r, f1, support));
        }
        out.append(String.format(Locale.ROOT, "%nintent accuracy         %.3f%nanswer-content accuracy %.3f%n",
                intentAccuracy(), answerAccuracy()));
        Map<String, Integer> confusions = new TreeMap<>();
        outcomes.stream().filter(o -> !o.intentRight())
                .forEach(o -> confusions.merge(o.expected().intent() + " -> " + o.intent(), 1, Integer::sum));
        out.append("\nconfusion pairs (expected -> predicted):\n");
        confusions.forEach((pair, count) -> out.append("  ").append(count).append("  ").append(pair).append('\n'));
        out.append("\nfailures:\n");
        for (var o : outcomes) {
            if (!o.intentRight() || !o.answerRight()) {
                out.append("  \"").append(o.expected().question()).append("\" -> ").append(o.intent()).append(' ')
                        .append(o.roles());
                if (!o.missingWords().isEmpty()) {
                    out.append(" missing ").append(o.missingWords());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
