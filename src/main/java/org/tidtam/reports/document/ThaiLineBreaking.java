package org.tidtam.reports.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Line breaks at Thai word boundaries for Flying Saucer: Thai writes no spaces between words, and the
 * JDK's iterator finds no Thai boundaries without {@code jdk.localedata}. ICU4J segments Thai with its
 * dictionary (THAI-DOCUMENTS.md).
 */
final class ThaiLineBreaking implements LineBreakingStrategy {

	private static final ULocale THAI = new ULocale("th");

	@Override
	public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
		BreakIterator iterator = BreakIterator.getLineInstance(THAI);
		iterator.setText(text);
		return () -> {
			int next = iterator.next();
			return next == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(next);
		};
	}

}
