package dev.passerelle.core.search.lucene;

import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The meaningful words of user text, each analysed on its own in both languages: words that
 * only frame a question ("how do I", "est-ce que") and stop words of the asker's language are
 * dropped, and words with the same analysed terms count once. The query builder matches on these;
 * quality reports count them.
 */
public final class QueryWords {

    private static final Pattern WORDS = Pattern.compile("[\\s\\p{Punct}&&[^'’\\-]]+");
    private static final int MAX_WORDS = 32;
    /**
     * A word is rarely more than a few terms ("e-mail", "wi-fi"); a run of thousands of letters is cut by the analyzer
     * into hundreds, which would only make the query too large to run.
     */
    private static final int MAX_TERMS = 4;
    private static final Set<String> QUESTION_WORDS = loadQuestionWords();

    private final Analyzer french = new FrenchTextAnalyzer();
    private final Analyzer english = new EnglishTextAnalyzer();

    /** One meaningful word: as typed, and its French and its English terms. */
    public record Word(String surface, List<String> french, List<String> english) {

        /** Its terms in the analysis of {@code language}. */
        public List<String> terms(Language language) {
            return language == Language.FR ? french : english;
        }
    }

    public List<Word> of(String text, Language language) {
        Map<String, Word> words = new LinkedHashMap<>();
        for (String raw : WORDS.split(text)) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            if (QUESTION_WORDS.contains(fold(raw))) {
                continue;
            }
            List<String> inFrench = first(terms(french, raw));
            List<String> inEnglish = first(terms(english, raw));
            Word word = language == Language.FR
                    ? new Word(raw, inFrench, withoutStopWords(inEnglish, FrenchAnalyzer.getDefaultStopSet()))
                    : new Word(raw, withoutStopWords(inFrench, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), inEnglish);
            // A stop word in the asker's language carries no meaning, whatever the other analyzer says.
            if (!(language == Language.FR ? word.french() : word.english()).isEmpty()) {
                words.putIfAbsent(word.french() + "|" + word.english(), word);
            }
        }
        return new ArrayList<>(words.values());
    }

    /** {@code text} as the index analyses it in {@code language}: an alternative's terms. */
    List<String> analysed(String text, Language language) {
        return terms(language == Language.FR ? french : english, text);
    }

    /**
     * The other language's terms of a word, without those that are stop words in the asker's language: the English
     * analyzer splits "fait-il" into "fait" and "il", and "il" must not match "concerne-t-il".
     */
    private static List<String> withoutStopWords(List<String> terms, CharArraySet askersStopWords) {
        return terms.stream().filter(term -> !askersStopWords.contains(term)).toList();
    }

    private static List<String> first(List<String> terms) {
        return terms.size() <= MAX_TERMS ? terms : List.copyOf(terms.subList(0, MAX_TERMS));
    }

    private static String fold(String word) {
        return Folding.caseAndAccents(word).replace('’', '\'');
    }

    private static Set<String> loadQuestionWords() {
        try (InputStream in = QueryWords.class.getResourceAsStream("query-stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("query-stopwords.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .filter(word -> !word.isBlank())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> terms(Analyzer analyzer, String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
