package careerbot.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML of a knowledge file (front matter, intents, templates) as a mapping. SafeConstructor: editors'
 * files are data, never a way to build arbitrary Java objects.
 */
public final class YamlMapping {

    private static final Logger LOG = LoggerFactory.getLogger(YamlMapping.class);
    private static final String UNQUOTED_COLON = "mapping values are not allowed here";
    private static final String READ_AS_TEXT = "{}: line {} read as text; a value holding \": \" belongs in quotes";
    /** A key and a value that neither quotes, lists, maps nor starts a block, anchor, alias, tag or comment. */
    private static final Pattern PLAIN_KEY_AND_VALUE =
            Pattern.compile("(\\s*(?:- )?[\\w-]+:\\s+)([^\\s'\"\\[{|>&*!#%@`].*)");

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

    /** {@link #read(Path, String, int, String, String)} of a file that is YAML from its first line. */
    public static Map<?, ?> read(Path file, String yaml, String part, String expected) {
        return read(file, yaml, 0, part, expected);
    }

    /**
     * @param linesBefore how many lines of the file come before the YAML, so that an error names the file's line
     * @param part        what the text is, for the error ("front matter", "the file")
     * @param expected    what the mapping should hold, for the error ("title, published, source, roles")
     * @throws KnowledgeFileException naming the file, when the text is not YAML or not a mapping
     */
    public static Map<?, ?> read(Path file, String yaml, int linesBefore, String part, String expected) {
        String text = yaml;
        var readAsText = new ArrayList<Integer>();
        while (true) {
            try {
                if (parser().load(text) instanceof Map<?, ?> map) {
                    readAsText.forEach(line -> LOG.warn(READ_AS_TEXT, file, line));
                    return map;
                }
                throw new KnowledgeFileException(file, part + " is not a YAML mapping of " + expected);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? -1 : e.getProblemMark().getLine();
                String quoted = UNQUOTED_COLON.equals(e.getProblem()) ? valueQuoted(text, line) : null;
                if (quoted == null) {
                    throw new KnowledgeFileException(file, part + " is not valid YAML"
                            + (line < 0 ? "" : " on line " + (linesBefore + line + 1)) + ": " + e.getProblem(), e);
                }
                readAsText.add(linesBefore + line + 1);
                text = quoted;
            } catch (YAMLException e) {
                String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                throw new KnowledgeFileException(file, part + " is not valid YAML: " + first, e);
            }
        }
    }

    private static Yaml parser() {
        var options = new LoaderOptions();
        var dumping = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumping), dumping, options, new WordsStayWords());
    }

    /**
     * The text with the value of the given line put in double quotes, when that line is a plain "key: value" whose
     * value holds ": " (the editors' likeliest slip, a title such as "From A to B: a guide"); otherwise null.
     */
    private static String valueQuoted(String text, int line) {
        String[] lines = text.split("\n", -1);
        Matcher plain = line < 0 || line >= lines.length ? null : PLAIN_KEY_AND_VALUE.matcher(lines[line]);
        if (plain == null || !plain.matches()) {
            return null;
        }
        String value = plain.group(2).strip().replace("\\", "\\\\").replace("\"", "\\\"");
        lines[line] = plain.group(1) + '"' + value + '"';
        return String.join("\n", lines);
    }
}
