package careerbot.dialogue;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {

    @Test
    void fillsPlaceholdersAndKeepsOtherBracesAsText() {
        var template = Template.parse("{Role} vs {other_role}: {not one} {} {é} {role}{role} {");
        var values = Map.of("Role", "Product owner", "other_role", "product manager", "role", "PO");
        assertEquals("Product owner vs product manager: {not one} {} {é} POPO {", template.fill(values));
    }

    @Test
    void leavesAPlaceholderWithoutAValueEmpty() {
        var template = Template.parse("What a {role} does.\n\n{sources}");
        assertEquals("What a  does.\n\n", template.fill(Map.of()));
        assertEquals("What a — does.\n\n_Source_", template.fill(Map.of("role", "—", "sources", "_Source_")));
    }

    @Test
    void saysAnBeforeAValueThatStartsWithAVowel() {
        var template = Template.parse("What a {role} does. A {role} or a {other_role}? Tea {role}, a{role}");
        var values = Map.of("role", "agile coach", "other_role", "UX designer");
        assertEquals("What an agile coach does. An agile coach or a UX designer? Tea agile coach, aagile coach",
                template.fill(values));
    }

    @Test
    void saysAnAcronymLetterByLetter() {
        var template = Template.parse("What a {role} does, a {other_role} too.");
        assertEquals("What an HR generalist does, a UX designer too.",
                template.fill(Map.of("role", "HR generalist", "other_role", "UX designer")));
        assertEquals("What an RN does, a QA engineer too.", template.fill(Map.of("role", "RN", "other_role", "QA engineer")));
        assertEquals("What a Hospice nurse does, an SEO writer too.",
                template.fill(Map.of("role", "Hospice nurse", "other_role", "SEO writer")));
    }

    @Test
    void canFillOnlyWhenEveryPlaceholderHasText() {
        var suggestion = Template.parse("How does a {role} differ from a {other_role}?");
        assertTrue(suggestion.canFill(Map.of("role", "product owner", "other_role", "product manager")));
        assertFalse(suggestion.canFill(Map.of("role", "product owner", "other_role", "")));
        assertFalse(suggestion.canFill(Map.of("role", "product owner")));
        assertTrue(Template.parse("Which role suits me?").canFill(Map.of()));
    }
}
