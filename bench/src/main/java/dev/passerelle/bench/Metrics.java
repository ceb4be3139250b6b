package dev.passerelle.bench;

import java.util.List;
import java.util.Set;

/**
 * Ranking figures over a set of queries, each with its relevant document keys.
 *
 * @param queries  how many queries were run
 * @param hitsAt1  queries whose first result is relevant
 * @param hitsAt5  queries with a relevant result in the top 5
 * @param rrSum    sum of 1/rank of the first relevant result within the top 5 (0 when none)
 * @param answered queries that got any result at all (for the gated search: a confident answer)
 */
record Metrics(int queries, int hitsAt1, int hitsAt5, double rrSum, int answered) {

    static final int K = 5;

    double hitAt1() {
        return share(hitsAt1);
    }

    double hitAt5() {
        return share(hitsAt5);
    }

    double mrrAt5() {
        return queries == 0 ? 0 : rrSum / queries;
    }

    double answeredShare() {
        return share(answered);
    }

    private double share(int count) {
        return queries == 0 ? 0 : (double) count / queries;
    }

    /** Adds up results query by query. */
    static final class Tally {
        private int queries;
        private int hitsAt1;
        private int hitsAt5;
        private double rrSum;
        private int answered;

        /** Records one query's ranked result keys; returns the 1-based rank of the first relevant one, 0 if none. */
        int add(List<String> results, Set<String> relevant) {
            queries++;
            if (!results.isEmpty()) {
                answered++;
            }
            int limit = Math.min(K, results.size());
            for (int i = 0; i < limit; i++) {
                if (relevant.contains(results.get(i))) {
                    hitsAt5++;
                    hitsAt1 += i == 0 ? 1 : 0;
                    rrSum += 1.0 / (i + 1);
                    return i + 1;
                }
            }
            return 0;
        }

        Tally addAll(Tally other) {
            queries += other.queries;
            hitsAt1 += other.hitsAt1;
            hitsAt5 += other.hitsAt5;
            rrSum += other.rrSum;
            answered += other.answered;
            return this;
        }

        Metrics metrics() {
            return new Metrics(queries, hitsAt1, hitsAt5, rrSum, answered);
        }
    }
}
