package careerbot.knowledge;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the YAML of a knowledge file (front matter, intents, templates) as a mapping. SafeConstructor: editors'
 * files are data, never a way to build arbitrary Java objects.
 */
public final class YamlMapping {

    private YamlMapping() {
    }

    /**
     * YAML 1.1, which SnakeYAML reads, takes yes, no, on and off for booleans; in the editors' lists of words
     * ("topic_after: [in, at, on]") they are words, so only true and false are booleans, as in YAML 1.2.
     */
    private static final class WordsStayWords extends Resolver {
        private static final Pattern BOOLEAN_IN_YAML_1_1_ONLY = Pattern.compile("(?i)yes|no|on|off");

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar && implicit && BOOLEAN_IN_YAML_1_1_ONLY.matcher(value).matches()) {
                return Tag.STR;
            }
            return super.resolve(kind, value, implicit);
        }
    }

    /**
     * @param part     what the text is, for the error ("front matter", "the file")
     * @param expected what the mapping should hold, for the error ("title, published, source, roles")
     * @throws KnowledgeFileException naming the file, when the text is not YAML or not a mapping
     */
    public static Map<?, ?> read(Path file, String yaml, String part, String expected) {
        var options = new LoaderOptions();
        var dumping = new DumperOptions();
        var parser = new Yaml(new SafeConstructor(options), new Representer(dumping), dumping, options,
                new WordsStayWords());
        try {
            if (parser.load(yaml) instanceof Map<?, ?> map) {
                return map;
            }
        } catch (YAMLException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new KnowledgeFileException(file, part + " is not valid YAML: " + first, e);
        }
        throw new KnowledgeFileException(file, part + " is not a YAML mapping of " + expected);
    }
}
