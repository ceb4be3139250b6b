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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Debian's FreeDict French→English and English→French dictionaries ({@code dict-freedict-fra-eng},
 * {@code dict-freedict-eng-fra}, GPL), read where dictd installs them and never copied: a {@code .index} of
 * {@code headword TAB offset TAB length} (base 64) into a {@code .dict.dz}, dictzip being gzip with an index in its
 * header, which a plain gzip stream reads. A word of the asker's language gets the short translations
 * ({@link Senses}) its own entry gives, sense by sense, and those the other direction's entries give back, the
 * translations both agree on first and {@link Alternative#confirmed() confirmed} ({@link BilingualEntries}).
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

    private static final Pattern NUMBER = Pattern.compile("^\\d+\\.\\s*");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Map<Language, Map<String, List<Alternative>>> byAsker = new EnumMap<>(Language.class);
    private final Map<Direction, Integer> headwords = new EnumMap<>(Direction.class);

    /** Reads the directions installed under {@code systemData} ({@code /usr/share}); none may be. */
    public static FreeDict open(Path systemData) {
        FreeDict dictionary = new FreeDict();
        Map<Direction, List<BilingualEntries.Entry>> entries = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            List<BilingualEntries.Entry> read = direction.installedUnder(systemData) ? read(direction, systemData)
                    : List.of();
            entries.put(direction, read);
            if (!read.isEmpty()) {
                dictionary.headwords.put(direction, read.size());
            }
        }
        for (Direction direction : Direction.values()) {
            Direction back = direction == Direction.FRA_ENG ? Direction.ENG_FRA : Direction.FRA_ENG;
            if (!entries.get(direction).isEmpty() || !entries.get(back).isEmpty()) {
                dictionary.byAsker.put(direction.from, BilingualEntries.translations(entries.get(direction),
                        entries.get(back), direction.to));
            }
        }
        return dictionary;
    }

    public boolean has(Direction direction) {
        return headwords.containsKey(direction);
    }

    /** How many entries this direction has. */
    public int headwords(Direction direction) {
        return headwords.getOrDefault(direction, 0);
    }

    /** How many words of {@code asker}'s language have translations, from either direction. */
    public int translated(Language asker) {
        return byAsker.getOrDefault(asker, Map.of()).size();
    }

    @Override
    public SynonymSource source() {
        return SynonymSource.FREEDICT;
    }

    @Override
    public List<Alternative> alternatives(String key, Language asker) {
        return byAsker.getOrDefault(asker, Map.of()).getOrDefault(key, List.of());
    }

    private static List<BilingualEntries.Entry> read(Direction direction, Path systemData) {
        try {
            byte[] dict;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(direction.dict(systemData)))) {
                dict = in.readAllBytes();
            }
            List<BilingualEntries.Entry> entries = new ArrayList<>();
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
                List<List<String>> senses = senses(new String(dict, offset, length, StandardCharsets.UTF_8));
                if (!senses.isEmpty()) {
                    entries.add(new BilingualEntries.Entry(fields[0], senses));
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw direction.files.unreadable(direction.dict(systemData), e);
        }
    }

    /**
     * An entry is its headword line ("congé /kɔ̃ʒe/ &lt;n, masc&gt;"), then its senses, one a line, numbered
     * ("1. spare time, time off, vacation") when there are several; each sense is a list of terms.
     */
    static List<List<String>> senses(String entry) {
        List<String> lines = entry.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<List<String>> senses = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String sense = NUMBER.matcher(line).replaceFirst("");
            List<String> terms = Arrays.stream(sense.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            if (!terms.isEmpty()) {
                senses.add(terms);
            }
        }
        return List.copyOf(senses);
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
