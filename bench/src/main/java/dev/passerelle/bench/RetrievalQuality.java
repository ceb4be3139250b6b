package dev.passerelle.bench;

import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.search.lucene.QueryWords;
import dev.passerelle.core.search.lucene.synonyms.FreeDict;
import dev.passerelle.core.search.lucene.synonyms.MyThes;
import dev.passerelle.core.vocabulary.Language;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures what Passerelle finds and what its bot shows on public evaluation data, each figure beside a plain
 * Lucene BM25 baseline run on the same data ({@link Bm25Baseline}). Not a test.
 *
 * <p>Arguments: {@code [data-dir] [report-file] [full|short] [floors-file]}. The full run (default) prints a
 * Markdown report and writes it into {@code docs/quality.md}; the short run measures a fixed sample in well under
 * two minutes, writes nothing, and fails (an exception, so a non-zero exit or a failed Maven build) when a figure
 * crosses its floor in {@code bench/floors.properties}. Either skips with one line when the data is absent.
 */
public final class RetrievalQuality {

    static final int K = Metrics.K;
    /** How deep the ranked lists go for MAP, as the StackFAQ baseline's Elasticsearch top-k. */
    static final int DEEP = 100;
    static final int WARM_UP = 500;
    static final int MAX_BUCKET = 7;
    static final int EXAMPLES = 8;
    /** The short run's sample sizes. */
    static final int SHORT_ZOOMCAMP = 300;
    static final int SHORT_STACKFAQ = 300;
    static final int SHORT_OFF_TOPIC = 300;
    static final int SHORT_CROSS = 300;

    enum Mode { FULL, SHORT }

    private final Path data;
    private final Mode mode;
    private final QueryWords words = new QueryWords();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    /** The chit-chat held-out results of the full run, per language: the cross-language check's same-language side. */
    private final Map<Language, List<Asked>> sameLanguage = new EnumMap<>(Language.class);

    RetrievalQuality(Path data, Mode mode) {
        this.data = data;
        this.mode = mode;
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").toAbsolutePath().normalize();
        Path report = Path.of(args.length > 1 ? args[1] : "docs/quality.md").toAbsolutePath().normalize();
        Mode mode = args.length > 2 && args[2].equalsIgnoreCase("short") ? Mode.SHORT : Mode.FULL;
        Path floors = Path.of(args.length > 3 ? args[3] : "bench/floors.properties").toAbsolutePath().normalize();
        for (String folder : List.of(Zoomcamp.FOLDER, Chitchat.FOLDER, StackFaq.FOLDER)) {
            if (!Files.isDirectory(data.resolve(folder))) {
                String why = "no " + folder + " under " + data + " (pass the evaluation data directory as the first "
                        + "argument, -Dbench.data=... with Maven)";
                if (mode == Mode.SHORT) {
                    System.out.println("[bench] quality floors skipped: " + why);
                    return;
                }
                throw new IllegalArgumentException("No evaluation data: " + why);
            }
        }
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        RetrievalQuality bench = new RetrievalQuality(data, mode);
        Results results = bench.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        // On a shared machine the wall-clock time says more about the neighbours than about the run.
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;

        String markdown = Report.markdown(results, ZonedDateTime.now(), seconds, cpuSeconds);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Off-topic phrasings that got an entry shown (query -> first entry's question):");
        results.abstention().examples().forEach(example -> System.out.println("  " + example));
        if (mode == Mode.SHORT) {
            Floors.load(floors).check(results.figures(), seconds);
            System.out.printf(Locale.ROOT, "[bench] CPU time of the run's thread: %.0f s%n", cpuSeconds);
            return;
        }
        Report.write(report, markdown);
        System.out.println("Report written to " + report);
    }

    Results run() {
        Zoomcamp zoomcamp = Zoomcamp.load(data);
        StackFaq stack = StackFaq.load(data);
        Chitchat french = Chitchat.load(data, Language.FR);
        Chitchat english = Chitchat.load(data, Language.EN);
        List<Build> builds = new ArrayList<>();

        ZoomcampResult zoom = zoomcamp(zoomcamp, builds);
        StackFaqResult stackFaq;
        AbstentionResult abstention;
        Latency latency = null;
        List<String> offTopic = offTopic(french, english);
        try (KnowledgeBase threads = KnowledgeBase.build("stackfaq", Language.EN, stack.threadFaqs())) {
            builds.add(Build.of("StackFAQ, one entry per thread", threads));
            stackFaq = stackFaq(stack, threads, builds);
            log("all courses: building one index of %d entries", zoomcamp.docs().size());
            try (KnowledgeBase all = KnowledgeBase.build("zoomcamp-all", Language.EN,
                    zoomcamp.docs().stream().map(Zoomcamp.Doc::faq).toList())) {
                builds.add(Build.of("zoomcamp, all courses", all));
                abstention = abstention(all, zoomcamp, threads, stack, stackFaq.perThread(), offTopic);
                if (mode == Mode.FULL) {
                    latency = latency(all, zoomcamp);
                }
            }
        }
        List<ChitchatResult> chitchat = mode == Mode.FULL
                ? List.of(chitchat(french, builds), chitchat(english, builds)) : List.of();
        CrossResult cross = cross(french, english, builds);
        return new Results(mode, zoom, stackFaq, chitchat, cross, abstention, latency, builds,
                Collections.unmodifiableMap(new LinkedHashMap<>(figures)));
    }

    /** 1. Zoomcamp FAQ, one index per course as in the published baseline: BM25, ranking, what the bot shows. */
    private ZoomcampResult zoomcamp(Zoomcamp zoomcamp, List<Build> builds) {
        List<Zoomcamp.Query> sample = sample(zoomcamp.queries(), mode == Mode.SHORT ? SHORT_ZOOMCAMP : 0);
        Map<String, List<Zoomcamp.Query>> queries = new TreeMap<>();
        sample.forEach(q -> queries.computeIfAbsent(q.course(), c -> new ArrayList<>()).add(q));
        List<CourseResult> courses = new ArrayList<>();
        Systems all = new Systems();
        Map<Integer, Systems> byWords = new TreeMap<>();
        for (Map.Entry<String, List<Zoomcamp.Doc>> course : zoomcamp.docsByCourse().entrySet()) {
            List<Zoomcamp.Query> courseQueries = queries.getOrDefault(course.getKey(), List.of());
            List<KnowledgeBase.Faq> faqs = course.getValue().stream().map(Zoomcamp.Doc::faq).toList();
            log("zoomcamp %s: %d entries, %d queries", course.getKey(), faqs.size(), courseQueries.size());
            try (KnowledgeBase kb = KnowledgeBase.build(course.getKey(), Language.EN, faqs);
                    Bm25Baseline bm25 = new Bm25Baseline(faqs)) {
                builds.add(Build.of("zoomcamp " + course.getKey(), kb));
                Systems systems = new Systems();
                for (Zoomcamp.Query query : courseQueries) {
                    Set<String> relevant = Set.of(query.document());
                    Systems bucket = byWords.computeIfAbsent(bucket(query.question(), Language.EN), b -> new Systems());
                    List<String> baseline = bm25.search(query.question(), K);
                    List<String> ranked = kb.rank(query.question(), K);
                    Shown shown = kb.shown(query.question());
                    for (Systems s : List.of(systems, bucket)) {
                        s.add(baseline, ranked, shown, relevant);
                    }
                }
                courses.add(new CourseResult(course.getKey(), kb.size(), systems.metrics()));
                all.addAll(systems);
            }
        }
        Map<Integer, Row> buckets = new TreeMap<>();
        byWords.forEach((n, s) -> buckets.put(n, s.metrics()));
        Row total = all.metrics();
        figure("zoomcamp.bm25.hit5", total.bm25().hitAt5());
        figure("zoomcamp.ranking.hit5", total.ranking().hitAt5());
        figure("zoomcamp.ranking.mrr5", total.ranking().mrrAt5());
        figure("zoomcamp.bot.confident.hit5", total.confident().hitAt5());
        figure("zoomcamp.bot.confident.mrr5", total.confident().mrrAt5());
        figure("zoomcamp.bot.shown.hit5", total.shown().hitAt5());
        return new ZoomcampResult(courses, total, buckets);
    }

    /**
     * 2. StackFAQ: each paraphrase asked against one entry per thread (S@1, MRR@5, none shown), then against one
     * entry per question/answer pair for MAP as the published baseline (BM25 on the question field: MAP 0.665).
     */
    private StackFaqResult stackFaq(StackFaq stack, KnowledgeBase threads, List<Build> builds) {
        List<StackFaq.Query> queries = sample(stack.queries(), mode == Mode.SHORT ? SHORT_STACKFAQ : 0);
        log("StackFAQ: %d threads, %d pairs, %d paraphrases", stack.threads().size(), stack.pairs(), queries.size());
        Systems perThread = new Systems();
        try (Bm25Baseline bm25 = new Bm25Baseline(stack.threadFaqs())) {
            for (StackFaq.Query query : queries) {
                Shown shown = threads.shown(query.text());
                perThread.add(bm25.search(query.text(), K), threads.rank(query.text(), K), shown,
                        Set.of(query.thread()));
            }
        }
        Map<String, Metrics.Tally> map = new LinkedHashMap<>();
        List<KnowledgeBase.Faq> pairFaqs = stack.pairFaqs();
        try (KnowledgeBase pairs = KnowledgeBase.build("stackfaq-pairs", Language.EN, pairFaqs);
                Bm25Baseline questionAnswer = new Bm25Baseline(pairFaqs);
                Bm25Baseline question = new Bm25Baseline(pairFaqs, Bm25Baseline.Fields.QUESTION)) {
            builds.add(Build.of("StackFAQ, one entry per question/answer pair", pairs));
            for (StackFaq.Query query : queries) {
                Set<String> relevant = stack.pairsOf(query.thread());
                map.computeIfAbsent("bm25-question", k -> new Metrics.Tally())
                        .add(question.search(query.text(), DEEP), relevant);
                map.computeIfAbsent("bm25", k -> new Metrics.Tally())
                        .add(questionAnswer.search(query.text(), DEEP), relevant);
                map.computeIfAbsent("ranking", k -> new Metrics.Tally()).add(pairs.rank(query.text(), DEEP), relevant);
                Shown shown = pairs.shown(query.text());
                map.computeIfAbsent("confident", k -> new Metrics.Tally()).add(shown.confident(), relevant);
                map.computeIfAbsent("shown", k -> new Metrics.Tally()).add(shown.all(), relevant);
            }
        }
        Row row = perThread.metrics();
        Map<String, Metrics> pairMetrics = new LinkedHashMap<>();
        map.forEach((name, tally) -> pairMetrics.put(name, tally.metrics()));
        figure("stackfaq.bm25.s1", row.bm25().hitAt1());
        figure("stackfaq.ranking.s1", row.ranking().hitAt1());
        figure("stackfaq.bot.confident.s1", row.confident().hitAt1());
        figure("stackfaq.bot.confident.mrr5", row.confident().mrrAt5());
        figure("stackfaq.bot.none", 1 - row.shown().answeredShare());
        figure("stackfaq.ranking.map", pairMetrics.get("ranking").map());
        return new StackFaqResult(stack.threads().size(), stack.pairs(), row, pairMetrics);
    }

    /**
     * 3a. Chit-chat in the set's own language: every alternate held out (only the primary question and the answer
     * indexed), then the README's split (half of the alternates indexed too).
     */
    private ChitchatResult chitchat(Chitchat set, List<Build> builds) {
        log("chit-chat %s: %d QnA, %d held-out phrasings (%d ambiguous dropped)", set.language(), set.qnas().size(),
                set.queries().size(), set.ambiguousDropped());
        String lang = set.language().code();
        List<Asked> heldOut = ask("chitchat-" + lang, "chit-chat " + lang, set.language(), set.language(),
                set.qnas().stream().map(Chitchat.QnA::faq).toList(), set.queries(), builds);
        sameLanguage.put(set.language(), heldOut);
        Row all = rowOf(heldOut);
        Chitchat.Split split = set.split();
        Row half = evaluate("chitchat-split-" + lang, "chit-chat " + lang + ", half the alternates indexed",
                set.language(), split.faqs(), split.queries(), builds);
        return new ChitchatResult(set.language(), set.qnas().size(), set.ambiguousDropped(), all, half);
    }

    private Row evaluate(String dirName, String buildName, Language language, List<KnowledgeBase.Faq> faqs,
            List<Chitchat.Query> queries, List<Build> builds) {
        return evaluate(dirName, buildName, language, language, faqs, queries, builds);
    }

    /** As above, with the entries in {@code stored} and the ranking told the questions are in {@code asked}. */
    private Row evaluate(String dirName, String buildName, Language stored, Language asked,
            List<KnowledgeBase.Faq> faqs, List<Chitchat.Query> queries, List<Build> builds) {
        return rowOf(ask(dirName, buildName, stored, asked, faqs, queries, builds));
    }

    /** Each query's results through the three systems, kept so that a subset can be added up again. */
    private List<Asked> ask(String dirName, String buildName, Language stored, Language asked,
            List<KnowledgeBase.Faq> faqs, List<Chitchat.Query> queries, List<Build> builds) {
        return ask(dirName, buildName, stored, asked, faqs, queries, builds, SynonymSettings.builtIn());
    }

    private List<Asked> ask(String dirName, String buildName, Language stored, Language asked,
            List<KnowledgeBase.Faq> faqs, List<Chitchat.Query> queries, List<Build> builds,
            SynonymSettings synonyms) {
        try (KnowledgeBase kb = KnowledgeBase.build(dirName, stored, faqs, synonyms);
                Bm25Baseline bm25 = new Bm25Baseline(faqs)) {
            builds.add(Build.of(buildName, kb));
            List<Asked> results = new ArrayList<>(queries.size());
            for (Chitchat.Query query : queries) {
                results.add(new Asked(query, bm25.search(query.text(), K), kb.rank(query.text(), asked, K),
                        kb.shown(query.text())));
            }
            return results;
        }
    }

    private static Row rowOf(List<Asked> results) {
        Systems systems = new Systems();
        results.forEach(r -> systems.add(r.bm25(), r.ranked(), r.shown(), Set.of(r.query().qna())));
        return systems.metrics();
    }

    /** One query's results: the baseline's, the ranking's, and what the bot showed. */
    private record Asked(Chitchat.Query query, List<String> bm25, List<String> ranked, Shown shown) {}

    /**
     * 3b. Across languages: the same chit-chat QnA stored in one language and asked in the other (the English
     * alternates against the French QnA, and the reverse), beside the same queries against their own language's
     * QnA; and the 8-question FAQ set, each question against the other language's FAQ. Measured twice: with the
     * built-in vocabulary only (every machine), then with the system's dictionaries and thesauri as well (a
     * deployment with the Debian packages), each with its own same-language side.
     */
    private CrossResult cross(Chitchat french, Chitchat english, List<Build> builds) {
        Map<String, String> frToEn = Chitchat.frenchToEnglish();
        Map<String, String> enToFr = new LinkedHashMap<>();
        frToEn.forEach((fr, en) -> enToFr.put(en, fr));
        int size = mode == Mode.SHORT ? SHORT_CROSS : 0;
        List<Chitchat.Query> englishAsked = sample(english.queries().stream()
                .filter(q -> enToFr.containsKey(q.qna())).toList(), size);
        List<Chitchat.Query> frenchAsked = sample(french.queries().stream()
                .filter(q -> frToEn.containsKey(q.qna())).toList(), size);
        log("cross-language: %d pairs, %d English and %d French phrasings", frToEn.size(), englishAsked.size(),
                frenchAsked.size());
        List<CrossRun> runs = new ArrayList<>();
        for (CrossSources sources : CrossSources.values()) {
            CrossRun run = cross(sources, french, english, frToEn, enToFr, englishAsked, frenchAsked, builds);
            figure(sources.figure + ".ranking.mrr5.share", run.rankingShare());
            figure(sources.figure + ".bot.mrr5.share", run.botShare());
            runs.add(run);
        }
        return new CrossResult(frToEn.size(), List.copyOf(runs));
    }

    private CrossRun cross(CrossSources sources, Chitchat french, Chitchat english, Map<String, String> frToEn,
            Map<String, String> enToFr, List<Chitchat.Query> englishAsked, List<Chitchat.Query> frenchAsked,
            List<Build> builds) {
        log("cross-language with %s", sources.label);
        SynonymSettings settings = sources.settings();
        String tag = sources == CrossSources.BUILT_IN ? "" : ", " + sources.label;
        List<KnowledgeBase.Faq> frFaqs = french.qnas().stream().map(Chitchat.QnA::faq).toList();
        List<KnowledgeBase.Faq> enFaqs = english.qnas().stream().map(Chitchat.QnA::faq).toList();
        Row enOnFr = rowOf(ask("cross-en-fr", "chit-chat fr, asked in English" + tag, Language.FR, Language.EN,
                frFaqs, englishAsked.stream().map(q -> new Chitchat.Query(q.text(), enToFr.get(q.qna()))).toList(),
                builds, settings));
        Row frOnEn = rowOf(ask("cross-fr-en", "chit-chat en, asked in French" + tag, Language.EN, Language.FR,
                enFaqs, frenchAsked.stream().map(q -> new Chitchat.Query(q.text(), frToEn.get(q.qna()))).toList(),
                builds, settings));
        Row enOnEn;
        Row frOnFr;
        if (sources == CrossSources.BUILT_IN) {
            enOnEn = sameLanguage(Language.EN, "cross-en-en", "chit-chat en, same queries", enFaqs, englishAsked,
                    builds);
            frOnFr = sameLanguage(Language.FR, "cross-fr-fr", "chit-chat fr, same queries", frFaqs, frenchAsked,
                    builds);
        } else {
            enOnEn = rowOf(ask("cross-en-en", "chit-chat en, same queries" + tag, Language.EN, Language.EN, enFaqs,
                    englishAsked, builds, settings));
            frOnFr = rowOf(ask("cross-fr-fr", "chit-chat fr, same queries" + tag, Language.FR, Language.FR, frFaqs,
                    frenchAsked, builds, settings));
        }
        Chitchat faqFr = Chitchat.loadFaq(data, Language.FR);
        Chitchat faqEn = Chitchat.loadFaq(data, Language.EN);
        Row faqEnOnFr = rowOf(ask("faq-en-fr", "FAQ fr, asked in English" + tag, Language.FR, Language.EN,
                faqFr.qnas().stream().map(Chitchat.QnA::faq).toList(),
                faqEn.qnas().stream().map(q -> new Chitchat.Query(q.question(), q.id())).toList(), builds, settings));
        Row faqFrOnEn = rowOf(ask("faq-fr-en", "FAQ en, asked in French" + tag, Language.EN, Language.FR,
                faqEn.qnas().stream().map(Chitchat.QnA::faq).toList(),
                faqFr.qnas().stream().map(q -> new Chitchat.Query(q.question(), q.id())).toList(), builds, settings));
        return new CrossRun(sources.label, sources.installed(), enOnFr, enOnEn, frOnEn, frOnFr, faqEnOnFr,
                faqFrOnEn);
    }

    /** The synonym sources the cross-language check is measured with, and the prefix of its figures. */
    enum CrossSources {
        BUILT_IN("built-in vocabulary", "cross", EnumSet.of(SynonymSource.BUILT_IN)),
        SYSTEM("built-in + FreeDict + MyThes", "cross.system",
                EnumSet.of(SynonymSource.BUILT_IN, SynonymSource.FREEDICT, SynonymSource.MYTHES));

        final String label;
        final String figure;
        private final Set<SynonymSource> sources;

        CrossSources(String label, String figure, Set<SynonymSource> sources) {
            this.label = label;
            this.figure = figure;
            this.sources = sources;
        }

        SynonymSettings settings() {
            return new SynonymSettings(null, sources, SynonymSettings.SYSTEM_DATA);
        }

        /** Whether every system package these sources read is installed (the built-in vocabulary always is). */
        boolean installed() {
            return (!sources.contains(SynonymSource.FREEDICT) || Arrays.stream(FreeDict.Direction.values())
                    .allMatch(d -> d.installedUnder(SynonymSettings.SYSTEM_DATA)))
                    && (!sources.contains(SynonymSource.MYTHES) || Arrays.stream(MyThes.Thesaurus.values())
                    .allMatch(t -> t.installedUnder(SynonymSettings.SYSTEM_DATA)));
        }
    }

    /** The queries asked to their own language's QnA: from the chit-chat run when there was one, else asked now. */
    private Row sameLanguage(Language language, String dirName, String buildName, List<KnowledgeBase.Faq> faqs,
            List<Chitchat.Query> queries, List<Build> builds) {
        List<Asked> known = sameLanguage.get(language);
        if (known == null) {
            return evaluate(dirName, buildName, language, faqs, queries, builds);
        }
        Set<Chitchat.Query> wanted = new HashSet<>(queries);
        return rowOf(known.stream().filter(r -> wanted.contains(r.query())).toList());
    }

    /**
     * 4. Abstention: off-topic small talk (every French and English chit-chat phrasing) asked to the bot over all
     * 948 zoomcamp entries and over StackFAQ's threads, where none has an answer; and the precision of what it
     * shows to on-topic questions there.
     */
    private AbstentionResult abstention(KnowledgeBase zoomcampAll, Zoomcamp zoomcamp, KnowledgeBase stackThreads,
            StackFaq stack, Row stackOn, List<String> offTopic) {
        List<Zoomcamp.Query> onZoomcamp = sample(zoomcamp.queries(), mode == Mode.SHORT ? SHORT_ZOOMCAMP : 0);
        log("abstention: %d off-topic phrasings; %d zoomcamp on-topic questions (StackFAQ's: those of section 2)",
                offTopic.size(), onZoomcamp.size());
        Systems zoomOn = new Systems();
        try (Bm25Baseline bm25 = new Bm25Baseline(zoomcamp.docs().stream().map(Zoomcamp.Doc::faq).toList())) {
            for (Zoomcamp.Query query : onZoomcamp) {
                zoomOn.add(bm25.search(query.question(), K), zoomcampAll.rank(query.question(), K),
                        zoomcampAll.shown(query.question()), Set.of(query.document()));
            }
            try (Bm25Baseline stackBm25 = new Bm25Baseline(stack.threadFaqs())) {
                Systems zoomOff = new Systems();
                Systems stackOff = new Systems();
                Map<Integer, Systems> offByWords = new TreeMap<>();
                List<String> wronglyShown = new ArrayList<>();
                for (String phrasing : offTopic) {
                    Shown shown = zoomcampAll.shown(phrasing);
                    zoomOff.add(bm25.search(phrasing, K), List.of(), shown, Set.of());
                    offByWords.computeIfAbsent(bucket(phrasing, Language.EN), b -> new Systems())
                            .add(List.of(), List.of(), shown, Set.of());
                    if (shown.anyConfident()) {
                        wronglyShown.add("\"" + phrasing + "\" -> \"" + zoomcampAll.title(shown.confident().getFirst())
                                + "\"");
                    }
                    stackOff.add(stackBm25.search(phrasing, K), List.of(), stackThreads.shown(phrasing), Set.of());
                }
                List<String> examples = new ArrayList<>();
                for (int i = 0; i < Math.min(EXAMPLES, wronglyShown.size()); i++) {
                    examples.add(wronglyShown.get(i * wronglyShown.size() / EXAMPLES));
                }
                Map<Integer, Row> buckets = new TreeMap<>();
                offByWords.forEach((n, s) -> buckets.put(n, s.metrics()));
                AbstentionResult result = new AbstentionResult(zoomOn.metrics(), stackOn, zoomOff.metrics(),
                        stackOff.metrics(), buckets, List.copyOf(examples));
                figure("abstention.zoomcamp.offtopic.confident", result.zoomcampOff().confident().answeredShare());
                figure("abstention.stackfaq.offtopic.confident", result.stackOff().confident().answeredShare());
                figure("abstention.zoomcamp.ontopic.precision",
                        result.zoomcampOn().confident().precisionAt1WhenAnswered());
                return result;
            }
        }
    }

    /** Every distinct French and English chit-chat phrasing (the short run: an even sample of each). */
    private List<String> offTopic(Chitchat french, Chitchat english) {
        int size = mode == Mode.SHORT ? SHORT_OFF_TOPIC : 0;
        List<String> all = new ArrayList<>(sample(french.allPhrasings(), size));
        all.addAll(sample(english.allPhrasings(), size));
        return List.copyOf(all);
    }

    /** 5. Time for the bot to handle a question in a direct message, over every zoomcamp question, after a warm-up. */
    private Latency latency(KnowledgeBase kb, Zoomcamp zoomcamp) {
        List<String> questions = zoomcamp.queries().stream().map(Zoomcamp.Query::question).toList();
        log("timing: %d warm-up questions, then %d timed", WARM_UP, questions.size());
        for (int i = 0; i < WARM_UP; i++) {
            kb.shown(questions.get(i % questions.size()));
        }
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long start = System.nanoTime();
            kb.shown(questions.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        return Latency.of(nanos);
    }

    private void figure(String name, double value) {
        figures.put(name, value);
    }

    private int bucket(String query, Language language) {
        return Math.min(MAX_BUCKET, words.of(query, language).size());
    }

    /** {@code size} items spread evenly over {@code all} (all of them when size is 0 or not smaller). */
    static <T> List<T> sample(List<T> all, int size) {
        if (size <= 0 || size >= all.size()) {
            return all;
        }
        List<T> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(all.get((int) ((long) i * all.size() / size)));
        }
        return List.copyOf(sample);
    }

    static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    private static final long STARTED = System.nanoTime();

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] %4.0f s  " + format + "%n",
                Stream.concat(Stream.of((System.nanoTime() - STARTED) / 1e9), Arrays.stream(args)).toArray());
    }

    /** The same queries through the baseline, the ranking and the bot, added up together. */
    private static final class Systems {
        private final Metrics.Tally bm25 = new Metrics.Tally();
        private final Metrics.Tally ranking = new Metrics.Tally();
        private final Metrics.Tally confident = new Metrics.Tally();
        private final Metrics.Tally shown = new Metrics.Tally();

        void add(List<String> baseline, List<String> ranked, Shown bot, Set<String> relevant) {
            bm25.add(baseline, relevant);
            ranking.add(ranked, relevant);
            confident.add(bot.confident(), relevant);
            shown.add(bot.all(), relevant);
        }

        void addAll(Systems other) {
            bm25.addAll(other.bm25);
            ranking.addAll(other.ranking);
            confident.addAll(other.confident);
            shown.addAll(other.shown);
        }

        Row metrics() {
            return new Row(bm25.metrics(), ranking.metrics(), confident.metrics(), shown.metrics());
        }
    }

    /**
     * One set of queries measured four ways: the plain BM25 baseline, Passerelle's ranking, the entries the bot
     * shows as the answer (confident) and every entry it shows (confident and likely).
     */
    record Row(Metrics bm25, Metrics ranking, Metrics confident, Metrics shown) {}

    record Build(String name, int entries, double storeSeconds, double indexSeconds) {
        static Build of(String name, KnowledgeBase kb) {
            return new Build(name, kb.size(), kb.storeSeconds(), kb.indexSeconds());
        }
    }

    record CourseResult(String course, int entries, Row row) {}

    record ZoomcampResult(List<CourseResult> courses, Row total, Map<Integer, Row> byWords) {}

    /** @param pairs per system ({@code bm25-question}, {@code bm25}, {@code ranking}, {@code confident}, {@code shown}) */
    record StackFaqResult(int threads, int pairCount, Row perThread, Map<String, Metrics> pairs) {}

    record ChitchatResult(Language language, int qnas, int dropped, Row allHeldOut, Row halfIndexed) {}

    record CrossResult(int pairs, List<CrossRun> runs) {}

    /**
     * The cross-language check with one set of synonym sources.
     *
     * @param installed whether the system packages those sources read were all installed for the run
     */
    record CrossRun(String sources, boolean installed, Row englishOnFrench, Row englishOnEnglish,
            Row frenchOnEnglish, Row frenchOnFrench, Row faqEnglishOnFrench, Row faqFrenchOnEnglish) {

        /** The ranking's MRR@5 asked in the other language, as a share of the same queries' in their own. */
        double rankingShare() {
            return ratio(englishOnFrench.ranking().mrrAt5() + frenchOnEnglish.ranking().mrrAt5(),
                    englishOnEnglish.ranking().mrrAt5() + frenchOnFrench.ranking().mrrAt5());
        }

        /** The same share for what the bot shows as the answer. */
        double botShare() {
            return ratio(englishOnFrench.confident().mrrAt5() + frenchOnEnglish.confident().mrrAt5(),
                    englishOnEnglish.confident().mrrAt5() + frenchOnFrench.confident().mrrAt5());
        }
    }

    /** @param examples a few off-topic phrasings that got an entry shown over zoomcamp, with that entry's question */
    record AbstentionResult(Row zoomcampOn, Row stackOn, Row zoomcampOff, Row stackOff, Map<Integer, Row> offByWords,
            List<String> examples) {}

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

    /** @param latency null in the short run; chitchat empty in the short run */
    record Results(Mode mode, ZoomcampResult zoomcamp, StackFaqResult stackFaq, List<ChitchatResult> chitchat,
            CrossResult cross, AbstentionResult abstention, Latency latency, List<Build> builds,
            Map<String, Double> figures) {}
}
