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
 * @param answered queries that got any result at all (for the bot: an entry shown)
 * @param apSum    sum of each query's average precision over its whole result list: the mean, over the relevant
 *                 results in the list, of the precision at their rank (0 when none is in the list), as
 *                 scikit-learn's {@code average_precision_score} over the returned list in the StackFAQ baseline
 */
record Metrics(int queries, int hitsAt1, int hitsAt5, double rrSum, int answered, double apSum) {

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

    /** Mean average precision over the queries (see {@code apSum}). */
    double map() {
        return queries == 0 ? 0 : apSum / queries;
    }

    /** Of the queries that got a result, the share whose first result is relevant: the precision of what is shown. */
    double precisionAt1WhenAnswered() {
        return answered == 0 ? 0 : (double) hitsAt1 / answered;
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
        private double apSum;

        /** Records one query's ranked result keys; returns the 1-based rank of the first relevant one, 0 if none. */
        int add(List<String> results, Set<String> relevant) {
            queries++;
            if (!results.isEmpty()) {
                answered++;
            }
            apSum += averagePrecision(results, relevant);
            int limit = Math.min(K, results.size());
            for (int i = 0; i < limit; i++) {
                if (relevant(results.get(i), relevant)) {
                    hitsAt5++;
                    hitsAt1 += i == 0 ? 1 : 0;
                    rrSum += 1.0 / (i + 1);
                    return i + 1;
                }
            }
            return 0;
        }

        private static double averagePrecision(List<String> results, Set<String> relevant) {
            int found = 0;
            double sum = 0;
            for (int i = 0; i < results.size(); i++) {
                if (relevant(results.get(i), relevant)) {
                    found++;
                    sum += (double) found / (i + 1);
                }
            }
            return found == 0 ? 0 : sum / found;
        }

        /** A result that is not a dataset entry (null key) is never relevant. */
        private static boolean relevant(String key, Set<String> relevant) {
            return key != null && relevant.contains(key);
        }

        Tally addAll(Tally other) {
            queries += other.queries;
            hitsAt1 += other.hitsAt1;
            hitsAt5 += other.hitsAt5;
            rrSum += other.rrSum;
            answered += other.answered;
            apSum += other.apSum;
            return this;
        }

        Metrics metrics() {
            return new Metrics(queries, hitsAt1, hitsAt5, rrSum, answered, apSum);
        }
    }
}
