package org.tidtam.measures.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Reads the follow-up column (การกำกับติดตาม / การติดตามผล) into a {@link Cadence}. The most specific
 * wins: a written date, then a quarter, then the monthly meeting, then the end of the fiscal year. When
 * a text names both the monthly meeting and a year-end summary, the monthly meeting is the cadence:
 * the year-end report is due for every measure anyway.
 */
final class CadenceReader {

	private static final String[] SHORT_MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private static final Pattern DATE;

	private static final List<Pattern> MONTHS = new ArrayList<>();

	static {
		List<String> alternatives = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			String full = Pattern.quote(ThaiDates.monthName(m));
			String[] parts = SHORT_MONTHS[m - 1].split("\\.");
			String brief = String.join("\\.?\\s*", parts) + "\\.?";
			Pattern p = Pattern.compile("^(?:" + full + "|" + brief + ")");
			MONTHS.add(p);
			alternatives.add(full);
			alternatives.add(brief);
		}
		DATE = Pattern.compile("(?<![0-9])([0-9]{1,2})\\s*(" + String.join("|", alternatives)
				+ ")\\s*(?:พ\\.?\\s*ศ\\.?\\s*|ค\\.?\\s*ศ\\.?\\s*)?([0-9]{4}|[0-9]{2}(?![0-9]))?");
	}

	private static final Pattern QUARTER = Pattern.compile("ไตรมาส(?:ที่)?([1-4])");

	private static final List<String> MONTHLY = List.of("ประชุมประจำเดือน", "ทุกเดือน", "รายเดือน", "ประจำเดือน");

	private static final List<String> YEAR_END = List.of("สิ้นปีงบประมาณ", "สิ้นปีงบ", "ความก้าวหน้าและสรุปผล", "สิ้นปี");

	private CadenceReader() {
	}

	static Optional<Cadence> read(String text, FiscalYear year) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String spaced = ThaiDates.asciiDigits(text.replace("\u0E4D\u0E32", "\u0E33")).replaceAll("\\s+", " ");
		Optional<LocalDate> date = date(spaced, year);
		if (date.isPresent()) {
			return Optional.of(new Cadence.ByDate(date.get()));
		}
		String key = spaced.replace(" ", "");
		Matcher q = QUARTER.matcher(key);
		if (q.find()) {
			int quarter = Integer.parseInt(q.group(1));
			return Optional.of(new Cadence.WithinQuarter(quarter, year.quarterEnd(quarter)));
		}
		if (MONTHLY.stream().anyMatch(key::contains)) {
			return Optional.of(new Cadence.MonthlyMeeting());
		}
		if (YEAR_END.stream().anyMatch(key::contains)) {
			return Optional.of(new Cadence.FiscalYearEnd(year.end()));
		}
		return Optional.empty();
	}

	/** A Thai date in the text; Buddhist-era years (๒๕๖๖, 66) become CE, a missing year falls in the fiscal year. */
	static Optional<LocalDate> date(String asciiText, FiscalYear year) {
		Matcher m = DATE.matcher(asciiText);
		while (m.find()) {
			int day = Integer.parseInt(m.group(1));
			int month = monthOf(m.group(2));
			int ce;
			if (m.group(3) == null) {
				ce = month >= 10 ? year.start().getYear() : year.end().getYear();
			}
			else {
				int y = Integer.parseInt(m.group(3));
				if (m.group(3).length() == 2) {
					y += 2500;
				}
				ce = y >= 2400 ? y - ThaiDates.BUDDHIST_ERA_OFFSET : y;
			}
			try {
				return Optional.of(LocalDate.of(ce, month, day));
			}
			catch (DateTimeException notADate) {
				// "31 ก.พ." is a typo, not a date: keep looking
			}
		}
		return Optional.empty();
	}

	private static int monthOf(String written) {
		for (int i = 0; i < MONTHS.size(); i++) {
			if (MONTHS.get(i).matcher(written).find()) {
				return i + 1;
			}
		}
		throw new IllegalStateException("month pattern and month list disagree: " + written);
	}

}
