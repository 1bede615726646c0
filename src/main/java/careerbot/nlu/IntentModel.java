package careerbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A multinomial logistic regression over sparse binary features, trained in memory from labelled utterances.
 * Small enough to train in well under a second at start-up, and it gives a calibrated probability per label,
 * which is what "low confidence → out of scope" needs.
 */
final class IntentModel {

    private static final int EPOCHS = 40;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-5;
    private static final long SEED = 42;

    /** A label and its probability. */
    record Score(String label, double probability) { }

    private final List<String> labels;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final double[][] weights;

    private record Example(int[] features, int label) { }

    IntentModel(Map<String, List<Set<String>>> featuresByLabel) {
        this.labels = List.copyOf(featuresByLabel.keySet());
        var examples = new ArrayList<Example>();
        for (int label = 0; label < labels.size(); label++) {
            for (var features : featuresByLabel.get(labels.get(label))) {
                examples.add(new Example(index(features), label));
            }
        }
        this.weights = new double[vocabulary.size()][labels.size()];
        train(examples);
    }

    private int[] index(Collection<String> features) {
        return features.stream().mapToInt(f -> vocabulary.computeIfAbsent(f, k -> vocabulary.size())).toArray();
    }

    /** Plain SGD with AdaGrad step sizes: each weight moves less the more often its feature has been seen. */
    private void train(List<Example> examples) {
        var squaredGradients = new double[weights.length][labels.size()];
        var random = new Random(SEED);
        var order = new ArrayList<>(examples);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (var example : order) {
                double[] probabilities = probabilities(example.features);
                double scale = 1.0 / Math.sqrt(example.features.length);
                for (int f : example.features) {
                    for (int c = 0; c < labels.size(); c++) {
                        double gradient = (probabilities[c] - (c == example.label ? 1 : 0)) * scale + L2 * weights[f][c];
                        squaredGradients[f][c] += gradient * gradient;
                        weights[f][c] -= LEARNING_RATE * gradient / (Math.sqrt(squaredGradients[f][c]) + 1e-8);
                    }
                }
            }
        }
    }

    private double[] probabilities(int[] features) {
        double[] logits = new double[labels.size()];
        double scale = 1.0 / Math.sqrt(Math.max(1, features.length));
        for (int f : features) {
            double[] w = weights[f];
            for (int c = 0; c < logits.length; c++) {
                logits[c] += w[c] * scale;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) {
            logits[c] /= sum;
        }
        return logits;
    }

    /** Every label with its probability, most likely first. Features never seen in training are ignored. */
    List<Score> classify(Set<String> features) {
        int[] known = features.stream().map(vocabulary::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
        double[] probabilities = probabilities(known);
        var scores = new ArrayList<Score>(labels.size());
        for (int c = 0; c < labels.size(); c++) {
            scores.add(new Score(labels.get(c), probabilities[c]));
        }
        scores.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return scores;
    }
}
