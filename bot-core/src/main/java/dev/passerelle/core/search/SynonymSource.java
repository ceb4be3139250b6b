package dev.passerelle.core.search;

/**
 * Where a word's alternatives come from, in the order they are trusted: the company's own glossary, Passerelle's
 * built-in French↔English workplace vocabulary, then the system's bilingual dictionaries and thesauri (Debian
 * packages, read where they are installed).
 */
public enum SynonymSource {
    GLOSSARY("passerelle.search.glossary"),
    BUILT_IN("built-in"),
    FREEDICT("dict-freedict-fra-eng, dict-freedict-eng-fra"),
    MYTHES("mythes-fr, mythes-en-us");

    private final String origin;

    SynonymSource(String origin) {
        this.origin = origin;
    }

    /** The property or the Debian packages that provide this source, for the start-up line. */
    public String origin() {
        return origin;
    }
}
