package dev.passerelle.bench;

import dev.passerelle.bench.ExpertSet.Piece;
import dev.passerelle.bench.ExpertSet.Query;
import dev.passerelle.bench.ExpertSet.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The DBLP expert-finding set of Brochier et al. (BIR 2020): papers (title and abstract) with their authors, seven
 * topics with their experts. Two protocols: each topic's name as a "who knows" query ranking every author; and the
 * paper's own protocol, each of the 114 labelled papers as the query ranking the 199 evaluation candidates (an
 * expert of any of the paper's topics is relevant). As in the paper's evaluation, the query paper stays in the
 * corpus, for every system alike.
 */
final class Dblp {

    static final String FOLDER = "expert-finding-dblp-brochier";
    private static final Instant WHEN = Instant.parse("2019-01-01T00:00:00Z");

    private Dblp() {
    }

    /** Topic names as queries ("machine learning"), every author a candidate. */
    static ExpertSet topics(Path data) {
        Path dir = data.resolve(FOLDER);
        Map<String, String> topics = topicNames(dir);
        Map<String, Set<String>> experts = experts(dir);
        List<Query> queries = new ArrayList<>();
        topics.forEach((id, name) -> {
            String text = name.replace('_', ' ');
            queries.add(new Query("topic-" + id, text, text, null, experts.getOrDefault(id, Set.of()), null, Set.of()));
        });
        return new ExpertSet("dblp-topics", papers(dir), queries, null);
    }

    /** Labelled papers as queries, the 199 evaluation candidates ranked. */
    static ExpertSet documents(Path data) {
        Path dir = data.resolve(FOLDER);
        Map<String, Set<String>> experts = experts(dir);
        Map<String, String> texts = new HashMap<>();
        readDocuments(dir).forEach(doc -> texts.put(doc.get("doc_id").asString(), doc.get("text").asString()));
        List<Query> queries = new ArrayList<>();
        for (String line : lines(dir.resolve("labeled_query_documents.tsv"))) {
            String[] cols = line.split("\t");
            Set<String> relevant = new LinkedHashSet<>();
            for (String topic : cols[1].split("[,|; ]+")) {
                relevant.addAll(experts.getOrDefault(topic, Set.of()));
            }
            String text = texts.get(cols[0]);
            queries.add(new Query("doc-" + cols[0], text, text, null, relevant, null, Set.of()));
        }
        Set<String> candidates = new LinkedHashSet<>(lines(dir.resolve("evaluation_candidates.tsv")));
        return new ExpertSet("dblp-documents", papers(dir), queries, candidates);
    }

    /** One piece per (paper, author): each author wrote it. */
    private static List<Piece> papers(Path dir) {
        List<Piece> pieces = new ArrayList<>();
        for (JsonNode doc : readDocuments(dir)) {
            String id = doc.get("doc_id").asString();
            for (JsonNode author : doc.get("candidate_ids")) {
                pieces.add(new Piece(id, author.asString(), Role.AUTHORED, doc.get("text").asString(), null, null,
                        Set.of(), WHEN));
            }
        }
        return pieces;
    }

    private static Map<String, String> topicNames(Path dir) {
        Map<String, String> names = new java.util.TreeMap<>();
        lines(dir.resolve("topics.tsv")).forEach(l -> names.put(l.split("\t")[0], l.split("\t")[1]));
        return names;
    }

    private static Map<String, Set<String>> experts(Path dir) {
        Map<String, Set<String>> experts = new HashMap<>();
        lines(dir.resolve("expert_qrels.tsv")).forEach(l -> {
            String[] cols = l.split("\t");
            experts.computeIfAbsent(cols[0], k -> new LinkedHashSet<>()).add(cols[2]);
        });
        return experts;
    }

    private static List<JsonNode> readDocuments(Path dir) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("documents.jsonl"))) {
                if (!line.isBlank()) {
                    docs.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** A TSV file's rows, header left out. */
    private static List<String> lines(Path file) {
        try {
            List<String> all = Files.readAllLines(file);
            return all.subList(1, all.size()).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
