package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Debian's FreeDict French→English and English→French dictionaries ({@code dict-freedict-fra-eng},
 * {@code dict-freedict-eng-fra}, GPL), read where dictd installs them and never copied: a {@code .index} of
 * {@code headword TAB offset TAB length} (base 64) into a {@code .dict.dz}, dictzip being gzip with an index in its
 * header, which a plain gzip stream reads. Each headword keeps the short terms of its first sense ({@link Senses}).
 * A word is looked up in the dictionary from the asker's language only.
 */
public final class FreeDict implements Lexicon {

    /** One direction: the Debian package, its file name under {@code dictd/}, the languages it goes from and to. */
    public enum Direction {
        FRA_ENG("dict-freedict-fra-eng", "freedict-fra-eng", Language.FR, Language.EN),
        ENG_FRA("dict-freedict-eng-fra", "freedict-eng-fra", Language.EN, Language.FR);

        private final SystemFiles files;
        private final Language from;
        private final Language to;

        Direction(String packageName, String fileName, Language from, Language to) {
            this.files = new SystemFiles(packageName, "dictd", fileName + ".index", fileName + ".dict.dz");
            this.from = from;
            this.to = to;
        }

        public String packageName() {
            return files.packageName();
        }

        Path index(Path systemData) {
            return files.first(systemData);
        }

        Path dict(Path systemData) {
            return files.second(systemData);
        }

        public boolean installedUnder(Path systemData) {
            return files.installedUnder(systemData);
        }
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Map<Language, Map<String, List<Alternative>>> byAsker = new EnumMap<>(Language.class);

    /** Reads the directions installed under {@code systemData} ({@code /usr/share}); none may be. */
    public static FreeDict open(Path systemData) {
        FreeDict dictionary = new FreeDict();
        for (Direction direction : Direction.values()) {
            if (direction.installedUnder(systemData)) {
                dictionary.byAsker.put(direction.from, read(direction, systemData));
            }
        }
        return dictionary;
    }

    public boolean has(Direction direction) {
        return byAsker.containsKey(direction.from);
    }

    /** How many headwords of this direction have alternatives. */
    public int headwords(Direction direction) {
        return byAsker.getOrDefault(direction.from, Map.of()).size();
    }

    @Override
    public SynonymSource source() {
        return SynonymSource.FREEDICT;
    }

    @Override
    public List<Alternative> alternatives(String key, Language asker) {
        return byAsker.getOrDefault(asker, Map.of()).getOrDefault(key, List.of());
    }

    private static Map<String, List<Alternative>> read(Direction direction, Path systemData) {
        try {
            byte[] dict;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(direction.dict(systemData)))) {
                dict = in.readAllBytes();
            }
            Map<String, List<Alternative>> terms = new HashMap<>();
            for (String line : Files.readAllLines(direction.index(systemData), StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (fields.length < 3 || fields[0].startsWith("00database")) {
                    continue;
                }
                int offset = (int) base64(fields[1]);
                int length = (int) base64(fields[2]);
                if (offset < 0 || length <= 0 || offset + length > dict.length) {
                    continue;
                }
                String key = Keys.of(fields[0]);
                List<String> kept = Senses.keep(key, firstSense(new String(dict, offset, length, StandardCharsets.UTF_8)));
                if (!key.isEmpty() && !kept.isEmpty()) {
                    terms.computeIfAbsent(key, k -> kept.stream()
                            .map(term -> new Alternative(term, direction.to, SynonymSource.FREEDICT)).toList());
                }
            }
            return Map.copyOf(terms);
        } catch (IOException e) {
            throw direction.files.unreadable(direction.dict(systemData), e);
        }
    }

    /** An entry is its headword line ("congé /kɔ̃ʒe/ &lt;n, masc&gt;"), then senses, numbered when several. */
    static List<String> firstSense(String entry) {
        List<String> lines = entry.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() < 2) {
            return List.of();
        }
        String sense = lines.get(1).replaceFirst("^1\\.\\s*", "");
        return new ArrayList<>(Arrays.asList(sense.split(",")));
    }

    static long base64(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = BASE64.indexOf(digits.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 64 + digit;
        }
        return value;
    }
}
