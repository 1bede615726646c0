package careerbot.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

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
    /** Every feature seen in training, with the id of its row of weights. */
    private final FeatureIds vocabulary;
    /** Row-major, a row of one weight per label for each feature: one row is all a feature's lookup touches. */
    private final double[] weights;

    private record Example(int[] features, int label) { }

    /** @param featuresByLabel each label's examples, as {@link Features} hashes */
    IntentModel(Map<String, List<long[]>> featuresByLabel) {
        this.labels = List.copyOf(featuresByLabel.keySet());
        this.vocabulary = new FeatureIds(featuresByLabel.values().stream().flatMap(List::stream)
                .flatMapToLong(LongStream::of).distinct().toArray());
        this.weights = new double[vocabulary.size() * labels.size()];
        var examples = new ArrayList<Example>();
        for (int label = 0; label < labels.size(); label++) {
            for (var features : featuresByLabel.get(labels.get(label))) {
                examples.add(new Example(known(features), label));
            }
        }
        train(examples);
    }

    /** The ids of the features seen in training; the others carry no weight. */
    private int[] known(long[] features) {
        int[] ids = new int[features.length];
        int n = 0;
        for (long feature : features) {
            int id = vocabulary.id(feature);
            if (id >= 0) {
                ids[n++] = id;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** Plain SGD with AdaGrad step sizes: each weight moves less the more often its feature has been seen. */
    private void train(List<Example> examples) {
        int k = labels.size();
        var squaredGradients = new double[weights.length];
        var random = new Random(SEED);
        var order = new ArrayList<>(examples);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (var example : order) {
                double[] probabilities = probabilities(example.features);
                double scale = 1.0 / Math.sqrt(example.features.length);
                for (int f : example.features) {
                    for (int c = 0; c < k; c++) {
                        int w = f * k + c;
                        double gradient = (probabilities[c] - (c == example.label ? 1 : 0)) * scale + L2 * weights[w];
                        squaredGradients[w] += gradient * gradient;
                        weights[w] -= LEARNING_RATE * gradient / (Math.sqrt(squaredGradients[w]) + 1e-8);
                    }
                }
            }
        }
    }

    private double[] probabilities(int[] features) {
        int k = labels.size();
        double[] logits = new double[k];
        double scale = 1.0 / Math.sqrt(Math.max(1, features.length));
        for (int f : features) {
            for (int c = 0; c < k; c++) {
                logits[c] += weights[f * k + c] * scale;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < k; c++) {
            logits[c] /= sum;
        }
        return logits;
    }

    /** Every label with its probability, most likely first. Features never seen in training are ignored. */
    List<Score> classify(long[] features) {
        double[] probabilities = probabilities(known(features));
        var scores = new ArrayList<Score>(labels.size());
        for (int c = 0; c < labels.size(); c++) {
            scores.add(new Score(labels.get(c), probabilities[c]));
        }
        scores.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return scores;
    }
}
