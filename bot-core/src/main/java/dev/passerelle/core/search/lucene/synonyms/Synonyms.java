package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every synonym source a search uses, and the expansion of a question: its phrases are matched against each source,
 * longest first ("note de frais" before "note"), and each word of a matched phrase gets the phrase's alternatives,
 * so a document holding "expense report" answers both "note" and "frais".
 */
public final class Synonyms implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Synonyms.class);
    /** Alternatives kept per word, best weight first: enough for the vocabulary's lines, few of the dictionaries'. */
    static final int MAX_PER_WORD = 8;

    private final List<Lexicon> lexicons;

    public Synonyms(List<Lexicon> lexicons) {
        this.lexicons = lexicons.stream().sorted(Comparator.comparing(Lexicon::source)).toList();
    }

    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /** Opens the sources the settings ask for, the system's where they are installed, and says in one line which. */
    public static Synonyms open(SynonymSettings settings) {
        List<Lexicon> lexicons = new ArrayList<>();
        List<String> on = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        settings.glossaryFile().ifPresent(file -> {
            Glossary glossary = Glossary.open(file);
            lexicons.add(glossary);
            on.add("glossary " + file + " (" + glossary.lines() + " lines)");
        });
        if (settings.uses(SynonymSource.BUILT_IN)) {
            WorkplaceVocabulary vocabulary = WorkplaceVocabulary.load();
            lexicons.add(vocabulary);
            on.add("built-in vocabulary (" + vocabulary.lines().size() + " meanings)");
        }
        if (settings.uses(SynonymSource.FREEDICT)) {
            FreeDict dictionary = FreeDict.open(settings.systemData());
            lexicons.add(dictionary);
            for (FreeDict.Direction direction : FreeDict.Direction.values()) {
                (dictionary.has(direction) ? on : missing).add(direction.packageName());
            }
        }
        if (settings.uses(SynonymSource.MYTHES)) {
            MyThes thesauri = MyThes.open(settings.systemData());
            lexicons.add(thesauri);
            for (MyThes.Thesaurus thesaurus : MyThes.Thesaurus.values()) {
                (thesauri.has(thesaurus) ? on : missing).add(thesaurus.packageName());
            }
        }
        log.info("Synonyms on: {}; missing: {}", on.isEmpty() ? "none" : String.join(", ", on),
                missing.isEmpty() ? "none" : String.join(", ", missing) + " (apt-get install " + String.join(" ", missing)
                        + ")");
        return new Synonyms(lexicons);
    }

    public boolean isEmpty() {
        return lexicons.isEmpty();
    }

    /**
     * The alternatives of each word of {@code text}, by the word's {@link Keys key}. Each source matches on its own,
     * its longest phrase first from each word on (a word inside a matched phrase is not looked up again alone in that
     * source), so a thesaurus' two-word entry never hides the vocabulary's word; then the sources' alternatives are
     * merged, the best weight first.
     */
    public Map<String, List<Alternative>> expand(String text, Language asker) {
        if (lexicons.isEmpty()) {
            return Map.of();
        }
        List<String> tokens = Keys.tokens(text);
        Map<String, List<Alternative>> byWord = new HashMap<>();
        for (Lexicon lexicon : lexicons) {
            lexicon.refresh();
            int i = 0;
            while (i < tokens.size()) {
                int matched = 1;
                for (int n = Math.min(Keys.MAX_WORDS, tokens.size() - i); n >= 1; n--) {
                    List<Alternative> found = lexicon.alternatives(String.join(" ", tokens.subList(i, i + n)), asker);
                    if (!found.isEmpty()) {
                        tokens.subList(i, i + n).forEach(word -> byWord.merge(word, found, Synonyms::best));
                        matched = n;
                        break;
                    }
                }
                i += matched;
            }
        }
        return byWord;
    }

    private static List<Alternative> best(List<Alternative> a, List<Alternative> b) {
        Map<String, Alternative> unique = new LinkedHashMap<>();
        for (Alternative alternative : concat(a, b)) {
            unique.merge(Keys.of(alternative.text()) + "|" + alternative.language(), alternative,
                    (x, y) -> x.weight() >= y.weight() ? x : y);
        }
        return unique.values().stream().sorted(Comparator.comparing(Alternative::weight).reversed())
                .limit(MAX_PER_WORD).toList();
    }

    private static List<Alternative> concat(List<Alternative> a, List<Alternative> b) {
        List<Alternative> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public void close() {
        lexicons.forEach(Lexicon::close);
    }
}
