package org.tidtam.reports.chart;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Draws a {@link BarChart} as SVG on the server: no script on the page, the same picture everywhere. */
public final class SvgCharts {

	private static final int LABEL_WIDTH = 220;

	private static final int BAR_AREA = 420;

	private static final int ROW = 28;

	private SvgCharts() {
	}

	public static String svg(BarChart chart) {
		int legendHeight = 26;
		int height = legendHeight + chart.bars().size() * ROW + 10;
		int width = LABEL_WIDTH + BAR_AREA + 60;
		StringBuilder s = new StringBuilder();
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" font-family=\"Sarabun, sans-serif\" font-size=\"14\">");
		s.append("<title>").append(escape(chart.caption())).append("</title>");
		int x = 0;
		for (BarChart.Series series : chart.series()) {
			s.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"14\" height=\"14\" fill=\"").append(series.colour())
				.append("\"/>");
			s.append("<text x=\"").append(x + 18).append("\" y=\"16\">").append(escape(series.name())).append("</text>");
			x += 24 + series.name().length() * 8;
		}
		long max = Math.max(1, chart.max());
		int y = legendHeight;
		for (BarChart.Bar bar : chart.bars()) {
			s.append("<text x=\"0\" y=\"").append(y + 18).append("\">").append(escape(bar.label())).append("</text>");
			double at = LABEL_WIDTH;
			for (int i = 0; i < bar.values().size(); i++) {
				long v = bar.values().get(i);
				if (v == 0) {
					continue;
				}
				double w = v * (double) BAR_AREA / max;
				s.append("<rect x=\"").append(fmt(at)).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(w))
					.append("\" height=\"18\" fill=\"").append(chart.series().get(i).colour()).append("\"><title>")
					.append(escape(chart.series().get(i).name() + " " + v)).append("</title></rect>");
				at += w;
			}
			s.append("<text x=\"").append(fmt(at + 6)).append("\" y=\"").append(y + 18).append("\">").append(chart.totalText(bar))
				.append("</text>");
			y += ROW;
		}
		return s.append("</svg>").toString();
	}

	/** The SVG as a data URI for an {@code <img>}: the admin pages' policy allows data images, not inline markup. */
	public static String dataUri(BarChart chart) {
		return "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(svg(chart).getBytes(StandardCharsets.UTF_8));
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
