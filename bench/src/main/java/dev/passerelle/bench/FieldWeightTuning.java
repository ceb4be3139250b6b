package dev.passerelle.bench;

import dev.passerelle.core.search.lucene.FieldWeights;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares field weights on the zoomcamp set (one index per course, ranking top 5, every third question): the
 * title's weight against the body's, the other language's factor and the tie-breaker. Prints one line per
 * combination, best MRR first; the chosen weights are {@link FieldWeights#TUNED}, the reasons in
 * {@code docs/quality.md}. Run: {@code java -cp … dev.passerelle.bench.FieldWeightTuning [data-dir]}.
 */
public final class FieldWeightTuning {

    private static final float[] TITLES = {0.8f, 1.0f, 1.2f, 1.5f, 2.0f};
    private static final float[] OTHER_LANGUAGE = {0.5f};
    /** Every third question: enough to order the combinations on a shared 2-core machine. */
    private static final int SAMPLE = 3;
    private static final float[] TIES = {0.0f, 0.1f};

    private FieldWeightTuning() {}

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").toAbsolutePath().normalize();
        Zoomcamp zoomcamp = Zoomcamp.load(data);
        Map<String, List<Zoomcamp.Query>> queries = zoomcamp.queriesByCourse();
        List<FieldWeights> grid = new ArrayList<>();
        for (float title : TITLES) {
            for (float other : OTHER_LANGUAGE) {
                for (float tie : TIES) {
                    grid.add(new FieldWeights(title, title, 1.0f, 1.0f, other, tie));
                }
            }
        }
        List<Metrics.Tally> tallies = grid.stream().map(weights -> new Metrics.Tally()).toList();
        for (Map.Entry<String, List<Zoomcamp.Doc>> course : zoomcamp.docsByCourse().entrySet()) {
            try (KnowledgeBase kb = KnowledgeBase.build(course.getKey(), Language.EN,
                    course.getValue().stream().map(Zoomcamp.Doc::faq).toList())) {
                for (int i = 0; i < grid.size(); i++) {
                    kb.weigh(grid.get(i));
                    List<Zoomcamp.Query> asked = queries.getOrDefault(course.getKey(), List.of());
                    for (int q = 0; q < asked.size(); q += SAMPLE) {
                        Zoomcamp.Query query = asked.get(q);
                        tallies.get(i).add(kb.rank(query.question(), Metrics.K), Set.of(query.document()));
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(tallies.get(b).metrics().mrrAt5(), tallies.get(a).metrics().mrrAt5()));
        System.out.println("| title = alternates | body | other language | tie | hit@5 | MRR@5 |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i : order) {
            FieldWeights w = grid.get(i);
            Metrics m = tallies.get(i).metrics();
            System.out.printf(Locale.ROOT, "| %.1f | %.1f | %.1f | %.1f | %.3f | %.3f |%n", w.title(), w.body(),
                    w.otherLanguage(), w.tie(), m.hitAt5(), m.mrrAt5());
        }
    }
}
