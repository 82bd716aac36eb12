package org.coalitiontracker.suite.bench;

import org.HdrHistogram.Histogram;

/** Percentiles of a latency histogram recorded in microseconds, given in milliseconds. */
public record Latency(long count, double p50, double p99, double p999, double max, double mean) {

    public static Latency of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latency(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()), micros.getMean() / 1000.0);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    public static String format(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 10 ? String.format("%.2f", millis) : millis < 100 ? String.format("%.1f", millis) : String.format("%.0f", millis);
    }

    /** "p50 / p99 / p99.9 / max" in ms. */
    public String summary() {
        return format(p50) + " / " + format(p99) + " / " + format(p999) + " / " + format(max);
    }
}
