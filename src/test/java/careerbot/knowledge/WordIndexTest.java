package careerbot.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordIndexTest {

    @Test
    void findsWordsExactlyPluralOrOneEditAway() {
        var index = new WordIndex<String>();
        index.add("manager", "m");
        index.add("owner", "o");
        index.add("pm", "p");
        assertEquals(List.of("m"), index.find("managers"));
        assertEquals(List.of("m"), index.find("manger"), "deletion");
        assertEquals(List.of("m"), index.find("mannager"), "insertion");
        assertEquals(List.of("m"), index.find("man昇ger".replace("昇", "")), "unicode-safe");
        assertEquals(List.of("m"), index.find("mangaer"), "swap of neighbours");
        assertEquals(List.of("o"), index.find("owmer"), "substitution");
        assertTrue(index.find("mngr").isEmpty(), "two edits is another word");
        assertTrue(index.find("pn").isEmpty(), "short words must be spelled right");
        assertEquals(List.of("p"), index.find("PMs".toLowerCase()));
    }

    @Test
    void aWordFiledWithItsWrittenFormIsFoundBySlipsOfThatForm() {
        var index = new WordIndex<String>();
        index.addWithWrittenForm("does", "asking");
        index.add("sres", "role");
        assertEquals(List.of("asking"), index.find("does"));
        assertEquals(List.of("asking"), index.find("dose"), "\"does\" is filed as \"doe\", too short for a slip");
        assertEquals(List.of("asking"), index.find("doese"));
        assertTrue(index.find("sees").isEmpty(), "a name is filed as its singular only");
    }

    @Test
    void longWordsAfterARolesFirstWordMayHaveTwoSlips() {
        assertTrue(Words.sameLongWord("practioners", "practitioner"), "two letters left out");
        assertTrue(Words.sameLongWord("practicioner", "practitioner"), "one substitution");
        assertTrue(Words.sameLongWord("pracitioner", "practitioner"), "a swap and a deletion");
        assertTrue(!Words.sameLongWord("management", "manager"), "three edits is another word");
        assertTrue(!Words.sameLongWord("engeneer", "engineering"), "three edits is another word");
        assertTrue(!Words.sameLongWord("mangr", "manager"), "short words get one slip only");
        assertTrue(Words.withinTwoEdits("abcdefgh", "abcdefgh") && !Words.withinTwoEdits("abcdefgh", "hgfedcba"));
    }
}
