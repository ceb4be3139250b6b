package dev.passerelle.bench;

import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Bot Framework "professional" chit-chat knowledge base ({@code faq-fr-en-botframework-qna}),
 * in French or English: each QnA's primary question and answer are indexed; its alternate
 * phrasings are held out as queries. A phrasing that belongs to more than one QnA is dropped.
 */
record Chitchat(Language language, List<QnA> qnas, List<Query> queries, int ambiguousDropped) {

    static final String FOLDER = "faq-fr-en-botframework-qna";

    record QnA(String id, String question, List<String> alternates, String answer) {
        KnowledgeBase.Faq faq() {
            return new KnowledgeBase.Faq(id, question, answer);
        }
    }

    /** A held-out phrasing and the QnA it belongs to. */
    record Query(String text, String qna) {}

    static Chitchat load(Path data, Language language) {
        return load(data, language, "chitchat");
    }

    /** The set's small FAQ ({@code faq.*.jsonl}: 8 QnA per language, the same ids in both, no alternates). */
    static Chitchat loadFaq(Path data, Language language) {
        return load(data, language, "faq");
    }

    private static Chitchat load(Path data, Language language, String set) {
        String file = set + "." + (language == Language.FR ? "fr-fr" : "en-us") + ".jsonl";
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<QnA> qnas = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(data.resolve(FOLDER).resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    qnas.add(json.readValue(line, QnA.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        Map<String, Set<String>> owners = new HashMap<>();
        for (QnA qna : qnas) {
            qna.alternates().forEach(alt -> owners.computeIfAbsent(normal(alt), k -> new LinkedHashSet<>()).add(qna.id()));
        }
        List<Query> queries = new ArrayList<>();
        int dropped = 0;
        for (QnA qna : qnas) {
            Set<String> seen = new LinkedHashSet<>();
            for (String alt : qna.alternates()) {
                String key = normal(alt);
                if (owners.get(key).size() > 1) {
                    dropped++;
                } else if (seen.add(key)) {
                    queries.add(new Query(alt, qna.id()));
                }
            }
        }
        return new Chitchat(language, List.copyOf(qnas), List.copyOf(queries), dropped);
    }

    /**
     * The dataset README's variant: every second held-out phrasing of a QnA is indexed with it
     * (added to its question, as other ways to ask it) and only the rest are queries.
     */
    record Split(List<KnowledgeBase.Faq> faqs, List<Query> queries) {}

    Split split() {
        Map<String, List<String>> byQna = new LinkedHashMap<>();
        queries.forEach(query -> byQna.computeIfAbsent(query.qna(), k -> new ArrayList<>()).add(query.text()));
        List<KnowledgeBase.Faq> faqs = new ArrayList<>();
        List<Query> heldOut = new ArrayList<>();
        for (QnA qna : qnas) {
            List<String> phrasings = byQna.getOrDefault(qna.id(), List.of());
            StringBuilder title = new StringBuilder(qna.question());
            for (int i = 0; i < phrasings.size(); i++) {
                if (i % 2 == 0) {
                    title.append('\n').append(phrasings.get(i));
                } else {
                    heldOut.add(new Query(phrasings.get(i), qna.id()));
                }
            }
            faqs.add(new KnowledgeBase.Faq(qna.id(), title.toString(), qna.answer()));
        }
        return new Split(List.copyOf(faqs), List.copyOf(heldOut));
    }

    /** Every distinct phrasing, primary questions included: used as off-topic questions. */
    List<String> allPhrasings() {
        Set<String> all = new LinkedHashSet<>();
        qnas.forEach(qna -> all.add(qna.question()));
        queries.forEach(query -> all.add(query.text()));
        return List.copyOf(all);
    }

    /**
     * The French and English QnA that answer the same thing, French id to English id (from
     * {@code chitchat-fr-en.tsv} beside this class: the two files' ids are not aligned).
     */
    static Map<String, String> frenchToEnglish() {
        Map<String, String> pairs = new LinkedHashMap<>();
        try (var in = Chitchat.class.getResourceAsStream("chitchat-fr-en.tsv")) {
            if (in == null) {
                throw new IllegalStateException("chitchat-fr-en.tsv is missing from the bench's resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] ids = line.strip().split("\t");
                    pairs.put(ids[0], ids[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static String normal(String text) {
        return text.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
