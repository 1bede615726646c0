package careerbot.nlu;

import java.util.Arrays;

/**
 * Feature hashes to dense ids: an open-addressing table of primitive longs, so looking up a question's eighty or so
 * features costs about one probe each, with no boxing and no pointer chasing.
 */
final class FeatureIds {

    private static final int EMPTY = -1;

    private final long[] keys;
    private final int[] ids;
    private final int mask;
    private final int size;

    /** @param features distinct hashes; each gets its index in this array as its id */
    FeatureIds(long[] features) {
        // At most half full, so a probe sequence stays short.
        int capacity = Integer.highestOneBit(Math.max(2, features.length) * 2) << 1;
        this.keys = new long[capacity];
        this.ids = new int[capacity];
        this.mask = capacity - 1;
        this.size = features.length;
        Arrays.fill(ids, EMPTY);
        for (int id = 0; id < features.length; id++) {
            int slot = slot(features[id]);
            while (ids[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = features[id];
            ids[slot] = id;
        }
    }

    int size() {
        return size;
    }

    /** The feature's id, or -1 for a feature never seen in training. */
    int id(long feature) {
        for (int slot = slot(feature); ids[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == feature) {
                return ids[slot];
            }
        }
        return EMPTY;
    }

    /** The hashes are already well mixed (see {@link Features}), so their low bits pick the slot. */
    private int slot(long feature) {
        return (int) feature & mask;
    }
}
