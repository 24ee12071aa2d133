package org.supportdesk.bench;

import java.util.Arrays;

/** Latencies in microseconds, collected by one thread each and merged for percentiles. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    int count() {
        return size;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.values[i]);
            }
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    /** Nearest-rank percentile of a merged (sorted) set, in milliseconds. */
    double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return values[Math.max(0, Math.min(size, rank) - 1)] / 1000.0;
    }

    double maxMillis() {
        return size == 0 ? Double.NaN : values[size - 1] / 1000.0;
    }
}
