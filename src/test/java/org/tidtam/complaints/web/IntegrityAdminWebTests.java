package org.tidtam.complaints.web;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.complaints.integrity.IntegrityAudit;
import org.tidtam.complaints.integrity.IntegrityReport;
import org.tidtam.complaints.integrity.IntegrityService;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.complaints.integrity.NewIntegrityReport;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The integrity officers' pages: evidence downloads as what they are, the access trail in words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class IntegrityAdminWebTests {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	IntegrityService integrity;

	IntegrityReport report;

	@BeforeEach
	void setUp() {
		for (String c : List.of(IntegrityReport.COLLECTION, IntegrityAudit.COLLECTION, "line_media.files",
				"line_media.chunks", IntegrityService.EVIDENCE_BUCKET + ".files",
				IntegrityService.EVIDENCE_BUCKET + ".chunks")) {
			this.mongo.remove(new Query(), c);
		}
		// a photo from the chat is stored under its LINE message id; a file keeps the name it was sent with
		chatFile("m-photo", "m-photo", "image/jpeg", JPEG);
		chatFile("m-pdf", "สลิปโอนเงิน.pdf", "application/pdf", "%PDF-1.4 evidence".getBytes());
		String ticket = this.integrity.submit(new NewIntegrityReport("U00000000000000000000000000000e01",
				"เรียกรับเงินค่าใบอนุญาต", List.of("m-photo", "m-pdf"), true, null, null, "dialog-1"));
		this.report = this.mongo.findOne(Query.query(Criteria.where(IntegrityReport.TICKET).is(ticket)),
				IntegrityReport.class);
	}

	@Test
	void evidenceDownloadsWithItsTypeAndAFileNameThatOpens() throws Exception {
		MockHttpServletResponse photo = evidence(0);
		assertThat(photo.getStatus()).isEqualTo(200);
		assertThat(photo.getContentType()).isEqualTo("image/jpeg");
		ContentDisposition photoName = ContentDisposition.parse(photo.getHeader("Content-Disposition"));
		assertThat(photoName.isAttachment()).isTrue();
		assertThat(photoName.getFilename()).isEqualTo("evidence-0.jpg");
		assertThat(photo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(photo.getContentAsByteArray()).isEqualTo(JPEG);

		MockHttpServletResponse pdf = evidence(1);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		ContentDisposition pdfName = ContentDisposition.parse(pdf.getHeader("Content-Disposition"));
		assertThat(pdfName.isAttachment()).isTrue();
		assertThat(pdfName.getFilename()).isEqualTo("สลิปโอนเงิน.pdf");
		assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		assertThat(this.mongo.findAll(Document.class, IntegrityAudit.COLLECTION))
			.extracting(d -> d.getString("who") + " " + d.getString("action"))
			.containsExactlyInAnyOrder("wichai evidence:0", "wichai evidence:1");
		assertThat(this.mvc.perform(get(evidenceUrl(0)).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theAccessTrailSaysInWordsWhatEachOfficerDid() throws Exception {
		this.mvc.perform(get("/admin/integrity/" + this.report.getId()).with(user("wichai").roles("INTEGRITY_OFFICER")));
		evidence(1);
		String page = this.mvc.perform(get("/admin/integrity").with(user("wichai").roles("INTEGRITY_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String trail = page.substring(page.indexOf("id=\"trail\""));
		assertThat(trail).contains("เปิดรายการ", "อ่านเบาะแส", "ดาวน์โหลดหลักฐานชิ้นที่ 2")
			.doesNotContain(">list<", ">read<", "evidence:1");
		String english = this.mvc
			.perform(get("/admin/integrity").param("lang", "en").with(user("wichai").roles("INTEGRITY_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english.substring(english.indexOf("id=\"trail\""))).contains("Opened the list", "Read the report",
				"Downloaded evidence file 2");
	}

	/** Reports gather over the years: the list shows them a page at a time, and the oldest stays reachable. */
	@Test
	void yearsOfReportsArePagedAndTheOldestIsReachable() throws Exception {
		java.time.Instant start = java.time.Instant.parse("2022-10-03T03:00:00Z");
		List<IntegrityReport> years = new java.util.ArrayList<>();
		for (int i = 0; i < 120; i++) {
			IntegrityReport r = new IntegrityReport();
			r.setTicket(String.format("IT-OLD-%03d", i));
			r.setStatus(IntegrityStatus.values()[0]);
			r.setAnonymous(true);
			r.setCreatedAt(start.plus(java.time.Duration.ofDays(7L * i)));
			years.add(r);
		}
		this.mongo.insertAll(years);
		org.springframework.test.web.servlet.request.RequestPostProcessor officer = user("wichai")
			.roles("INTEGRITY_OFFICER");
		String first = this.mvc.perform(get("/admin/integrity").with(officer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(first).contains(this.report.getTicket()).contains("IT-OLD-119").doesNotContain("IT-OLD-000")
			.contains("หน้า 1 จาก 3 (ทั้งหมด 121 รายการ)")
			.contains("href=\"/admin/integrity?page=1\"");
		String last = this.mvc.perform(get("/admin/integrity").param("page", "2").with(officer)).andReturn()
			.getResponse().getContentAsString();
		assertThat(last).contains("IT-OLD-000").doesNotContain("IT-OLD-119").contains("หน้า 3 จาก 3");
	}

	private MockHttpServletResponse evidence(int index) throws Exception {
		return this.mvc.perform(get(evidenceUrl(index)).with(user("wichai").roles("INTEGRITY_OFFICER")))
			.andReturn()
			.getResponse();
	}

	private String evidenceUrl(int index) {
		return "/admin/integrity/" + this.report.getId() + "/evidence/" + index;
	}

	private void chatFile(String messageId, String name, String type, byte[] bytes) {
		GridFSBuckets.create(this.mongo.getDb(), "line_media")
			.uploadFromStream(name, new ByteArrayInputStream(bytes), new GridFSUploadOptions()
				.metadata(new Document("messageId", messageId).append("contentType", type)));
	}

}
