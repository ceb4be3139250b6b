package dev.passerelle.core.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * French analysis: elisions ({@code l'}, {@code d'}, {@code qu'}…) dropped, lower case, French stop
 * words, accents folded (people often type without them), then Snowball stemming (the light
 * stemmer keeps "facturation" and "facture" apart), so "problèmes de facturation" and
 * "probleme facture" meet on the same terms.
 */
public final class FrenchTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
        result = new ASCIIFoldingFilter(result);
        result = new SnowballFilter(result, new FrenchStemmer());
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
