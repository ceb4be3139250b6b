package dev.passerelle.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.Answers;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.search.lucene.LuceneIndex;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What learned ways of asking are worth, measured on public data (the Bot Framework chit-chat sets, French and
 * English: each QnA's question and answer as a FAQ, its other phrasings split in two). The even phrasings are what
 * askers confirmed (an entry keeps its first 20), the odd ones the next askers' paraphrases, answered as the bot
 * answers (the same search, gate and ranking), a fixed sample of about 400 of them. Skipped when the shared data is
 * absent.
 */
class LearnedAlternatesQualityTests {

    private static final Path DATA = Path.of("../../shared/data/faq-fr-en-botframework-qna");
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
    private static final int SHOWN = 3;
    private static final int ASKED = 400;

    @TempDir
    Path temp;

    record QnA(String id, String question, List<String> alternates, String answer) {}

    record Figures(int queries, double successAt1, double hitAtShown, double answered) {
        @Override
        public String toString() {
            return String.format("%d queries: S@1 %.3f, hit@%d %.3f, answered %.1f %%", queries, successAt1, SHOWN,
                    hitAtShown, 100 * answered);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void learnedAlternatesAnswerTheNextParaphrasesFarMoreOften(Language language) throws IOException {
        Path file = DATA.resolve("chitchat." + (language == Language.FR ? "fr-fr" : "en-us") + ".jsonl");
        assumeTrue(Files.isRegularFile(file), "shared data absent: " + file.toAbsolutePath().normalize());
        List<QnA> qnas = load(file);
        Map<String, List<String>> learned = new HashMap<>();
        Map<String, String> heldOut = new LinkedHashMap<>();
        split(qnas, learned, heldOut);
        Map<String, String> asked = sample(heldOut);

        Figures none = measure("none", language, qnas, Map.of(), asked, false);
        Figures alternates = measure("alternates", language, qnas, learned, asked, false);
        Figures appended = measure("appended", language, qnas, learned, asked, true);
        System.out.printf("chit-chat %s%n  nothing learned:           %s%n  learned as alternates:     %s%n"
                + "  appended to the question:  %s%n", language, none, alternates, appended);

        assertThat(alternates.successAt1()).isGreaterThan(none.successAt1() + 0.2);
        assertThat(alternates.answered()).isGreaterThan(none.answered());
    }

    /** Every n-th held-out phrasing, so that the suite stays quick: about {@value #ASKED} of them, always the same. */
    private static Map<String, String> sample(Map<String, String> heldOut) {
        int every = Math.max(1, heldOut.size() / ASKED);
        Map<String, String> sample = new LinkedHashMap<>();
        int i = 0;
        for (var phrasing : heldOut.entrySet()) {
            if (i++ % every == 0) {
                sample.put(phrasing.getKey(), phrasing.getValue());
            }
        }
        return sample;
    }

    /** Even phrasings are learned (the first 20 per QnA), odd ones asked; a phrasing of two QnAs is dropped. */
    private static void split(List<QnA> qnas, Map<String, List<String>> learned, Map<String, String> heldOut) {
        Map<String, Set<String>> owners = new HashMap<>();
        qnas.forEach(qna -> qna.alternates().forEach(alt -> owners.computeIfAbsent(fold(alt), k -> new LinkedHashSet<>())
                .add(qna.id())));
        for (QnA qna : qnas) {
            List<String> phrasings = qna.alternates().stream().filter(alt -> owners.get(fold(alt)).size() == 1)
                    .distinct().toList();
            for (int i = 0; i < phrasings.size(); i++) {
                if (i % 2 == 1) {
                    heldOut.put(phrasings.get(i), qna.id());
                } else if (learned.computeIfAbsent(qna.id(), k -> new ArrayList<>()).size() < 20) {
                    learned.get(qna.id()).add(phrasings.get(i));
                }
            }
        }
    }

    private Figures measure(String name, Language language, List<QnA> qnas, Map<String, List<String>> learned,
            Map<String, String> questions, boolean appendToQuestion) {
        Path dir = temp.resolve(name);
        try (SqliteStore store = SqliteStore.open(dir.resolve("data"))) {
            long author = store.people().resolve(Platform.LOCAL, "local", Sender.of("U1"), AT).id();
            Map<Long, String> qnaOf = new HashMap<>();
            store.transactions().run(() -> qnas.forEach(qna -> {
                List<String> ways = learned.getOrDefault(qna.id(), List.of());
                String title = appendToQuestion ? String.join("\n", concat(qna.question(), ways)) : qna.question();
                Entry entry = store.entries().insert(new NewEntry(EntryKind.FAQ, EntryStatus.VERIFIED, title,
                        qna.answer(), language, author, "local:local:general", false, null, null, List.of(), AT));
                qnaOf.put(entry.id(), qna.id());
                if (!appendToQuestion) {
                    ways.forEach(way -> store.entries().addAlternate(entry.id(),
                            new AlternateQuestion(way, fold(way), language, author, AT)));
                }
            }));
            try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"), store.changes(),
                    new StoreIndexSource(store))) {
                index.catchUp();
                Answers answers = new Answers(store.entries(), index, Clock.systemUTC());
                int first = 0;
                int shown = 0;
                int answered = 0;
                for (var question : questions.entrySet()) {
                    List<String> found = answers.search(question.getKey(), language, Audience.publicOnly(), SHOWN)
                            .stream().map(f -> qnaOf.get(f.entry().id())).toList();
                    answered += found.isEmpty() ? 0 : 1;
                    first += !found.isEmpty() && found.getFirst().equals(question.getValue()) ? 1 : 0;
                    shown += found.contains(question.getValue()) ? 1 : 0;
                }
                double n = questions.size();
                return new Figures(questions.size(), first / n, shown / n, answered / n);
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static String fold(String text) {
        return Folding.caseAndAccents(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<QnA> load(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<QnA> qnas = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                QnA raw = json.readValue(line, QnA.class);
                qnas.add(new QnA(String.valueOf(raw.id()), raw.question(), raw.alternates(), raw.answer()));
            }
        }
        return qnas;
    }
}
