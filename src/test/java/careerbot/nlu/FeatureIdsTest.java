package careerbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeatureIdsTest {

    @Test
    void findsEveryFeatureByItsIdAndNoOther() {
        var random = new Random(7);
        // Hashes that share their low bits collide on the same slot and must still be told apart.
        long[] features = LongStream.concat(random.longs(5_000), LongStream.range(0, 64).map(i -> i << 40 | 3))
                .distinct().toArray();
        var ids = new FeatureIds(features);
        assertEquals(features.length, ids.size());
        for (int id = 0; id < features.length; id++) {
            assertEquals(id, ids.id(features[id]));
        }
        var known = new HashSet<Long>();
        LongStream.of(features).forEach(known::add);
        random.longs(5_000).filter(f -> !known.contains(f)).forEach(unknown -> assertEquals(-1, ids.id(unknown)));
        assertEquals(-1, ids.id(5L << 40 | 4));
    }

    @Test
    void anEmptyVocabularyKnowsNothing() {
        assertEquals(-1, new FeatureIds(new long[0]).id(42));
    }
}
