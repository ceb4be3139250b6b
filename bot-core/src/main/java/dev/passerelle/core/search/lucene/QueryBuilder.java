package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.understanding.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns user text into a Lucene query without ever parsing it as query syntax: each word is
 * analysed on its own in both languages and becomes one "should" clause (the asker's language
 * weighs more, titles more than bodies); words that only frame a question ("how do I",
 * "est-ce que") are dropped; a share of the remaining words must match; kind and visibility are
 * filters that do not score.
 */
final class QueryBuilder {

    private static final Pattern WORDS = Pattern.compile("[\\s\\p{Punct}&&[^'’\\-]]+");
    private static final int MAX_WORDS = 32;

    private static final Set<String> QUESTION_WORDS = loadQuestionWords();

    private final Analyzer french = new FrenchTextAnalyzer();
    private final Analyzer english = new EnglishTextAnalyzer();

    Optional<Query> build(SearchQuery query) {
        List<Query> clauses = wordClauses(query.text(), query.language());
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        clauses.forEach(clause -> words.add(clause, Occur.SHOULD));
        int share = (int) Math.ceil(clauses.size() * query.minimumMatch());
        words.setMinimumNumberShouldMatch(Math.min(clauses.size(), Math.max(query.minimumWords(), share)));

        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        query.kinds().forEach(kind -> kinds.add(new TermQuery(new Term(DocumentMapper.KIND, kind)), Occur.SHOULD));
        BooleanQuery.Builder scopes = new BooleanQuery.Builder();
        scopes.add(new TermQuery(new Term(DocumentMapper.SCOPE, DocumentMapper.PUBLIC)), Occur.SHOULD);
        query.audience().channels()
                .forEach(key -> scopes.add(new TermQuery(new Term(DocumentMapper.SCOPE, key)), Occur.SHOULD));

        return Optional.of(new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(kinds.build(), Occur.FILTER)
                .add(scopes.build(), Occur.FILTER)
                .build());
    }

    private List<Query> wordClauses(String text, Language language) {
        Map<String, Query> clauses = new LinkedHashMap<>();
        for (String word : WORDS.split(text)) {
            if (clauses.size() == MAX_WORDS) {
                break;
            }
            if (QUESTION_WORDS.contains(fold(word))) {
                continue;
            }
            List<String> fr = terms(french, word);
            List<String> en = terms(english, word);
            // A stop word in the asker's language carries no meaning, whatever the other analyzer says.
            if ((language == Language.FR ? fr : en).isEmpty()) {
                continue;
            }
            String signature = fr + "|" + en;
            clauses.putIfAbsent(signature, clause(fr, en, language));
        }
        return new ArrayList<>(clauses.values());
    }

    private static Query clause(List<String> fr, List<String> en, Language language) {
        boolean french = language == Language.FR;
        List<Query> options = new ArrayList<>();
        fr.forEach(t -> {
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.TITLE_FR, t)), french ? 2.0f : 1.0f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.BODY_FR, t)), french ? 1.0f : 0.5f));
        });
        en.forEach(t -> {
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.TITLE_EN, t)), french ? 1.0f : 2.0f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.BODY_EN, t)), french ? 0.5f : 1.0f));
        });
        return new DisjunctionMaxQuery(options, 0.1f);
    }

    private static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'');
    }

    private static Set<String> loadQuestionWords() {
        try (InputStream in = QueryBuilder.class.getResourceAsStream("query-stopwords.txt")) {
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
