package dev.passerelle.core.search;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which synonym sources a search expands words with, mapped from configuration by the application.
 *
 * @param glossary   the company glossary file ({@code CRM = Salesforce}), re-read when it changes; none when null
 * @param sources    the sources to use; {@link SynonymSource#GLOSSARY} counts only with a file
 * @param systemData where Debian installs shared data ({@code /usr/share}): {@code dictd/} and {@code mythes/}
 */
public record SynonymSettings(@Nullable Path glossary, Set<SynonymSource> sources, Path systemData) {

    public static final Path SYSTEM_DATA = Path.of("/usr/share");

    public SynonymSettings {
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    }

    /** What a deployment gets: every source, the dictionaries where they are installed, the glossary when given. */
    public static SynonymSettings all(@Nullable Path glossary) {
        return new SynonymSettings(glossary, EnumSet.allOf(SynonymSource.class), SYSTEM_DATA);
    }

    /** The built-in vocabulary only: the same on every machine, whatever it has installed. */
    public static SynonymSettings builtIn() {
        return new SynonymSettings(null, Set.of(SynonymSource.BUILT_IN), SYSTEM_DATA);
    }

    /** No expansion: words match only as typed. */
    public static SynonymSettings none() {
        return new SynonymSettings(null, Set.of(), SYSTEM_DATA);
    }

    public Optional<Path> glossaryFile() {
        return Optional.ofNullable(glossary).filter(path -> sources.contains(SynonymSource.GLOSSARY));
    }

    public boolean uses(SynonymSource source) {
        return sources.contains(source);
    }
}
