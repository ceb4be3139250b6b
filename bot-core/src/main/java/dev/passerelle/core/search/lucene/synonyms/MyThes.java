package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's MyThes thesauri ({@code mythes-fr}, LGPL, and {@code mythes-en-us}, from WordNet), read where they are
 * installed and never copied. The {@code .idx} (its encoding, a count, then {@code word|offset} lines) is held in
 * memory for one- and two-word headwords; an entry of the {@code .dat} ({@code word|meanings}, then one
 * {@code (pos)|synonym|synonym…} line per meaning) is read when a question needs it, and keeps the short synonyms of
 * its first meaning ({@link Senses}). A word is looked up in the asker's language's thesaurus only.
 */
public final class MyThes implements Lexicon {

    /** One thesaurus: the Debian package, its files under {@code mythes/}, its language. */
    public enum Thesaurus {
        FR("mythes-fr", "th_fr_FR_v2", Language.FR),
        EN("mythes-en-us", "th_en_US_v2", Language.EN);

        private final SystemFiles files;
        private final Language language;

        Thesaurus(String packageName, String fileName, Language language) {
            this.files = new SystemFiles(packageName, "mythes", fileName + ".idx", fileName + ".dat");
            this.language = language;
        }

        public String packageName() {
            return files.packageName();
        }

        Path idx(Path systemData) {
            return files.first(systemData);
        }

        Path dat(Path systemData) {
            return files.second(systemData);
        }

        public boolean installedUnder(Path systemData) {
            return files.installedUnder(systemData);
        }
    }

    private static final int MAX_ENTRY_BYTES = 8192;

    private record Opened(FileChannel dat, Charset charset, Map<String, Long> offsets) {}

    private final Map<Language, Opened> byLanguage = new EnumMap<>(Language.class);

    /** Opens the thesauri installed under {@code systemData} ({@code /usr/share}); none may be. */
    public static MyThes open(Path systemData) {
        MyThes thesauri = new MyThes();
        for (Thesaurus thesaurus : Thesaurus.values()) {
            if (thesaurus.installedUnder(systemData)) {
                thesauri.byLanguage.put(thesaurus.language, open(thesaurus, systemData));
            }
        }
        return thesauri;
    }

    public boolean has(Thesaurus thesaurus) {
        return byLanguage.containsKey(thesaurus.language);
    }

    public int headwords(Thesaurus thesaurus) {
        Opened opened = byLanguage.get(thesaurus.language);
        return opened == null ? 0 : opened.offsets().size();
    }

    @Override
    public SynonymSource source() {
        return SynonymSource.MYTHES;
    }

    @Override
    public List<Alternative> alternatives(String key, Language asker) {
        Opened opened = byLanguage.get(asker);
        Long offset = opened == null ? null : opened.offsets().get(key);
        if (offset == null) {
            return List.of();
        }
        return Senses.keep(key, firstMeaning(read(opened, offset))).stream()
                .map(term -> new Alternative(term, asker, SynonymSource.MYTHES)).toList();
    }

    @Override
    public void close() {
        for (Opened opened : byLanguage.values()) {
            try {
                opened.dat().close();
            } catch (IOException e) {
                // nothing was written: nothing is lost
            }
        }
    }

    private static Opened open(Thesaurus thesaurus, Path systemData) {
        try {
            List<String> idx = Files.readAllLines(thesaurus.idx(systemData), StandardCharsets.ISO_8859_1);
            Charset charset = charset(idx.isEmpty() ? "" : idx.getFirst());
            Map<String, Long> offsets = new HashMap<>();
            for (String raw : idx.subList(Math.min(2, idx.size()), idx.size())) {
                String line = new String(raw.getBytes(StandardCharsets.ISO_8859_1), charset);
                int bar = line.lastIndexOf('|');
                if (bar <= 0) {
                    continue;
                }
                String key = Keys.of(line.substring(0, bar));
                if (!key.isEmpty() && key.split(" ").length <= 2) {
                    try {
                        offsets.putIfAbsent(key, Long.parseLong(line.substring(bar + 1).strip()));
                    } catch (NumberFormatException ignored) {
                        // a damaged line: that word has no synonyms
                    }
                }
            }
            return new Opened(FileChannel.open(thesaurus.dat(systemData), StandardOpenOption.READ), charset,
                    Map.copyOf(offsets));
        } catch (IOException e) {
            throw thesaurus.files.unreadable(thesaurus.idx(systemData), e);
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A positional read: several questions may look words up at once. */
    private static String read(Opened opened, long offset) {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_ENTRY_BYTES);
        try {
            opened.dat().read(buffer, offset);
        } catch (IOException e) {
            return "";
        }
        return new String(buffer.array(), 0, buffer.position(), opened.charset());
    }

    /** The entry's first meaning line, without its part of speech. */
    static List<String> firstMeaning(String entry) {
        List<String> lines = entry.lines().limit(2).toList();
        if (lines.size() < 2) {
            return List.of();
        }
        List<String> fields = Arrays.asList(lines.get(1).split("\\|"));
        return fields.subList(Math.min(1, fields.size()), fields.size());
    }
}
