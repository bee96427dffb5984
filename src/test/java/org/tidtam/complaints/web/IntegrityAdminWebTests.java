package org.tidtam.complaints.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

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
		String list = this.mvc.perform(get("/admin/integrity").with(user("wichai").roles("INTEGRITY_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("href=\"/admin/integrity/trail\"");
		String page = this.mvc.perform(get("/admin/integrity/trail").with(user("wichai").roles("INTEGRITY_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String trail = page.substring(page.indexOf("id=\"trail\""));
		assertThat(trail).contains("เปิดรายการ", "อ่านเบาะแส", "ดาวน์โหลดหลักฐานชิ้นที่ 2")
			.doesNotContain(">list<", ">read<", "evidence:1");
		String english = this.mvc
			.perform(get("/admin/integrity/trail").param("lang", "en").with(user("wichai").roles("INTEGRITY_OFFICER")))
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

	/**
	 * "Who read this report in March?": the trail reaches back past its newest rows a page at a time,
	 * narrowed to days (in Bangkok), an officer or a report, with the count of what matches and the
	 * filters kept from page to page; reading it records nothing, and only integrity officers may.
	 */
	@Test
	void theTrailIsPagedAndFilteredByDaysOfficerAndReport() throws Exception {
		this.mongo.remove(new Query(), IntegrityAudit.COLLECTION);
		// 120 rows an hour apart from midnight of 1 March 2026 in Bangkok; row i downloads evidence file i + 1
		java.time.Instant start = java.time.Instant.parse("2026-02-28T17:00:00Z");
		for (int i = 0; i < 120; i++) {
			this.mongo.insert(new Document("at", java.util.Date.from(start.plus(java.time.Duration.ofHours(i))))
				.append("who", i % 3 == 0 ? "malee" : "wichai")
				.append("action", "evidence:" + i)
				.append("reportId", i % 10 == 0 ? "r7" : "r1")
				.append("ticket", i % 10 == 0 ? "ท-2569-000007" : "ท-2569-000001"), IntegrityAudit.COLLECTION);
		}
		org.springframework.test.web.servlet.request.RequestPostProcessor officer = user("auditor")
			.roles("INTEGRITY_OFFICER");

		String first = trail(officer, Map.of());
		assertThat(rows(first)).isEqualTo(50);
		assertThat(first).contains("พบ 120 รายการ", "หน้า 1 จาก 3", "หลักฐานชิ้นที่ 120</td>")
			.doesNotContain("หลักฐานชิ้นที่ 70</td>");
		String second = trail(officer, Map.of("page", "1"));
		assertThat(rows(second)).isEqualTo(50);
		assertThat(firstRow(second)).as("the 51st newest row opens page 2").contains("หลักฐานชิ้นที่ 70</td>");
		assertThat(second).doesNotContain("หลักฐานชิ้นที่ 71</td>").contains("หลักฐานชิ้นที่ 21</td>");

		// one day in Bangkok (2 March 2569 BE: rows 24 to 47), shown in Buddhist years
		String oneDay = trail(officer, Map.of("from", "2026-03-02", "to", "2026-03-02"));
		assertThat(rows(oneDay)).isEqualTo(24);
		assertThat(oneDay).contains("พบ 24 รายการ", "หลักฐานชิ้นที่ 48</td>", "หลักฐานชิ้นที่ 25</td>", "2 มี.ค. 2569")
			.doesNotContain("หลักฐานชิ้นที่ 49</td>", "หลักฐานชิ้นที่ 24</td>")
			.contains("name=\"from\" value=\"2026-03-02\"");
		// and one officer on that day
		String maleeThatDay = trail(officer, Map.of("from", "2026-03-02", "to", "2026-03-02", "who", " malee "));
		assertThat(maleeThatDay).contains("พบ 8 รายการ").doesNotContain("<td>wichai</td>");
		assertThat(rows(maleeThatDay)).isEqualTo(8);
		// one report, its number typed with Thai digits
		String oneReport = trail(officer, Map.of("ticket", "ท-๒๕๖๙-๐๐๐๐๐๗"));
		assertThat(oneReport).contains("พบ 12 รายการ").doesNotContain("ท-2569-000001");
		assertThat(rows(oneReport)).isEqualTo(12);

		// the link to the next page keeps the filter
		String wichai = trail(officer, Map.of("who", "wichai"));
		assertThat(wichai).contains("พบ 80 รายการ", "หน้า 1 จาก 2");
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("<a rel=\"next\"\\s+href=\"([^\"]+)\"").matcher(wichai);
		assertThat(next.find()).as("a link to older rows").isTrue();
		String nextUrl = org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1));
		assertThat(nextUrl).isEqualTo("/admin/integrity/trail?who=wichai&page=1");
		String wichaiOlder = this.mvc.perform(get(java.net.URI.create(nextUrl)).with(officer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(rows(wichaiOlder)).isEqualTo(30);
		assertThat(wichaiOlder).contains("หน้า 2 จาก 2").doesNotContain("<td>malee</td>");

		assertThat(this.mongo.count(new Query(), IntegrityAudit.COLLECTION)).as("reading the trail records nothing")
			.isEqualTo(120);
		// counted and skipped in the store along indexes in the pages' order
		assertThat(this.mongo.indexOps(IntegrityAudit.COLLECTION).getIndexInfo())
			.extracting(org.springframework.data.mongodb.core.index.IndexInfo::getName)
			.contains("time", "who_time", "ticket_time");
		for (String role : List.of("ADMIN", "COORDINATOR", "EXECUTIVE", "COMPLAINT_OFFICER")) {
			assertThat(this.mvc.perform(get("/admin/integrity/trail").with(user("x").roles(role))).andReturn()
				.getResponse().getStatus()).as(role).isEqualTo(403);
		}
	}

	private String trail(org.springframework.test.web.servlet.request.RequestPostProcessor who,
			Map<String, String> params) throws Exception {
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request = get("/admin/integrity/trail");
		params.forEach(request::param);
		return this.mvc.perform(request.with(who)).andReturn().getResponse().getContentAsString();
	}

	private static String tbody(String page) {
		int table = page.indexOf("id=\"trail\"");
		if (table < 0) {
			return "";
		}
		return page.substring(page.indexOf("<tbody>", table), page.indexOf("</tbody>", table));
	}

	private static int rows(String page) {
		return tbody(page).split("<tr>", -1).length - 1;
	}

	private static String firstRow(String page) {
		String body = tbody(page);
		return body.substring(body.indexOf("<tr>"), body.indexOf("</tr>"));
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
