package org.tidtam.reports.document;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up's sample is a valid report in every format, long enough to run to several printed pages. */
class ExportWarmUpTests {

	@Test
	void theSampleIsExportedInEveryFormat() {
		Map<ReportExports.Format, Integer> sizes = new ExportWarmUp(SampleDocuments.exports()).run(1);
		assertThat(sizes).containsOnlyKeys(ReportExports.Format.values());
		assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThan(5_000));
	}

	@Test
	void theSampleRunsToSeveralPages() throws IOException {
		byte[] pdf = SampleDocuments.exports()
			.export(ExportWarmUp.sample(), ReportExports.Format.PDF, PrintOptions.withThaiDigits());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(4);
		}
	}

}
