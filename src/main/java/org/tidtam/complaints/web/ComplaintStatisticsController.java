package org.tidtam.complaints.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tidtam.complaints.ComplaintStatistics;
import org.tidtam.complaints.ComplaintStatistics.Stats;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * The complaint statistics page (ITA: สถิติเรื่องร้องเรียน) and its CSV and XLSX exports: counts only,
 * corruption reports included as counts and nothing else.
 */
@Controller
class ComplaintStatisticsController {

	private final ComplaintStatistics statistics;

	private final MessageSource messages;

	private final Clock clock;

	ComplaintStatisticsController(ComplaintStatistics statistics, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/complaints/statistics")
	String page(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
		Stats stats = this.statistics.forYear(year(year));
		model.addAttribute("stats", stats);
		model.addAttribute("tables", tables(stats, locale));
		model.addAttribute("integrityStatuses", IntegrityStatus.values());
		return "complaints/statistics";
	}

	@GetMapping("/admin/complaints/statistics.csv")
	ResponseEntity<byte[]> csv(@RequestParam(name = "year", required = false) Integer year, Locale locale) {
		Stats stats = this.statistics.forYear(year(year));
		StringBuilder out = new StringBuilder("\uFEFF"); // Excel opens UTF-8 Thai correctly only with a BOM
		for (List<String> line : lines(stats, locale)) {
			out.append(String.join(",", line.stream().map(ComplaintStatisticsController::csvCell).toList())).append("\r\n");
		}
		return download(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8",
				"complaint-statistics-" + stats.fiscalYear() + ".csv");
	}

	@GetMapping("/admin/complaints/statistics.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(name = "year", required = false) Integer year, Locale locale)
			throws IOException {
		Stats stats = this.statistics.forYear(year(year));
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(String.valueOf(stats.fiscalYear()));
			int r = 0;
			for (List<String> line : lines(stats, locale)) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < line.size(); i++) {
					String value = line.get(i);
					if (i > 0 && value.matches("-?\\d+(\\.\\d+)?")) {
						row.createCell(i).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(i).setCellValue(value);
					}
				}
			}
			sheet.setColumnWidth(0, 40 * 256);
			book.write(out);
			return download(out.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"complaint-statistics-" + stats.fiscalYear() + ".xlsx");
		}
	}

	/** The year asked for, or this fiscal year when the parameter names none. */
	private FiscalYear year(Integer year) {
		return FiscalYear.ofValid(year)
			.orElseGet(() -> FiscalYear.containing(LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK))));
	}

	/**
	 * Table title key → rows, in page order. The periods are named in the page's language from their keys
	 * ("2025-10" is ตุลาคม 2568 or October 2568, "Q1" ไตรมาส 1 or Quarter 1, "H1" the first half); the
	 * statistics' own labels are Thai, for the reports that use them.
	 */
	private Map<String, List<ComplaintStatistics.Row>> tables(Stats stats, Locale locale) {
		Map<String, List<ComplaintStatistics.Row>> tables = new java.util.LinkedHashMap<>();
		tables.put("complaints.stats.by-month",
				relabelled(stats.months(), r -> ThaiDates.monthYear(YearMonth.parse(r.key()).atDay(1), locale)));
		tables.put("complaints.stats.by-quarter",
				relabelled(stats.quarters(), r -> text("complaints.stats.quarter", locale, r.key().substring(1))));
		tables.put("complaints.stats.by-half", relabelled(stats.halves(), r -> text("complaints.stats.half." + r.key(), locale)));
		tables.put("complaints.stats.by-category", stats.byCategory());
		tables.put("complaints.stats.by-division", stats.byDivision());
		tables.put("complaints.stats.by-channel", stats.byChannel());
		return tables;
	}

	private static List<ComplaintStatistics.Row> relabelled(List<ComplaintStatistics.Row> rows,
			Function<ComplaintStatistics.Row, String> label) {
		return rows.stream()
			.map(r -> new ComplaintStatistics.Row(r.key(), label.apply(r), r.received(), r.done(), r.inProgress()))
			.toList();
	}

	private List<List<String>> lines(Stats stats, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of(text("complaints.stats.title", locale, stats.fiscalYear())));
		for (Map.Entry<String, List<ComplaintStatistics.Row>> table : tables(stats, locale).entrySet()) {
			lines.add(List.of());
			lines.add(List.of(text(table.getKey(), locale), text("complaints.stats.received", locale),
					text("complaints.stats.done", locale), text("complaints.stats.in-progress", locale)));
			for (ComplaintStatistics.Row row : table.getValue()) {
				lines.add(List.of(row.label(), String.valueOf(row.received()), String.valueOf(row.done()),
						String.valueOf(row.inProgress())));
			}
		}
		lines.add(List.of());
		ComplaintStatistics.Row total = stats.total();
		lines.add(List.of(text("complaints.stats.total", locale), String.valueOf(total.received()),
				String.valueOf(total.done()), String.valueOf(total.inProgress())));
		lines.add(List.of(text("complaints.stats.average-days", locale), number(stats.averageDaysToClose())));
		lines.add(List.of(text("complaints.stats.median-days", locale), number(stats.medianDaysToClose())));
		lines.add(List.of(text("complaints.stats.ratings", locale), String.valueOf(stats.ratings())));
		lines.add(List.of(text("complaints.stats.average-rating", locale), number(stats.averageRating())));
		lines.add(List.of(text("complaints.stats.reopened", locale), String.valueOf(stats.reopened())));
		lines.add(List.of(text("complaints.stats.duplicates", locale), String.valueOf(stats.duplicates())));
		lines.add(List.of(text("complaints.stats.integrity", locale), String.valueOf(stats.integrity().total())));
		for (IntegrityStatus s : IntegrityStatus.values()) {
			lines.add(List.of(text(s.messageKey(), locale), String.valueOf(stats.integrity().byStatus().get(s))));
		}
		return lines;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static String number(Double value) {
		return value == null ? "-" : String.valueOf(value);
	}

	/** Quotes a cell; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula. */
	static String csvCell(String value) {
		String v = value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
