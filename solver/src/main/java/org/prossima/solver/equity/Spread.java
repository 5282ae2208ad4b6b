package org.prossima.solver.equity;

import java.util.Arrays;

/**
 * How unevenly a figure is spread over places or people (a placement rate over the consortia, kilograms per person
 * over the charities): the coefficient of variation, the headline (the population standard deviation over the mean,
 * in percent: 0 when everyone has the same, independent of the unit, readable by a board as "how far from the
 * average, in percent of it"), with the lowest, the highest and the Gini index beside it.
 *
 * @param count                       how many values
 * @param min                         the lowest value
 * @param max                         the highest value
 * @param mean                        their mean
 * @param coefficientOfVariationPercent 100 × standard deviation / mean; 0 when the mean is 0
 * @param gini                        Gini index, 0 (all equal) to 1 (one has everything); 0 when the sum is 0
 */
public record Spread(int count, double min, double max, double mean, double coefficientOfVariationPercent,
        double gini) {

    public static Spread of(double... values) {
        if (values.length == 0) {
            return new Spread(0, 0, 0, 0, 0, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("a spread is of non-negative finite values, not " + v);
            }
            sum += v;
        }
        int n = sorted.length;
        double mean = sum / n;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double cv = mean == 0 ? 0 : 100 * Math.sqrt(squares / n) / mean;
        // Gini on sorted values: sum over i of (2i - n - 1) x_i, over n × sum (i from 1)
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        double gini = sum == 0 ? 0 : weighted / (n * sum);
        return new Spread(n, sorted[0], sorted[n - 1], mean, cv, gini);
    }
}
