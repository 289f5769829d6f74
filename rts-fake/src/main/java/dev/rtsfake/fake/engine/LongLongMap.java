package dev.rtsfake.fake.engine;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to {@code long} values without boxing: open addressing
 * with linear probing, deletion by shifting back the entries that follow. The engine keeps each
 * message's deadline by its id here (one put and one remove a message). Tables are made on the
 * first put and grow at half full; not thread-safe (used under the simulation lock).
 */
final class LongLongMap {
    private static final long FREE = -1L;
    private long[] keys;
    private long[] values;
    private int size;

    /** Sets {@code key} to {@code value}; {@code key} must not be negative. */
    void put(long key, long value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if (keys == null) {
            keys = new long[8];
            Arrays.fill(keys, FREE);
            values = new long[8];
        } else if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key);
        if (keys[i] == FREE) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    /** Whether {@code key} is in the map. */
    boolean containsKey(long key) {
        return keys != null && key >= 0 && keys[slot(key)] == key;
    }

    /** The value of {@code key}, or {@code otherwise} when it is not in the map. */
    long getOrDefault(long key, long otherwise) {
        if (keys == null || key < 0) {
            return otherwise;
        }
        int i = slot(key);
        return keys[i] == key ? values[i] : otherwise;
    }

    /** Removes {@code key}; returns whether it was there. */
    boolean remove(long key) {
        if (keys == null || key < 0) {
            return false;
        }
        int i = slot(key);
        if (keys[i] != key) {
            return false;
        }
        int mask = keys.length - 1;
        // Backward shift: move up every later entry of the probe run whose home is not between the hole and it.
        int hole = i;
        int j = (i + 1) & mask;
        while (keys[j] != FREE) {
            int home = hash(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
            j = (j + 1) & mask;
        }
        keys[hole] = FREE;
        size--;
        return true;
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        values = new long[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != FREE) {
                int i = slot(oldKeys[k]);
                keys[i] = oldKeys[k];
                values[i] = oldValues[k];
            }
        }
    }
}
