package cn.ggzy.lab.rigging;

import java.util.Arrays;

/** Counts per 64-bit key in open addressing (no boxing: millions of bidder pairs fit in little heap). */
final class LongIntCounter {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] counts;
  private int size;

  LongIntCounter(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    counts = new int[capacity];
    Arrays.fill(keys, EMPTY);
  }

  void increment(long key) {
    int slot = slot(keys, key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      if (++size * 2 > keys.length) {
        grow();
        slot = slot(keys, key);
      }
    }
    counts[slot]++;
  }

  int get(long key) {
    int slot = slot(keys, key);
    return keys[slot] == EMPTY ? 0 : counts[slot];
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    long h = key * 0x9e3779b97f4a7c15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
