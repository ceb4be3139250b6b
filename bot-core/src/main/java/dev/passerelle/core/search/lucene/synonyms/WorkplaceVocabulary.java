package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Passerelle's own French↔English workplace vocabulary ({@code workplace-vocabulary.txt}, written for it): HR, finance,
 * sales, marketing, IT, legal and support terms, one line per meaning, {@code congés, vacances = vacation, PTO,
 * time off}: French terms left of {@code =}, English ones right, so a word of either finds the others, each searched
 * in its own language.
 */
public final class WorkplaceVocabulary implements Lexicon {

    static final String RESOURCE = "workplace-vocabulary.txt";

    /** One meaning: its French and its English terms. */
    public record Line(int number, List<String> french, List<String> english) {}

    private final List<Line> lines;
    private final Map<String, List<Alternative>> terms;

    private WorkplaceVocabulary(List<Line> lines) {
        this.lines = List.copyOf(lines);
        EquivalenceSets sets = new EquivalenceSets();
        for (Line line : lines) {
            sets.add(Stream.concat(
                    line.french().stream().map(term -> new Alternative(term, Language.FR, SynonymSource.BUILT_IN)),
                    line.english().stream().map(term -> new Alternative(term, Language.EN, SynonymSource.BUILT_IN)))
                    .toList());
        }
        this.terms = sets.build();
    }

    /** Reads the vocabulary from the classpath; a line that does not parse is a bug, and says where. */
    public static WorkplaceVocabulary load() {
        try (InputStream in = WorkplaceVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new WorkplaceVocabulary(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> parse(List<String> text) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=", -1);
            List<String> french = sides.length == 2 ? terms(sides[0]) : List.of();
            List<String> english = sides.length == 2 ? terms(sides[1]) : List.of();
            if (french.isEmpty() || english.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 'français, … = english, …'");
            }
            lines.add(new Line(i + 1, french, english));
        }
        return lines;
    }

    private static List<String> terms(String side) {
        List<String> terms = Arrays.stream(side.split(",")).map(String::strip).toList();
        return terms.stream().anyMatch(term -> Keys.of(term).isEmpty()) ? List.of() : terms;
    }

    public List<Line> lines() {
        return lines;
    }

    @Override
    public SynonymSource source() {
        return SynonymSource.BUILT_IN;
    }

    @Override
    public List<Alternative> alternatives(String key, Language asker) {
        return terms.getOrDefault(key, List.of());
    }
}
