package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases one language uses to ask who knows, to thank, to complain…, read from
 * {@code lexicon-fr.txt} / {@code lexicon-en.txt} beside this class and folded like messages.
 * Files are lists of phrases under {@code [section]} headings; '#' starts a comment line.
 */
final class Lexicon {

    /** One heading of a lexicon file; its name there is the lower-case, hyphenated constant. */
    enum Section {
        LANGUAGE_CUES, FAQ_TAGS, INSIGHT_TAGS, PAIN_TAGS,
        WHO_KNOWS, TOPIC_FILLERS, TOPIC_TRAILERS, NOT_A_TOPIC,
        INSIGHT_HEADINGS, INSIGHT_OPENERS, PAIN_PHRASES,
        THANKS, APPROVALS, CONFIRMATIONS_ALONE, CONTRASTS,
        QUESTION_OPENERS, NOT_QUESTION_OPENERS,
        WHO_DOES, TOPIC_ARTICLES, TEAM_ASKERS, TEAM_INSIDE, TEAM_OUTSIDE, NOT_A_TEAM, TEAM_NOUNS,
        SMALL_TALK_GREETINGS, SMALL_TALK_OTHER, SMALL_TALK_ADDRESSEES,
        SELF_ANSWER_OPENERS, SELF_ANSWER_PREAMBLES, SELF_ANSWER_ASIDES, SELF_ANSWER_LEADS;

        static Section named(String heading, String resource) {
            try {
                return valueOf(heading.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + " has an unknown section [" + heading + "]", e);
            }
        }
    }

    // Immutable and read once, like Lucene's default stop-word sets: no reason to parse per reader.
    private static final Map<Language, Lexicon> LOADED = loadAll();

    private final Map<Section, List<String>> phrases;

    private Lexicon(Map<Section, List<String>> phrases) {
        this.phrases = phrases;
    }

    static Lexicon of(Language language) {
        return LOADED.get(language);
    }

    /** Both languages at once: people switch languages mid-sentence, so phrases match either way. */
    static Lexicon bilingual() {
        var merged = new EnumMap<Section, List<String>>(Section.class);
        for (Section section : Section.values()) {
            var both = new ArrayList<String>();
            for (Lexicon lexicon : LOADED.values()) {
                both.addAll(lexicon.phrases(section));
            }
            merged.put(section, sortedLongestFirst(both));
        }
        return new Lexicon(merged);
    }

    /** Folded phrases of a section, longest first so that "pro tip" is tried before "tip". */
    List<String> phrases(Section section) {
        return phrases.getOrDefault(section, List.of());
    }

    private static Map<Language, Lexicon> loadAll() {
        var all = new EnumMap<Language, Lexicon>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, load("lexicon-" + language.code() + ".txt"));
        }
        return all;
    }

    private static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " beside " + Lexicon.class.getName()
                        + ": check that bot-core's resources are on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static Lexicon parse(List<String> lines, String resource) {
        var phrases = new EnumMap<Section, List<String>>(Section.class);
        Section current = null;
        for (String line : lines) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("[") && entry.endsWith("]")) {
                current = Section.named(entry.substring(1, entry.length() - 1), resource);
                phrases.putIfAbsent(current, new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(resource + " has a phrase before any [section]: " + entry);
            } else {
                phrases.get(current).add(FoldedText.fold(entry));
            }
        }
        phrases.replaceAll((section, list) -> sortedLongestFirst(list));
        return new Lexicon(phrases);
    }

    private static List<String> sortedLongestFirst(List<String> phrases) {
        return phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
