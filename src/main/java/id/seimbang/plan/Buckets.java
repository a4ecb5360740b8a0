package id.seimbang.plan;

import java.util.Arrays;

/**
 * Indices grouped by an integer key with a stable counting sort: a province has millions of candidate moves, and
 * grouping them by cell or employee this way costs two passes, no comparisons and no boxing.
 */
final class Buckets {

    /** Bucket b holds {@code items[start[b]]} up to, not including, {@code items[start[b + 1]]}. */
    final int[] start;
    /** The indices, grouped by key, in their order within each group. */
    final int[] items;

    private Buckets(int[] start, int[] items) {
        this.start = start;
        this.items = items;
    }

    /** The indices 0 … key.length − 1 grouped by {@code key[i]}, which lies in 0 … keys − 1. */
    static Buckets of(int[] key, int keys) {
        int[] order = new int[key.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return of(order, key, keys);
    }

    /** The indices of {@code order} grouped by {@code key[i]}, keeping their order within each group. */
    static Buckets of(int[] order, int[] key, int keys) {
        int[] start = new int[keys + 1];
        for (int i : order) {
            start[key[i] + 1]++;
        }
        for (int b = 0; b < keys; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, keys);
        int[] items = new int[order.length];
        for (int i : order) {
            items[fill[key[i]]++] = i;
        }
        return new Buckets(start, items);
    }
}
