package dev.passerelle.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * StackFAQ ({@code faq-stackfaq}, Karan and Šnajder 2018): 125 StackExchange threads, each with its question, its
 * top answers and crowd-written paraphrases of the need behind it (1,249 usable; {@code "*"} and null skipped).
 * Two views of the same threads: one FAQ per thread (title the question, body the answers), and one FAQ per
 * question/answer pair, as the published baseline indexes it (every pair of the thread is relevant).
 */
record StackFaq(List<Thread> threads, List<Query> queries) {

    static final String FOLDER = "faq-stackfaq";

    record Thread(String id, String question, List<String> answers) {
        KnowledgeBase.Faq faq() {
            return new KnowledgeBase.Faq(id, question, String.join("\n\n", answers));
        }

        /** The key of this thread's {@code n}th question/answer pair. */
        String pair(int n) {
            return id + "/" + n;
        }
    }

    /** A paraphrase and the thread it paraphrases. */
    record Query(String text, String thread) {}

    static StackFaq load(Path data) {
        JsonNode root = JsonMapper.builder().build()
                .readTree(data.resolve(FOLDER).resolve("stackExchange-FAQ.json").toFile());
        List<Thread> threads = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (JsonNode pair : root.path("root").path("qapair")) {
            String id = "t" + (threads.size() + 1);
            List<String> answers = new ArrayList<>();
            for (JsonNode answer : array(pair.path("answer"))) {
                if (answer.isString() && !answer.asString().isBlank()) {
                    answers.add(answer.asString().strip());
                }
            }
            threads.add(new Thread(id, pair.path("question").asString().strip(), List.copyOf(answers)));
            for (JsonNode rephr : array(pair.path("rephr"))) {
                if (rephr.isString() && !rephr.asString().isBlank() && !rephr.asString().strip().equals("*")) {
                    queries.add(new Query(rephr.asString().strip(), id));
                }
            }
        }
        return new StackFaq(List.copyOf(threads), List.copyOf(queries));
    }

    List<KnowledgeBase.Faq> threadFaqs() {
        return threads.stream().map(Thread::faq).toList();
    }

    /** One FAQ per question/answer pair: title the thread's question, body one answer. */
    List<KnowledgeBase.Faq> pairFaqs() {
        List<KnowledgeBase.Faq> faqs = new ArrayList<>();
        for (Thread thread : threads) {
            for (int n = 0; n < thread.answers().size(); n++) {
                faqs.add(new KnowledgeBase.Faq(thread.pair(n), thread.question(), thread.answers().get(n)));
            }
        }
        return faqs;
    }

    /** The keys of every question/answer pair of a thread: all relevant to its paraphrases. */
    Set<String> pairsOf(String threadId) {
        Thread thread = threads.stream().filter(t -> t.id().equals(threadId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no thread " + threadId));
        Set<String> keys = new LinkedHashSet<>();
        for (int n = 0; n < thread.answers().size(); n++) {
            keys.add(thread.pair(n));
        }
        return Set.copyOf(keys);
    }

    int pairs() {
        return threads.stream().mapToInt(t -> t.answers().size()).sum();
    }

    private static Iterable<JsonNode> array(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? node : List.of(node);
    }
}
