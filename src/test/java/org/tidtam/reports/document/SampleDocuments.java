package org.tidtam.reports.document;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Documents and a template engine for the export tests, without a Spring context. */
public final class SampleDocuments {

	/** Words that break without a shaper: tone marks over upper vowels, below vowels, sara am. */
	static final String HARD_WORDS = "ญี่ปุ่น สิ่งแวดล้อม น้ำ ปู่ ที่นี่ กำหนด ผู้ใหญ่";

	static final String LONG_PARAGRAPH = "ตามที่เทศบาลได้ประกาศใช้มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
			+ "ประจำปีงบประมาณ พ.ศ. 2569 และกำหนดให้ส่วนราชการรายงานผลการดำเนินงานในการประชุมประจำเดือน "
			+ "สำนักปลัดเทศบาลในฐานะผู้ประสานงานจึงขอรายงานผลการติดตามดังนี้";

	private SampleDocuments() {
	}

	static ReportDocument memo() {
		Memo memo = new Memo("สำนักปลัดเทศบาล เทศบาลตำบลทดสอบ", "ชม 51001/", LocalDate.of(2026, 1, 15),
				"รายงานการติดตามผลการดำเนินงานตามมาตรการ ประจำเดือนมกราคม 2569", "นายกเทศมนตรี");
		Table table = new Table("ผลการดำเนินงานรายส่วนราชการ", "สรุป",
				List.of(Table.Column.number("ที่", 600), Table.Column.text("มาตรการ", 3600),
						Table.Column.text("ผลการดำเนินงาน", 4200), Table.Column.number("ร้อยละ", 900),
						Table.Column.text("ส่วนราชการ", 2400)),
				List.of(Table.Row.group("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"),
						Table.Row.of("1", "เผยแพร่ข้อมูลสิ่งแวดล้อมบนเว็บไซต์", "ประกาศแล้ว https://example.go.th/n/2569",
								"80", "กองสาธารณสุขและสิ่งแวดล้อม"),
						Table.Row.of("2", "ประชุมผู้ใหญ่บ้าน", "จัดประชุมเรื่องน้ำประปา\nบันทึกการประชุมแล้ว", "100",
								"สำนักปลัดเทศบาล")));
		return new ReportDocument(memo, "รายงานการติดตามผลการดำเนินงาน",
				List.of(new ReportDocument.Paragraph(LONG_PARAGRAPH), new ReportDocument.Heading("ผลการดำเนินงาน"),
						table, new ReportDocument.Paragraph(HARD_WORDS)));
	}

	static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/reports");
		messages.setDefaultEncoding("UTF-8");
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	public static ReportExports exports() {
		return new ReportExports(templateEngine(), new DocxWriter(), new XlsxWriter(), new PdfRenderer());
	}

}
