package careerbot.dialogue;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationLogTest {

    /**
     * Random writes and reads against a map that remembers everything: a value found is the last one written for its
     * id, the ids of the last maxEntries / 2 writes are always found, and never more than maxEntries records are kept.
     * Records here stay within the room a generation has for each ({@link ConversationLog#BYTES_PER_RECORD}).
     */
    @RepeatedTest(20)
    void findsTheLastValueOfEveryRecentIdAndKeepsNoMoreThanItsBound(RepetitionInfo repetition) {
        var random = new Random(repetition.getCurrentRepetition());
        int maxEntries = 2 + random.nextInt(64);
        var recent = new ArrayDeque<String>();
        replay(random, maxEntries, 40, id -> {
            recent.addLast(id);
            if (recent.size() > maxEntries / 2) {
                recent.removeFirst();
            }
        }, (id, found, written) -> {
            if (recent.contains(id)) {
                assertEquals(Optional.of(written), found, "a recent id");
            }
        });
    }

    /** Longer records (ids of 128 characters beyond ASCII, values of hundreds of bytes): fewer kept, none wrong. */
    @RepeatedTest(20)
    void longRecordsFillAGenerationSoonerButAreNeverMistaken(RepetitionInfo repetition) {
        var random = new Random(repetition.getCurrentRepetition());
        var last = new String[1];
        replay(random, 20 + random.nextInt(64), 600, id -> last[0] = id, (id, found, written) -> {
            if (id.equals(last[0])) {
                assertEquals(Optional.of(written), found, "the last id written");
            }
        });
    }

    interface Found {
        void check(String id, Optional<String> found, String lastWritten);
    }

    private static void replay(Random random, int maxEntries, int longestValue, Consumer<String> afterWrite, Found afterRead) {
        int ids = 1 + random.nextInt(4 * maxEntries);
        var log = new ConversationLog(maxEntries);
        var written = new HashMap<String, String>();
        for (int step = 0; step < 5_000; step++) {
            String id = "s" + random.nextInt(ids);
            if (longestValue > 100 && random.nextInt(4) == 0) {
                id = (id + "é☃".repeat(64)).substring(0, 128);
            }
            if (random.nextBoolean()) {
                String value = "v" + step + "x".repeat(random.nextInt(longestValue));
                assertTrue(log.put(id, value, step));
                written.put(id, value);
                afterWrite.accept(id);
            } else {
                var found = log.find(id, 0);
                String expected = written.get(id);
                found.ifPresent(value -> assertEquals(expected, value, "the last value written"));
                afterRead.check(id, found, expected);
            }
            assertTrue(log.size() <= maxEntries, "kept " + log.size() + " of at most " + maxEntries);
        }
    }

    @Test
    void aValueWrittenBeforeTheCutOffIsNotFound() {
        var log = new ConversationLog(10);
        log.put("a", "old", 1_000);
        assertEquals(Optional.of("old"), log.find("a", 1_000));
        assertEquals(Optional.empty(), log.find("a", 1_001));
        log.put("a", "renewed", 2_000);
        assertEquals(Optional.of("renewed"), log.find("a", 1_001));
    }

    @Test
    void aRecordLargerThanAGenerationIsNotKeptAndKeepsNothingElseOut() {
        var log = new ConversationLog(2);
        assertTrue(log.put("small", "v", 0));
        assertFalse(log.put("big", "x".repeat(ConversationLog.BYTES_PER_RECORD * 2), 0));
        assertEquals(Optional.empty(), log.find("big", 0));
        assertEquals(Optional.of("v"), log.find("small", 0));
    }

    @Test
    void idsDifferingInOneByteAreDifferentIds() {
        var log = new ConversationLog(100);
        log.put("session-1", "one", 0);
        log.put("session-2", "two", 0);
        log.put("", "blank", 0);
        assertEquals(Optional.of("one"), log.find("session-1", 0));
        assertEquals(Optional.of("two"), log.find("session-2", 0));
        assertEquals(Optional.of("blank"), log.find("", 0));
        assertEquals(Optional.empty(), log.find("session-3", 0));
        assertEquals(Optional.empty(), log.find("session-1 ", 0));
    }
}
