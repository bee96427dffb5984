package org.tidtam.reports;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tidtam.reports.document.ReportDocument;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/** The year-end memo's opening says only what is true on the day it is dated. */
class YearEndDocumentsTests {

	final YearEndReport report = new YearEndReport("plan", FiscalYear.of(2569), List.of());

	@Test
	void aDraftDatedBeforeTheYearIsOutSaysHowFarItGoes() {
		String opening = opening(YearEndDocuments.yearEnd(this.report, null, LocalDate.of(2026, 8, 20)));
		assertThat(opening).contains("ดำเนินการมาจนถึงวันที่ 20 สิงหาคม 2569").doesNotContain("สิ้นปีงบประมาณแล้ว");
	}

	@Test
	void aReportDatedAfterTheYearSaysTheYearIsOver() {
		String opening = opening(YearEndDocuments.yearEnd(this.report, null, LocalDate.of(2026, 10, 5)));
		assertThat(opening).contains("บัดนี้สิ้นปีงบประมาณแล้ว").contains("ประจำปีงบประมาณ พ.ศ. 2569");
	}

	private static String opening(ReportDocument document) {
		return document.blocks()
			.stream()
			.filter(ReportDocument.Paragraph.class::isInstance)
			.map(b -> ((ReportDocument.Paragraph) b).text())
			.findFirst()
			.orElseThrow();
	}

}
