package careerbot.knowledge;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the YAML of a knowledge file (front matter, intents, templates) as a mapping. SafeConstructor: editors'
 * files are data, never a way to build arbitrary Java objects.
 */
public final class YamlMapping {

    private YamlMapping() {
    }

    /**
     * @param part     what the text is, for the error ("front matter", "the file")
     * @param expected what the mapping should hold, for the error ("title, published, source, roles")
     * @throws KnowledgeFileException naming the file, when the text is not YAML or not a mapping
     */
    public static Map<?, ?> read(Path file, String yaml, String part, String expected) {
        try {
            if (new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml) instanceof Map<?, ?> map) {
                return map;
            }
        } catch (YAMLException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new KnowledgeFileException(file, part + " is not valid YAML: " + first, e);
        }
        throw new KnowledgeFileException(file, part + " is not a YAML mapping of " + expected);
    }
}
