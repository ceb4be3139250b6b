package dev.passerelle.core.knowledge;

import dev.passerelle.core.search.SearchResult;
import java.util.List;

/**
 * How sure the bot may be of a ranked list of answers, decided after ranking from what the list
 * holds of the question, by a small logistic model calibrated on public data only (on-topic course
 * questions against their FAQ, off-topic small talk in French and English against the same FAQ;
 * {@code docs/quality.md} shows the curve and the operating points). Three outcomes: the answer,
 * suggestions worth a look, or nothing.
 */
public final class Confidence {

    /** What the bot does with the ranked list. */
    public enum Level { CONFIDENT, LIKELY, NONE }

    /**
     * The features of the ranked list.
     *
     * @param share      share of the question's weight (IDF) the first answer holds, anywhere
     * @param titleShare share of the question's weight in the first answer's title or alternate questions
     * @param scoreRatio the first answer's relevance against the best the question could reach
     * @param margin     how far the first answer's relevance stands above the second's, 0 to 1
     * @param matched    how many of the question's meaningful words the first answer holds
     * @param words      how many meaningful words the question has
     */
    public record Features(double share, double titleShare, double scoreRatio, double margin, int matched,
            int words) {

        static final Features NOTHING = new Features(0, 0, 0, 0, 0, 0);

        /** The features of a ranked list of matches (best first, as shown), in a result of that question. */
        public static Features of(SearchResult result, List<SearchResult.Match> ranked) {
            if (ranked.isEmpty() || result.weight() <= 0) {
                return NOTHING;
            }
            SearchResult.Match first = ranked.getFirst();
            double top = first.hit().score();
            double second = ranked.size() > 1 ? ranked.get(1).hit().score() : 0;
            return new Features(first.weight() / result.weight(), first.titleWeight() / result.weight(),
                    result.bestScore() <= 0 ? 0 : Math.min(1, top / result.bestScore()),
                    top <= 0 ? 0 : Math.max(0, (top - second) / top), first.words(), result.words());
        }

        /** The model's inputs, in the order of its coefficients. */
        public double[] inputs() {
            return new double[] {share, titleShare, scoreRatio, margin, Math.min(matched, 6) / 6.0,
                    words == 0 ? 0 : (words - matched) / (double) words};
        }
    }

    /** How many inputs the model reads. */
    public static final int INPUTS = 6;

    /**
     * The calibrated model: intercept, then one coefficient per input of {@link Features#inputs}, as
     * {@code bench/ConfidenceCalibration} fitted them. They are read together, not one by one: the inputs overlap
     * (a question's unmatched share is one minus its matched share of words), so one alone may carry any sign.
     */
    static final double[] COEFFICIENTS = {-8.21, 3.62, 1.51, 1.51, 0.00, 6.68, 4.31};
    /** At or above: the answer (the lowest threshold with precision 0.86 and at most 5 % of small talk answered). */
    static final double CONFIDENT = 0.36;
    /** At or above, and below {@link #CONFIDENT}: suggestions (to at most a quarter of off-topic small talk). */
    static final double LIKELY = 0.08;

    private final double[] coefficients;
    private final double confident;
    private final double likely;

    public Confidence(double[] coefficients, double confident, double likely) {
        if (coefficients.length != INPUTS + 1 || likely > confident) {
            throw new IllegalArgumentException("one coefficient per input plus the intercept, likely <= confident");
        }
        this.coefficients = coefficients.clone();
        this.confident = confident;
        this.likely = likely;
    }

    /** The calibrated operating points. */
    public static Confidence calibrated() {
        return new Confidence(COEFFICIENTS, CONFIDENT, LIKELY);
    }

    /** The model's probability that the first answer is the right one. */
    public double probability(Features features) {
        if (features.matched() == 0) {
            return 0;
        }
        double[] x = features.inputs();
        double z = coefficients[0];
        for (int i = 0; i < x.length; i++) {
            z += coefficients[i + 1] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    public double confident() {
        return confident;
    }

    public double likely() {
        return likely;
    }

    public Level level(Features features) {
        double p = probability(features);
        return p >= confident ? Level.CONFIDENT : p >= likely ? Level.LIKELY : Level.NONE;
    }
}
