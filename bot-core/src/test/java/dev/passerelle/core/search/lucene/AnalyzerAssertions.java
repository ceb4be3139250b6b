package dev.passerelle.core.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A pocket version of Lucene's {@code BaseTokenStreamTestCase.assertAnalyzesTo}: terms only. */
final class AnalyzerAssertions {

    private AnalyzerAssertions() {}

    static void assertAnalyzesTo(Analyzer analyzer, String text, String expectedTerms) {
        List<String> expected = expectedTerms.isBlank() ? List.of() : Arrays.asList(expectedTerms.strip().split("\\s+"));
        assertThat(termsOf(analyzer, text)).as("terms of \"%s\"", text).containsExactlyElementsOf(expected);
    }

    static List<String> termsOf(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
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
