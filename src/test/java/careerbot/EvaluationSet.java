package careerbot;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The labelled questions and conversations of {@code src/test/resources/evaluation}. */
public final class EvaluationSet {

    /** One labelled question: the intent, roles (null = not checked) and words its reply must contain. */
    public record Case(String question, String intent, List<String> roles, List<String> contains) { }

    /** Turns asked in one session, in order. */
    public record Dialogue(String name, List<Case> turns) { }

    private EvaluationSet() {
    }

    public static List<Case> questions() {
        return load("/evaluation/questions.yml").stream().map(EvaluationSet::toCase).toList();
    }

    public static List<Dialogue> conversations() {
        return load("/evaluation/conversations.yml").stream()
                .map(d -> new Dialogue(String.valueOf(d.get("name")),
                        ((List<?>) d.get("turns")).stream().map(t -> toCase((Map<?, ?>) t)).toList()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> load(String resource) {
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            return (List<Map<?, ?>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Case toCase(Map<?, ?> entry) {
        return new Case(String.valueOf(entry.get("q")), String.valueOf(entry.get("intent")),
                (List<String>) entry.get("roles"),
                ((List<Object>) entry.get("contains")).stream().map(String::valueOf).toList());
    }
}
