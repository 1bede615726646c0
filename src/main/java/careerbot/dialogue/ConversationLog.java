package careerbot.dialogue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Encoded values by id, in two generations of records appended to a byte array and found through an open-addressing
 * table of longs. A write goes to the young generation; when it is full, the old one is emptied and the two swap. So
 * the ids of the last {@code maxEntries / 2} writes are always kept (fewer if their records are longer than
 * {@link #BYTES_PER_RECORD} on average), and never more than {@code maxEntries} records (one a generation at least).
 *
 * <p>Why not a map of objects: 100,000 conversations kept as objects made every young collection copy and scan the
 * ones written since the last (bench/PROFILE.md: pauses of 3–4.4 ms against 1 ms). Here they live in four arrays of
 * primitives, which the collector neither copies twice nor looks into. Not thread-safe: the store locks around it.
 */
final class ConversationLog {

    /** A record: when it was written (epoch ms), the id's and the value's lengths in bytes, the id, the value. */
    private static final int HEADER = Long.BYTES + 2 * Short.BYTES;
    /**
     * Room per record, on average: a server-made id (36 bytes), the header and a value of a few dozen bytes. Longer
     * records fill a generation before its count does, and fewer are kept.
     */
    static final int BYTES_PER_RECORD = 128;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    /** Session ids come from clients: a secret seed keeps them from choosing ids that pile up in one slot. */
    private final long seed = new SecureRandom().nextLong();
    private Generation young;
    private Generation old;

    ConversationLog(long maxEntries) {
        int perGeneration = (int) Math.max(1, Math.min(maxEntries / 2, Integer.MAX_VALUE / BYTES_PER_RECORD));
        this.young = new Generation(perGeneration);
        this.old = new Generation(perGeneration);
    }

    /** The value last written for the id, if written at {@code notBefore} (epoch ms) or later and still kept. */
    Optional<String> find(String id, long notBefore) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        long hash = hash(key);
        Generation in = young;
        int record = young.find(key, hash);
        if (record < 0) {
            in = old;
            record = old.find(key, hash);
        }
        if (record < 0 || in.writtenAt(record) < notBefore) {
            return Optional.empty();
        }
        return Optional.of(in.value(record));
    }

    /** Keeps the value for the id; false when one record would not fit in a whole generation (it is not kept). */
    boolean put(String id, String value, long now) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (key.length > Short.MAX_VALUE || bytes.length > Short.MAX_VALUE
                || HEADER + key.length + bytes.length > young.records.length) {
            return false;
        }
        if (!young.fits(HEADER + key.length + bytes.length)) {
            var emptied = old;
            emptied.clear();
            old = young;
            young = emptied;
        }
        young.append(key, hash(key), bytes, now);
        return true;
    }

    /** Records kept, the same id's older records in the old generation included. */
    int size() {
        return young.entries + old.entries;
    }

    /** FNV-1a over the bytes from the seed, then MurmurHash3's finaliser, so every bit of the id moves every bit. */
    private long hash(byte[] key) {
        long h = seed;
        for (byte b : key) {
            h = (h ^ b) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static final class Generation {
        private final byte[] records;
        /** 0 for a free slot; else the id's hash's upper half, then the record's offset + 1. Half full at most. */
        private final long[] slots;
        private final int maxEntries;
        private int end;
        private int entries;

        Generation(int maxEntries) {
            this.maxEntries = maxEntries;
            this.records = new byte[maxEntries * BYTES_PER_RECORD];
            this.slots = new long[Integer.highestOneBit(Math.max(1, maxEntries) * 2 - 1) << 1];
        }

        boolean fits(int length) {
            return entries < maxEntries && end + length <= records.length;
        }

        void clear() {
            Arrays.fill(slots, 0L);
            end = 0;
            entries = 0;
        }

        /** The offset of the id's record, or -1. */
        int find(byte[] key, long hash) {
            long slot = slots[slotOf(key, hash)];
            return slot == 0 ? -1 : (int) slot - 1;
        }

        /** A new record; the id's slot, if it has one, points at it from now on (the old record stays, unread). */
        void append(byte[] key, long hash, byte[] value, long now) {
            int record = end;
            LONG.set(records, record, now);
            SHORT.set(records, record + Long.BYTES, (short) key.length);
            SHORT.set(records, record + Long.BYTES + Short.BYTES, (short) value.length);
            System.arraycopy(key, 0, records, record + HEADER, key.length);
            System.arraycopy(value, 0, records, record + HEADER + key.length, value.length);
            end += HEADER + key.length + value.length;
            entries++;
            slots[slotOf(key, hash)] = (hash & 0xFFFF_FFFF_0000_0000L) | (record + 1L);
        }

        /** The id's slot, or the free one where it would go (linear probing; a table half full at most has one). */
        private int slotOf(byte[] key, long hash) {
            int mask = slots.length - 1;
            int i = (int) hash & mask;
            while (slots[i] != 0 && !holds(slots[i], key, hash)) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private boolean holds(long slot, byte[] key, long hash) {
            return (int) (slot >>> 32) == (int) (hash >>> 32) && idEquals((int) slot - 1, key);
        }

        long writtenAt(int record) {
            return (long) LONG.get(records, record);
        }

        String value(int record) {
            int idLength = (short) SHORT.get(records, record + Long.BYTES);
            int valueLength = (short) SHORT.get(records, record + Long.BYTES + Short.BYTES);
            return new String(records, record + HEADER + idLength, valueLength, StandardCharsets.UTF_8);
        }

        private boolean idEquals(int record, byte[] key) {
            int idLength = (short) SHORT.get(records, record + Long.BYTES);
            return idLength == key.length
                    && Arrays.equals(records, record + HEADER, record + HEADER + idLength, key, 0, key.length);
        }
    }
}
