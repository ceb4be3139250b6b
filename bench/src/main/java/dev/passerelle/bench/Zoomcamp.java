package dev.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DataTalks.Club zoomcamp FAQ set ({@code faq-datatalks-zoomcamp}): 948 course FAQ entries and
 * 4,627 synthetic questions, each with the one entry that answers it.
 */
record Zoomcamp(List<Doc> docs, List<Query> queries) {

    static final String FOLDER = "faq-datatalks-zoomcamp";

    record Doc(String id, String course, String section, String question, String text) {
        KnowledgeBase.Faq faq() {
            return new KnowledgeBase.Faq(id, question, text);
        }
    }

    record Query(String question, String course, String document) {}

    static Zoomcamp load(Path data) {
        Path folder = data.resolve(FOLDER);
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Doc> docs = json.readValue(folder.resolve("documents-with-ids.json").toFile(), new TypeReference<>() {});
        List<Query> queries = new ArrayList<>();
        List<List<String>> rows = Csv.read(folder.resolve("ground-truth-data.csv"));
        if (!rows.getFirst().equals(List.of("question", "course", "document"))) {
            throw new IllegalStateException("Unexpected header in ground-truth-data.csv: " + rows.getFirst());
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            queries.add(new Query(row.get(0), row.get(1), row.get(2)));
        }
        return new Zoomcamp(List.copyOf(docs), List.copyOf(queries));
    }

    /** The entries of each course, courses in name order (the published baseline filters by course). */
    Map<String, List<Doc>> docsByCourse() {
        return docs.stream().collect(Collectors.groupingBy(Doc::course, TreeMap::new, Collectors.toList()));
    }

    Map<String, List<Query>> queriesByCourse() {
        return queries.stream().collect(Collectors.groupingBy(Query::course, TreeMap::new, Collectors.toList()));
    }

    /** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        private Csv() {}

        static List<List<String>> read(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
