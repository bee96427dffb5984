package org.tidtam.progress.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tidtam.progress.ReportingPeriod;
import org.tidtam.shared.ThaiDates;

/**
 * {@code @periodNames} in templates: a reporting period named in the page's language, "ก่อนการประชุมประจำเดือน
 * มีนาคม 2569" on a Thai page (as {@link ReportingPeriod#thai()} words it for LINE) and "Before the March 2569
 * meeting" on an English one.
 */
@Component("periodNames")
public class ReportingPeriodNames {

	private final MessageSource messages;

	ReportingPeriodNames(MessageSource messages) {
		this.messages = messages;
	}

	public String name(ReportingPeriod period, Locale locale) {
		if (period.meeting() != null) {
			return text("progress.period.meeting", locale, ThaiDates.monthYear(period.meeting(), locale));
		}
		if (!period.summary() && period.key().startsWith("Q")) {
			return text("progress.period.quarter", locale, period.key().substring(1));
		}
		return text("progress.period.by", locale, ThaiDates.longDate(period.due(), locale));
	}

	private String text(String key, Locale locale, String arg) {
		return this.messages.getMessage(key, new Object[] { arg }, locale);
	}

}
