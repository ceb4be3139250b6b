package dev.passerelle.bench;

import dev.passerelle.bench.ExpertSet.Query;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * P@1, MRR and MAP of people rankings. P@1 and the reciprocal rank look for the best person (the accepted
 * answerer) when the collection names one, for any relevant person otherwise; average precision counts every
 * relevant person. A person never ranked counts as not found.
 */
final class ExpertMetrics {

    private int queries;
    private double precisionAt1;
    private double reciprocalRank;
    private double averagePrecision;

    /** Adds one query's ranking, limited to the collection's candidates when it has some. */
    void add(Query query, List<String> ranking, @Nullable Set<String> candidates) {
        List<String> ranked = candidates == null ? ranking : ranking.stream().filter(candidates::contains).toList();
        Set<String> relevant = candidates == null ? query.relevant()
                : Set.copyOf(query.relevant().stream().filter(candidates::contains).toList());
        Set<String> target = query.best() == null ? relevant : Set.of(query.best());
        queries++;
        if (!ranked.isEmpty() && target.contains(ranked.getFirst())) {
            precisionAt1++;
        }
        for (int i = 0; i < ranked.size(); i++) {
            if (target.contains(ranked.get(i))) {
                reciprocalRank += 1.0 / (i + 1);
                break;
            }
        }
        int found = 0;
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        averagePrecision += relevant.isEmpty() ? 0 : sum / relevant.size();
    }

    int queries() {
        return queries;
    }

    double precisionAt1() {
        return queries == 0 ? 0 : precisionAt1 / queries;
    }

    double mrr() {
        return queries == 0 ? 0 : reciprocalRank / queries;
    }

    double map() {
        return queries == 0 ? 0 : averagePrecision / queries;
    }
}
