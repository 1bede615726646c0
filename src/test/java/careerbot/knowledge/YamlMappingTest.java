package careerbot.knowledge;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editors' YAML: words stay words, though YAML 1.1 reads some of them as booleans. */
class YamlMappingTest {

    private static final Path FILE = Path.of("knowledge/templates.yml");

    @Test
    void wordsThatYaml11TakesForBooleansAreWords() {
        var map = YamlMapping.read(FILE, "topic_after: [in, on, off, yes, no, On, NO]\nflag: true\npublished: 2024-03-06",
                "the file", "test");
        assertEquals(List.of("in", "on", "off", "yes", "no", "On", "NO"), map.get("topic_after"));
        assertEquals(Boolean.TRUE, map.get("flag"));
        assertInstanceOf(Date.class, map.get("published"), "dates are still dates");
    }

    @Test
    void textThatIsNoMappingIsRefusedNamingTheFile() {
        var error = assertThrows(KnowledgeFileException.class, () -> YamlMapping.read(FILE, "- a list", "the file", "intents"));
        assertTrue(error.getMessage().contains("templates.yml"), error.getMessage());
    }
}
