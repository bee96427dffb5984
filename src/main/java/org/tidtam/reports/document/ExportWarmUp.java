package org.tidtam.reports.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Draws a sample report in every format a few times once the app is ready, on a background thread, so
 * that the first export a coordinator asks for after a restart does not also load the fonts, the Thai
 * dictionary and the layout engines, and finds the writers already compiled by the JIT. It takes some
 * seconds of one core after start. Off with {@code tidtam.reports.warm-up=false}, as in the tests (each of
 * their application contexts would pay for it).
 */
@Component
@ConditionalOnProperty(name = "tidtam.reports.warm-up", havingValue = "true", matchIfMissing = true)
class ExportWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ExportWarmUp.class);

	/** Rounds over the three formats: enough for the JIT to compile the writers' inner loops. */
	static final int ROUNDS = 4;

	/** Rows of the sample's table: a few printed pages, so that the PDF is drawn in parts as a long one is. */
	static final int ROWS = 300;

	private final ReportExports exports;

	ExportWarmUp(ReportExports exports) {
		this.exports = exports;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(this::run, "reports-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	void run() {
		run(ROUNDS);
	}

	/** Exports the sample {@code rounds} times in each format; the size in bytes of the last of each. */
	Map<ReportExports.Format, Integer> run(int rounds) {
		long started = System.nanoTime();
		Map<ReportExports.Format, Integer> sizes = new EnumMap<>(ReportExports.Format.class);
		try {
			ReportDocument sample = sample();
			for (int round = 0; round < rounds; round++) {
				for (ReportExports.Format format : ReportExports.Format.values()) {
					sizes.put(format, this.exports.export(sample, format, PrintOptions.withThaiDigits()).length);
				}
			}
			log.info("Report exports warmed up in {} ms (a sample in DOCX, XLSX and PDF, {} times each)",
					(System.nanoTime() - started) / 1_000_000, rounds);
		}
		catch (RuntimeException e) {
			// only the first real export is slower for it
			log.warn("Warming up the report exports failed: {}", e.toString());
		}
		return sizes;
	}

	/** A follow-up memo of the usual shape: Thai text, a heading, a long table with group rows. */
	static ReportDocument sample() {
		Memo memo = new Memo("สำนักปลัด", "", LocalDate.of(2026, 1, 15), "รายงานผลการดำเนินงานตามมาตรการ", "นายก");
		List<Table.Row> rows = new ArrayList<>();
		for (int i = 1; i <= ROWS; i++) {
			if (i % 25 == 1) {
				rows.add(Table.Row.group("ตัวชี้วัดที่ " + (i / 25 + 1) + " การเปิดเผยข้อมูลและการป้องกันการทุจริต"));
			}
			rows.add(Table.Row.of(String.valueOf(i), "เผยแพร่ข้อมูลข่าวสารที่สำคัญผ่านเว็บไซต์ของหน่วยงาน",
					"ดำเนินการแล้ว ประชาสัมพันธ์ให้ผู้ใหญ่บ้านและประชาชนทราบ\nบันทึกผลการประชุมแล้ว", String.valueOf(i % 101),
					"กองสาธารณสุขและสิ่งแวดล้อม"));
		}
		Table table = new Table("ผลการดำเนินงานรายมาตรการ", "สรุป",
				List.of(Table.Column.number("ที่", 600), Table.Column.text("มาตรการ", 3600),
						Table.Column.text("ผลการดำเนินงาน", 4200), Table.Column.number("ร้อยละ", 900),
						Table.Column.text("ส่วนราชการ", 2400)),
				rows);
		return new ReportDocument(memo, "รายงานการติดตามผลการดำเนินงาน",
				List.of(new ReportDocument.Paragraph("สำนักปลัดในฐานะผู้ประสานงานขอรายงานผลการติดตามดังนี้"),
						new ReportDocument.Heading("ผลการดำเนินงาน"), table));
	}

}
