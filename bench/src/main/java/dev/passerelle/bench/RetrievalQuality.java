package dev.passerelle.bench;

import dev.passerelle.core.search.lucene.QueryWords;

import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Measures the retrieval quality of Passerelle's real search code (SQLite store, Lucene index,
 * {@code Answers}) on public evaluation data, prints a Markdown report and writes it into
 * {@code docs/quality.md}. Not a test: run it with {@code ./mvnw -Pbench -pl bench -am verify -DskipTests}.
 *
 * <p>Arguments: {@code [data-dir] [report-file]}, by default {@code ../shared/data} and
 * {@code docs/quality.md} (relative to the working directory, normally the repository root).
 */
public final class RetrievalQuality {

    static final int K = Metrics.K;
    static final int WARM_UP = 500;
    static final int MAX_BUCKET = 7;
    static final int EXAMPLES = 8;

    private final Path data;
    private final QueryWords words = new QueryWords();

    RetrievalQuality(Path data) {
        this.data = data;
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").toAbsolutePath().normalize();
        Path report = Path.of(args.length > 1 ? args[1] : "docs/quality.md").toAbsolutePath().normalize();
        for (String folder : List.of(Zoomcamp.FOLDER, Chitchat.FOLDER)) {
            if (!Files.isDirectory(data.resolve(folder))) {
                throw new IllegalArgumentException("No " + folder + " under " + data
                        + ": pass the evaluation data directory as the first argument (-Dbench.data=... with Maven).");
            }
        }
        long start = System.nanoTime();
        Results results = new RetrievalQuality(data).run();
        double seconds = (System.nanoTime() - start) / 1e9;

        String markdown = Report.markdown(results, ZonedDateTime.now(), seconds);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Off-topic phrasings that got a confident answer (query -> first answer's question):");
        results.abstention().offTopicExamples().forEach(example -> System.out.println("  " + example));
        Report.write(report, markdown);
        System.out.println("Report written to " + report);
    }

    Results run() {
        Zoomcamp zoomcamp = Zoomcamp.load(data);
        Chitchat french = Chitchat.load(data, Language.FR);
        Chitchat english = Chitchat.load(data, Language.EN);
        List<Build> builds = new ArrayList<>();

        ZoomcampResult zoom = zoomcamp(zoomcamp, builds);
        List<ChitchatResult> chitchat = List.of(chitchat(french, builds), chitchat(english, builds));
        AbstentionResult abstention;
        Latency latency;
        log("all courses: building one index of %d entries", zoomcamp.docs().size());
        try (KnowledgeBase kb = KnowledgeBase.build("zoomcamp-all", Language.EN,
                zoomcamp.docs().stream().map(Zoomcamp.Doc::faq).toList())) {
            builds.add(Build.of("zoomcamp, all courses", kb));
            abstention = abstention(kb, zoomcamp, english);
            latency = latency(kb, zoomcamp);
        }
        return new Results(zoom, chitchat, abstention, latency, builds);
    }

    /** 1. Zoomcamp FAQ, one index per course as in the published baseline; ranking and gated answers. */
    private ZoomcampResult zoomcamp(Zoomcamp zoomcamp, List<Build> builds) {
        Map<String, List<Zoomcamp.Query>> queries = zoomcamp.queriesByCourse();
        List<CourseResult> courses = new ArrayList<>();
        Metrics.Tally rankAll = new Metrics.Tally();
        Metrics.Tally gatedAll = new Metrics.Tally();
        Map<Integer, Metrics.Tally> rankByWords = new TreeMap<>();
        Map<Integer, Metrics.Tally> gatedByWords = new TreeMap<>();
        for (Map.Entry<String, List<Zoomcamp.Doc>> course : zoomcamp.docsByCourse().entrySet()) {
            List<Zoomcamp.Query> courseQueries = queries.getOrDefault(course.getKey(), List.of());
            log("zoomcamp %s: %d entries, %d queries", course.getKey(), course.getValue().size(), courseQueries.size());
            try (KnowledgeBase kb = KnowledgeBase.build(course.getKey(), Language.EN,
                    course.getValue().stream().map(Zoomcamp.Doc::faq).toList())) {
                builds.add(Build.of("zoomcamp " + course.getKey(), kb));
                Metrics.Tally rank = new Metrics.Tally();
                Metrics.Tally gated = new Metrics.Tally();
                for (Zoomcamp.Query query : courseQueries) {
                    Set<String> relevant = Set.of(query.document());
                    int bucket = bucket(query.question(), Language.EN);
                    List<String> ranked = kb.rank(query.question(), K);
                    List<String> answered = kb.answer(query.question(), K);
                    rank.add(ranked, relevant);
                    gated.add(answered, relevant);
                    rankByWords.computeIfAbsent(bucket, b -> new Metrics.Tally()).add(ranked, relevant);
                    gatedByWords.computeIfAbsent(bucket, b -> new Metrics.Tally()).add(answered, relevant);
                }
                courses.add(new CourseResult(course.getKey(), kb.size(), rank.metrics(), gated.metrics()));
                rankAll.addAll(rank);
                gatedAll.addAll(gated);
            }
        }
        return new ZoomcampResult(courses, rankAll.metrics(), gatedAll.metrics(), metrics(rankByWords),
                metrics(gatedByWords));
    }

    /**
     * 2. Chit-chat in the set's own language: every alternate held out (only the primary question
     * and the answer indexed), then the README's split (half of the alternates indexed too).
     */
    private ChitchatResult chitchat(Chitchat set, List<Build> builds) {
        log("chit-chat %s: %d QnA, %d held-out phrasings (%d ambiguous dropped)", set.language(), set.qnas().size(),
                set.queries().size(), set.ambiguousDropped());
        String lang = set.language().code();
        Pair all = evaluate("chitchat-" + lang, "chit-chat " + lang, set.language(),
                set.qnas().stream().map(Chitchat.QnA::faq).toList(), set.queries(), builds);
        Chitchat.Split split = set.split();
        Pair half = evaluate("chitchat-split-" + lang, "chit-chat " + lang + ", half the alternates indexed",
                set.language(), split.faqs(), split.queries(), builds);
        return new ChitchatResult(set.language(), set.qnas().size(), set.ambiguousDropped(), all, half);
    }

    private Pair evaluate(String dirName, String buildName, Language language, List<KnowledgeBase.Faq> faqs,
            List<Chitchat.Query> queries, List<Build> builds) {
        try (KnowledgeBase kb = KnowledgeBase.build(dirName, language, faqs)) {
            builds.add(Build.of(buildName, kb));
            Metrics.Tally rank = new Metrics.Tally();
            Metrics.Tally gated = new Metrics.Tally();
            for (Chitchat.Query query : queries) {
                rank.add(kb.rank(query.text(), K), Set.of(query.qna()));
                gated.add(kb.answer(query.text(), K), Set.of(query.qna()));
            }
            return new Pair(rank.metrics(), gated.metrics());
        }
    }

    /** 3. Off-topic (chit-chat) versus on-topic (zoomcamp) questions against one all-courses index. */
    private AbstentionResult abstention(KnowledgeBase kb, Zoomcamp zoomcamp, Chitchat offTopic) {
        List<String> phrasings = offTopic.allPhrasings();
        log("abstention: %d off-topic and %d on-topic questions", phrasings.size(), zoomcamp.queries().size());
        Map<Integer, Metrics.Tally> onByWords = new TreeMap<>();
        Metrics.Tally on = new Metrics.Tally();
        for (Zoomcamp.Query query : zoomcamp.queries()) {
            List<String> answered = kb.answer(query.question(), K);
            on.add(answered, Set.of(query.document()));
            onByWords.computeIfAbsent(bucket(query.question(), Language.EN), b -> new Metrics.Tally())
                    .add(answered, Set.of(query.document()));
        }
        Map<Integer, Metrics.Tally> offByWords = new TreeMap<>();
        Metrics.Tally off = new Metrics.Tally();
        List<String> wronglyAnswered = new ArrayList<>();
        for (String phrasing : phrasings) {
            List<String> answered = kb.answer(phrasing, K);
            off.add(answered, Set.of());
            offByWords.computeIfAbsent(bucket(phrasing, Language.EN), b -> new Metrics.Tally()).add(answered, Set.of());
            if (!answered.isEmpty()) {
                wronglyAnswered.add(phrasing);
            }
        }
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < Math.min(EXAMPLES, wronglyAnswered.size()); i++) {
            String phrasing = wronglyAnswered.get(i * wronglyAnswered.size() / EXAMPLES);
            examples.add("\"" + phrasing + "\" -> \"" + kb.firstAnswerTitle(phrasing) + "\"");
        }
        return new AbstentionResult(on.metrics(), off.metrics(), metrics(onByWords), metrics(offByWords),
                List.copyOf(examples));
    }

    /** 4. Latency of the bot's answer search over every zoomcamp question, after a warm-up. */
    private Latency latency(KnowledgeBase kb, Zoomcamp zoomcamp) {
        List<String> questions = zoomcamp.queries().stream().map(Zoomcamp.Query::question).toList();
        log("timing: %d warm-up queries, then %d timed", WARM_UP, questions.size());
        for (int i = 0; i < WARM_UP; i++) {
            kb.answer(questions.get(i % questions.size()), K);
        }
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long start = System.nanoTime();
            kb.answer(questions.get(i), K);
            nanos[i] = System.nanoTime() - start;
        }
        return Latency.of(nanos);
    }

    private int bucket(String query, Language language) {
        return Math.min(MAX_BUCKET, words.of(query, language).size());
    }

    private static Map<Integer, Metrics> metrics(Map<Integer, Metrics.Tally> tallies) {
        Map<Integer, Metrics> result = new TreeMap<>();
        tallies.forEach((bucket, tally) -> result.put(bucket, tally.metrics()));
        return result;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

    record Build(String name, int entries, double storeSeconds, double indexSeconds) {
        static Build of(String name, KnowledgeBase kb) {
            return new Build(name, kb.size(), kb.storeSeconds(), kb.indexSeconds());
        }
    }

    record CourseResult(String course, int entries, Metrics rank, Metrics gated) {}

    record ZoomcampResult(List<CourseResult> courses, Metrics rank, Metrics gated, Map<Integer, Metrics> rankByWords,
            Map<Integer, Metrics> gatedByWords) {}

    /** The same queries through pure ranking and through the bot's gated answer search. */
    record Pair(Metrics rank, Metrics gated) {}

    record ChitchatResult(Language language, int qnas, int dropped, Pair allHeldOut, Pair halfIndexed) {}

    /** @param offTopicExamples a few off-topic phrasings that got a confident answer, with that answer's question */
    record AbstentionResult(Metrics onTopic, Metrics offTopic, Map<Integer, Metrics> onTopicByWords,
            Map<Integer, Metrics> offTopicByWords, List<String> offTopicExamples) {}

    record Latency(int queries, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
        static Latency of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            Function<Double, Double> percentile = p -> sorted[(int) Math.min(sorted.length - 1,
                    Math.ceil(p * sorted.length) - 1)] / 1e6;
            return new Latency(sorted.length, Arrays.stream(sorted).average().orElse(0) / 1e6, percentile.apply(0.50),
                    percentile.apply(0.95), percentile.apply(0.99), sorted[sorted.length - 1] / 1e6);
        }
    }

    record Results(ZoomcampResult zoomcamp, List<ChitchatResult> chitchat, AbstentionResult abstention,
            Latency latency, List<Build> builds) {}
}
