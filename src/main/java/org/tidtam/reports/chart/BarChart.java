package org.tidtam.reports.chart;

import java.util.List;

/**
 * A horizontal stacked bar chart's data: one bar per row, one segment per series. Drawn as SVG for the
 * web page and as plain coloured boxes in the PDF (Flying Saucer draws no SVG); Word and Excel get the
 * figures as a table.
 */
public record BarChart(String caption, List<Series> series, List<Bar> bars, boolean thaiDigits) {

	public BarChart(String caption, List<Series> series, List<Bar> bars) {
		this(caption, series, bars, false);
	}

	public BarChart {
		series = List.copyOf(series);
		bars = List.copyOf(bars);
		for (Bar bar : bars) {
			if (bar.values().size() != series.size()) {
				throw new IllegalArgumentException("Bar " + bar.label() + " has " + bar.values().size() + " values for "
						+ series.size() + " series");
			}
		}
	}

	public record Series(String name, String colour) {

	}

	public record Bar(String label, List<Long> values) {

		public Bar {
			values = List.copyOf(values);
		}

		public long total() {
			return this.values.stream().mapToLong(Long::longValue).sum();
		}

	}

	/** A bar's total as it is written next to the bar: in Thai digits when the document prints them. */
	public String totalText(Bar bar) {
		String total = String.valueOf(bar.total());
		return this.thaiDigits ? org.tidtam.shared.ThaiDates.thaiDigits(total) : total;
	}

	public long max() {
		return this.bars.stream().mapToLong(Bar::total).max().orElse(0);
	}

	/** Width in percent of the longest bar, for the boxes in the PDF. */
	public double percentOfMax(long value) {
		long max = max();
		return max == 0 ? 0 : Math.floor(value * 1000.0 / max) / 10.0;
	}

}
