package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The company's own words ({@code passerelle.search.glossary}): one line per set of terms that mean the same,
 * {@code CRM = Salesforce}, {@code congés = vacances = PTO}, multi-word terms allowed, {@code #} comments and blank
 * lines ignored. The terms have no language: each is searched with both analyses.
 *
 * <p>It is re-read when the file changes: before a question, at most every few seconds, its modification time and
 * size are compared with the last read (a stat, no read). Polling rather than a {@code WatchService}: it sees a file
 * replaced by a rename, on a mounted volume, or created after the start, and needs no thread. A line that is not
 * {@code term = term} is skipped with one log line giving its number (not its text).
 */
public final class Glossary implements Lexicon {

    private static final Logger log = LoggerFactory.getLogger(Glossary.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(3);

    private record Stamp(long modifiedMillis, long size) {
        static final Stamp MISSING = new Stamp(-1, -1);
    }

    private final Path file;
    private final long checkEveryNanos;
    private volatile Map<String, List<Alternative>> terms = Map.of();
    private volatile int lines;
    private @Nullable Stamp read;
    private long nextCheck;

    Glossary(Path file, Duration checkEvery) {
        this.file = file;
        this.checkEveryNanos = checkEvery.toNanos();
        this.nextCheck = System.nanoTime();
        refresh();
    }

    /** Reads the glossary now, and again when it changes. */
    public static Glossary open(Path file) {
        return new Glossary(file, CHECK_EVERY);
    }

    @Override
    public SynonymSource source() {
        return SynonymSource.GLOSSARY;
    }

    @Override
    public List<Alternative> alternatives(String key, Language asker) {
        return terms.getOrDefault(key, List.of());
    }

    /** The lines of terms last read. */
    public int lines() {
        return lines;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void refresh() {
        long now = System.nanoTime();
        if (now - nextCheck < 0) {
            return;
        }
        nextCheck = now + checkEveryNanos;
        Stamp current = stamp();
        if (current.equals(read)) {
            return;
        }
        boolean first = read == null;
        read = current;
        if (current.equals(Stamp.MISSING)) {
            log.warn("Glossary {} not found: no company synonyms until it exists", file);
            terms = Map.of();
            lines = 0;
            return;
        }
        load();
        if (!first) {
            log.info("Glossary {} re-read: {} lines of terms", file, lines);
        }
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size());
        } catch (IOException e) {
            return Stamp.MISSING;
        }
    }

    private void load() {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Glossary {} cannot be read ({}): keeping the terms read before", file, e.getClass().getSimpleName());
            return;
        }
        EquivalenceSets sets = new EquivalenceSets();
        int read = 0;
        for (int i = 0; i < text.size(); i++) {
            String line = withoutComment(text.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> parts = Arrays.stream(line.split("=", -1)).map(String::strip).toList();
            long distinct = parts.stream().map(Keys::of).distinct().count();
            if (parts.size() < 2 || parts.stream().anyMatch(part -> Keys.of(part).isEmpty()) || distinct < 2) {
                log.warn("Glossary {}: line {} skipped, expected 'term = term' (more '= term' allowed)", file, i + 1);
                continue;
            }
            sets.add(parts.stream().map(part -> new Alternative(part, null, SynonymSource.GLOSSARY)).toList());
            read++;
        }
        terms = sets.build();
        lines = read;
    }

    /** A {@code #} starts a comment at the start of a line or after a space, so "C#" stays a term. */
    private static String withoutComment(String line) {
        int at = line.startsWith("#") ? 0 : line.indexOf(" #");
        return at < 0 ? line : line.substring(0, at);
    }
}
