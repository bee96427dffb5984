package org.tidtam.complaints.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintCategory;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officer's inbox and case page: filters, escaping, assignment, status rules, photo upload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class ComplaintAdminWebTests {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Autowired
	DivisionService divisions;

	@Autowired
	org.tidtam.complaints.DataRequestService dataRequests;

	Division works;

	Complaint xss;

	@BeforeEach
	void setUp() {
		for (String c : List.of(Complaint.COLLECTION, ComplaintCategory.COLLECTION, TicketNumbers.COLLECTION,
				Division.COLLECTION)) {
			this.mongo.remove(new Query(), c);
		}
		this.works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.xss = this.complaints.submit(new NewComplaint("U1", this.categories.active().get(0).getId(),
				"<script>alert('x')</script> ไฟดับหน้าวัด", List.of(), null,
				new Complaint.Contact(Complaint.ContactMode.PHONE, null, "0812345678"), "LINE", "k1"));
	}

	@Test
	void theInboxListsFiltersAndEscapes() throws Exception {
		String page = this.mvc.perform(get("/admin/complaints").with(user("o").roles("COMPLAINT_OFFICER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(this.xss.getTicket()).contains("&lt;script&gt;").doesNotContain("<script>alert");
		String none = this.mvc
			.perform(get("/admin/complaints").param("q", "ถนน").with(user("o").roles("COMPLAINT_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).doesNotContain(this.xss.getTicket());
		String found = this.mvc
			.perform(get("/admin/complaints").param("q", "หน้าวัด").param("status", "RECEIVED")
				.with(user("o").roles("COMPLAINT_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains(this.xss.getTicket());
	}

	/**
	 * A year brings thousands of complaints: the inbox shows them a page at a time, and the oldest case
	 * of the year is still reachable from the list, with the filters kept from page to page.
	 */
	@Test
	void aYearOfComplaintsIsPagedAndTheOldestIsReachable() throws Exception {
		java.time.Instant start = java.time.Instant.parse("2025-10-01T02:00:00Z");
		List<Complaint> year = new java.util.ArrayList<>();
		for (int i = 0; i < 260; i++) {
			Complaint c = new Complaint();
			c.setTicket(String.format("T69-%05d", i));
			c.setFiscalYear(2569);
			c.setChannel("LINE");
			c.setLineUserId("U-year");
			c.setCategoryName("ถนนชำรุด");
			c.setDescription("หลุมบนถนนหมู่ " + i);
			c.setStatus(i % 2 == 0 ? ComplaintStatus.DONE : ComplaintStatus.IN_PROGRESS);
			c.setContact(new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null));
			c.setCreatedAt(start.plus(java.time.Duration.ofHours(i)));
			year.add(c);
		}
		this.mongo.insertAll(year);
		org.springframework.test.web.servlet.request.RequestPostProcessor officer = user("o").roles("COMPLAINT_OFFICER");

		String first = this.mvc.perform(get("/admin/complaints").with(officer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(first).contains(this.xss.getTicket()).contains("T69-00259").doesNotContain("T69-00000");
		assertThat(first).contains("หน้า 1 จาก 6 (ทั้งหมด 261 รายการ)");
		assertThat(rows(first)).as("one page of cases").isEqualTo(50);

		String last = this.mvc.perform(get("/admin/complaints").param("page", "5").with(officer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(last).contains("T69-00000").doesNotContain("T69-00259").contains("หน้า 6 จาก 6");

		// a filter narrows the count, and the link to the next page keeps it
		String open = this.mvc.perform(get("/admin/complaints").param("status", "IN_PROGRESS").param("q", "หมู่")
			.with(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(open).contains("(ทั้งหมด 130 รายการ)").doesNotContain("T69-00258");
		Matcher next = Pattern.compile("<a rel=\"next\"\\s+href=\"([^\"]+)\"").matcher(open);
		assertThat(next.find()).as("a link to older cases").isTrue();
		String nextUrl = org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1));
		assertThat(nextUrl).contains("status=IN_PROGRESS").contains("page=1");
		String second = this.mvc.perform(get(java.net.URI.create(nextUrl)).with(officer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(second).contains("หน้า 2 จาก 3").doesNotContain("T69-00258").doesNotContain(this.xss.getTicket());

		// the cases filed on one day (in Bangkok) of that year; a page of them keeps the dates in its links
		String oneDay = this.mvc.perform(get("/admin/complaints").param("from", "2025-10-02").param("to", "2025-10-02")
			.with(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(rows(oneDay)).isEqualTo(24);
		assertThat(oneDay).contains("T69-00015", "T69-00038").doesNotContain("T69-00014", "T69-00039")
			.contains("name=\"from\" value=\"2025-10-02\"");
		String fromOnward = this.mvc.perform(get("/admin/complaints").param("from", "2025-10-02").with(officer))
			.andReturn().getResponse().getContentAsString();
		assertThat(fromOnward).contains("(ทั้งหมด 246 รายการ)").contains("from=2025-10-02&amp;");
	}

	private static int rows(String page) {
		Matcher row = Pattern.compile("<a href=\"/admin/complaints/[0-9a-f]{24}\"").matcher(page);
		int n = 0;
		while (row.find()) {
			n++;
		}
		return n;
	}

	@Test
	void categoriesAreEditable() throws Exception {
		ComplaintCategory first = this.categories.active().get(0);
		this.mvc.perform(post("/admin/complaints/categories/" + first.getId()).param("name", "ไฟถนน")
			.param("divisionId", this.works.getId())
			.param("acknowledgeDays", "2")
			.param("resultDays", "10")
			.param("active", "true")
			.with(user("c").roles("COORDINATOR"))
			.with(csrf())).andExpect(flash().attribute("flash", "categories.saved"));
		ComplaintCategory saved = this.categories.find(first.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("ไฟถนน");
		assertThat(saved.getResultDays()).isEqualTo(10);
		assertThat(saved.isFollowUp()).isFalse();
		this.mvc.perform(post("/admin/complaints/categories/" + first.getId()).param("name", "x")
			.param("acknowledgeDays", "0")
			.param("resultDays", "10")
			.with(user("c").roles("COORDINATOR"))
			.with(csrf())).andExpect(flash().attribute("flashError", "categories.invalid"));
		String page = this.mvc.perform(get("/admin/complaints/categories").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("ไฟถนน");
	}

	@Test
	void statisticsExportAsCsvAndXlsx() throws Exception {
		var csv = this.mvc.perform(get("/admin/complaints/statistics.csv").param("year", "2569")
			.with(user("mayor").roles("EXECUTIVE"))).andExpect(status().isOk()).andReturn().getResponse();
		String text = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains("\"ตามหมวด\",\"รับเรื่อง\"")
			.contains("\"ไฟฟ้าส่องสว่างชำรุด\",\"1\",\"0\",\"1\"")
			.contains("\"เบาะแสการทุจริต (จำนวนเท่านั้น)\"")
			.contains("\"เรื่องซ้ำกับเรื่องอื่น (ไม่นับรวมในตัวเลขอื่น)\",\"0\"");
		assertThat(text).doesNotContain("script");
		byte[] xlsx = this.mvc.perform(get("/admin/complaints/statistics.xlsx").param("year", "2569")
			.with(user("mayor").roles("EXECUTIVE"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			boolean found = false;
			for (var row : sheet) {
				if (row.getCell(0) != null && "ไฟฟ้าส่องสว่างชำรุด".equals(row.getCell(0).getStringCellValue())) {
					assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.0);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		String page = this.mvc.perform(get("/admin/complaints/statistics").with(user("mayor").roles("EXECUTIVE")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("ไฟฟ้าส่องสว่างชำรุด").contains("รายไตรมาส").contains("<dd id=\"duplicates\">0</dd>");
		assertThat(ComplaintStatisticsController.csvCell("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
	}

	/** The rows of the statistics table under the heading {@code title}. */
	private static String statisticsTable(String page, String title) {
		int start = page.indexOf("<h2>" + title + "</h2>");
		assertThat(start).as(title).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	@Test
	void theStatisticsPeriodsAreNamedInThePagesLanguageThaiByDefault() throws Exception {
		String thai = this.mvc.perform(get("/admin/complaints/statistics").param("year", "2569")
			.with(user("mayor").roles("EXECUTIVE"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(statisticsTable(thai, "รายเดือน")).contains("<td>ตุลาคม 2568</td>", "<td>มกราคม 2569</td>", "<td>กันยายน 2569</td>");
		assertThat(statisticsTable(thai, "รายไตรมาส")).contains("<td>ไตรมาส 1</td>", "<td>ไตรมาส 4</td>");
		assertThat(statisticsTable(thai, "รายครึ่งปี")).contains("<td>ครึ่งปีแรก (ต.ค.–มี.ค.)</td>", "<td>ครึ่งปีหลัง (เม.ย.–ก.ย.)</td>");

		String english = this.mvc.perform(get("/admin/complaints/statistics").param("year", "2569").param("lang", "en")
			.with(user("mayor").roles("EXECUTIVE"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Pattern thaiLetters = Pattern.compile("[\\u0E00-\\u0E7F]");
		for (String title : List.of("By month", "By quarter", "By half-year")) {
			assertThat(statisticsTable(english, title)).as(title).doesNotContainPattern(thaiLetters);
		}
		assertThat(statisticsTable(english, "By month")).contains("<td>October 2568</td>", "<td>January 2569</td>", "<td>September 2569</td>");
		assertThat(statisticsTable(english, "By quarter")).contains("<td>Quarter 1</td>", "<td>Quarter 4</td>");
		assertThat(statisticsTable(english, "By half-year")).contains("<td>First half (Oct–Mar)</td>", "<td>Second half (Apr–Sep)</td>");

		String csv = this.mvc.perform(get("/admin/complaints/statistics.csv").param("year", "2569").param("lang", "en")
			.with(user("mayor").roles("EXECUTIVE"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"October 2568\",", "\"Quarter 1\",", "\"First half (Oct–Mar)\",").doesNotContain("ตุลาคม");
	}

	@Test
	void theCasePageAssignsAndChangesStatusWithAPhoto() throws Exception {
		String url = "/admin/complaints/" + this.xss.getId();
		String page = this.mvc.perform(get(url).with(user("o").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert").contains("0812345678");

		this.mvc.perform(post(url + "/assign").param("divisionId", this.works.getId())
			.with(user("o").roles("COMPLAINT_OFFICER"))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "complaints.assigned"));
		assertThat(this.complaints.get(this.xss.getId()).getDivisionId()).isEqualTo(this.works.getId());

		// บันทึก on the unchanged form (same status, no note, no photo): nothing recorded, nothing sent to the citizen
		int entries = this.complaints.get(this.xss.getId()).getTimeline().size();
		this.mvc.perform(multipart(url + "/status").param("formKey", "f0").param("status", "RECEIVED").param("note", " ")
			.with(user("o").roles("COMPLAINT_OFFICER")).with(csrf()))
			.andExpect(flash().attribute("flashError", "complaints.error.nothing-changed"));
		assertThat(this.complaints.get(this.xss.getId()).getTimeline()).hasSize(entries);
		this.mvc.perform(multipart(url + "/status").param("formKey", "f1").param("status", "DONE").with(user("o").roles("COMPLAINT_OFFICER")).with(csrf()))
			.andExpect(flash().attribute("flashError", "complaints.error.done-needs-photo-or-reason"));
		this.mvc.perform(multipart(url + "/status").file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "not an image".getBytes()))
			.param("formKey", "f2")
			.param("status", "DONE")
			.with(user("o").roles("COMPLAINT_OFFICER"))
			.with(csrf())).andExpect(flash().attribute("flashError", "complaints.error.photo-type"));
		assertThat(this.complaints.get(this.xss.getId()).getStatus()).isEqualTo(ComplaintStatus.RECEIVED);

		this.mvc.perform(multipart(url + "/status").file(new MockMultipartFile("photo", "after.jpg", "image/jpeg", JPEG))
			.param("formKey", "f3")
			.param("status", "DONE")
			.param("template", "true")
			.with(user("officer1").roles("COMPLAINT_OFFICER"))
			.with(csrf())).andExpect(flash().attribute("flash", "complaints.changed"));
		Complaint done = this.complaints.get(this.xss.getId());
		assertThat(done.getStatus()).isEqualTo(ComplaintStatus.DONE);
		Complaint.Entry last = done.getTimeline().get(done.getTimeline().size() - 1);
		assertThat(last.note()).isEqualTo("ดำเนินการแก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ");
		assertThat(last.by()).isEqualTo("officer1");
		this.mvc.perform(get(url + "/photos/0").with(user("o").roles("COMPLAINT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(content().bytes(JPEG));
		this.mvc.perform(get(url + "/photos/0").with(user("e").roles("EXECUTIVE"))).andExpect(status().isForbidden());
		assertThat(this.mongo.findAll(org.bson.Document.class, org.tidtam.complaints.PersonalDataAudit.COLLECTION))
			.extracting(d -> d.getString("who") + " " + d.getString("what") + " " + d.getString("id"))
			.contains("o complaint " + this.xss.getId(), "o complaint-photo:0 " + this.xss.getId());

		// a photo with a face can be deleted: the file goes, the case keeps an internal note of it
		this.mvc.perform(post(url + "/photos/0/delete").with(user("officer1").roles("COMPLAINT_OFFICER")).with(csrf()))
			.andExpect(flash().attribute("flash", "complaints.photo.deleted"));
		this.mvc.perform(post(url + "/photos/0/delete").with(user("officer1").roles("COMPLAINT_OFFICER")).with(csrf()))
			.andExpect(flash().attribute("flashError", "complaints.photo.gone"));
		Complaint after = this.complaints.get(this.xss.getId());
		assertThat(after.getPhotos()).isEmpty();
		assertThat(after.getTimeline().get(after.getTimeline().size() - 1).note()).startsWith("ลบรูปภาพที่ 1");
		assertThat(after.getTimeline().get(after.getTimeline().size() - 1).internal()).isTrue();
		assertThat(this.mongo.getCollection("complaint_photos.files").countDocuments()).isZero();
		this.mvc.perform(get(url + "/photos/0").with(user("o").roles("COMPLAINT_OFFICER"))).andExpect(status().isNotFound());
		this.mvc.perform(post(url + "/photos/0/delete").with(user("e").roles("EXECUTIVE")).with(csrf()))
			.andExpect(status().isForbidden());

		// an internal note with a new status: the officer is told the citizen hears of the status, not the note
		this.mvc.perform(multipart(url + "/status").param("formKey", "f4").param("status", "IN_PROGRESS")
			.param("note", "ผู้รับจ้างกลับมาแก้งานซ้ำ").param("internal", "true")
			.with(user("officer1").roles("COMPLAINT_OFFICER")).with(csrf()))
			.andExpect(flash().attribute("flash", "complaints.changed-note-internal"));
		this.mvc.perform(multipart(url + "/status").param("formKey", "f5").param("status", "IN_PROGRESS")
			.param("note", "นัดผู้รับจ้างวันจันทร์").param("internal", "true")
			.with(user("officer1").roles("COMPLAINT_OFFICER")).with(csrf()))
			.andExpect(flash().attribute("flash", "complaints.noted-internal"));
	}

	/**
	 * Approving a deletion erases the citizen's details from every case for good: the page says so and
	 * how many cases, and one click on the button without ticking the confirmation erases nothing.
	 */
	@Test
	void approvingADeletionRequestNeedsTheConfirmationTicked() throws Exception {
		this.mongo.remove(new Query(), org.tidtam.complaints.DataRequest.COLLECTION);
		org.tidtam.complaints.DataRequest erase = this.dataRequests.file("U1",
				org.tidtam.complaints.DataRequest.Kind.DELETE, "erase-1");
		org.springframework.test.web.servlet.request.RequestPostProcessor coordinator = user("c").roles("COORDINATOR");
		String page = this.mvc.perform(get("/admin/data-requests").with(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("อนุมัติและลบข้อมูลทันที")
			.contains("ออกจาก 1 เรื่อง (ย้อนกลับไม่ได้)")
			.containsPattern("<input type=\"checkbox\" name=\"confirmErase\" value=\"true\" required>");

		this.mvc.perform(post("/admin/data-requests/" + erase.getId()).param("approve", "true")
			.with(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "data-requests.confirm-erase-needed"));
		assertThat(this.dataRequests.find(erase.getId()).orElseThrow().getState())
			.isEqualTo(org.tidtam.complaints.DataRequest.State.PENDING);
		assertThat(this.complaints.get(this.xss.getId()).getContact().phone()).isEqualTo("0812345678");

		this.mvc.perform(post("/admin/data-requests/" + erase.getId()).param("approve", "true")
			.param("confirmErase", "true").with(coordinator).with(csrf()))
			.andExpect(flash().attribute("flash", "data-requests.decided"));
		assertThat(this.dataRequests.find(erase.getId()).orElseThrow().getState())
			.isEqualTo(org.tidtam.complaints.DataRequest.State.APPROVED);
		assertThat(this.complaints.get(this.xss.getId()).getContact().phone()).isNull();

		// a rejection needs no confirmation
		org.tidtam.complaints.DataRequest another = this.dataRequests.file("U1",
				org.tidtam.complaints.DataRequest.Kind.DELETE, "erase-2");
		this.mvc.perform(post("/admin/data-requests/" + another.getId()).param("approve", "false")
			.with(coordinator).with(csrf()))
			.andExpect(flash().attribute("flash", "data-requests.decided"));
	}

	@Test
	void thePersonalDataTrailNamesTheCaseByItsTicketAndWhatWasOpenedInThai() throws Exception {
		this.mongo.remove(new Query(), org.tidtam.complaints.PersonalDataAudit.COLLECTION);
		// a row written before tickets were recorded: the ticket is looked up
		this.mongo.insert(new org.bson.Document("at", java.util.Date.from(java.time.Instant.parse("2026-11-01T02:00:00Z")))
			.append("who", "earlier")
			.append("what", "complaint")
			.append("id", this.xss.getId()), org.tidtam.complaints.PersonalDataAudit.COLLECTION);
		this.mvc.perform(get("/admin/complaints/" + this.xss.getId()).with(user("somsri").roles("COMPLAINT_OFFICER")))
			.andExpect(status().isOk());
		String page = this.mvc.perform(get("/admin/data-requests/trail").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String trail = page.substring(page.indexOf("id=\"trail\""));
		assertThat(trail).contains("somsri", "earlier", "เปิดดูเรื่องร้องเรียน", this.xss.getTicket())
			.doesNotContain(this.xss.getId())
			.doesNotContain(">complaint<");
		assertThat(this.xss.getTicket()).startsWith("ร-");
		assertThat(this.mongo.findAll(org.bson.Document.class, org.tidtam.complaints.PersonalDataAudit.COLLECTION))
			.extracting(d -> d.getString("ticket"))
			.contains(this.xss.getTicket());
		String english = this.mvc.perform(get("/admin/data-requests/trail").param("lang", "en").with(user("c").roles("COORDINATOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Opened the complaint");
	}

	@Test
	void theSameStatusFormSentTwiceSavesAndTellsTheCitizenOnce() throws Exception {
		String url = "/admin/complaints/" + this.xss.getId();
		String page = this.mvc.perform(get(url).with(user("o").roles("COMPLAINT_OFFICER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"").matcher(page);
		assertThat(key.find()).as("the status form carries a one-time key").isTrue();
		int before = this.complaints.get(this.xss.getId()).getTimeline().size();
		long files = this.mongo.getCollection("complaint_photos.files").countDocuments();
		String note = "ช่างจะเข้าพื้นที่พรุ่งนี้เช้า";

		for (String expected : List.of("complaints.changed", "complaints.already-saved")) {
			this.mvc.perform(multipart(url + "/status").file(new MockMultipartFile("photo", "step.jpg", "image/jpeg", JPEG))
				.param("formKey", key.group(1))
				.param("status", "IN_PROGRESS")
				.param("note", note)
				.with(user("o").roles("COMPLAINT_OFFICER"))
				.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", expected));
		}

		Complaint after = this.complaints.get(this.xss.getId());
		assertThat(after.getTimeline()).hasSize(before + 1);
		assertThat(after.getPhotos()).hasSize(1);
		assertThat(this.mongo.getCollection("complaint_photos.files").countDocuments()).isEqualTo(files + 1);
		List<org.bson.Document> toCitizen = this.mongo.find(Query.query(Criteria.where("to").is("U1")),
				org.bson.Document.class, "line_outbox");
		assertThat(toCitizen).filteredOn(m -> m.getString("messagesJson").contains(note)).hasSize(1);

		// a fresh page gets a fresh key: the same words can be sent again on purpose
		this.mvc.perform(multipart(url + "/status").param("formKey", "another-page")
			.param("status", "IN_PROGRESS")
			.param("note", note)
			.with(user("o").roles("COMPLAINT_OFFICER"))
			.with(csrf())).andExpect(flash().attribute("flash", "complaints.changed"));
		assertThat(this.complaints.get(this.xss.getId()).getTimeline()).hasSize(before + 2);
	}

	@Test
	void aSurveyServiceIsRenamedAndRetiredFromItsPage() throws Exception {
		this.mongo.remove(new Query(), org.tidtam.complaints.SurveyService.SERVICES);
		org.springframework.test.web.servlet.request.RequestPostProcessor officer = user("o").roles("COMPLAINT_OFFICER");
		String page = this.mvc.perform(get("/admin/complaints/surveys").with(officer)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/admin/complaints/surveys/S1/rename").contains("/admin/complaints/surveys/S1/retire");

		this.mvc.perform(post("/admin/complaints/surveys/S1/rename").with(csrf()).with(officer).param("name", "<b>งานบัตร</b>"))
			.andExpect(flash().attribute("flash", "surveys.renamed"));
		this.mvc.perform(post("/admin/complaints/surveys/S1/rename").with(csrf()).with(officer).param("name", " "))
			.andExpect(flash().attribute("flashError", "surveys.invalid"));
		this.mvc.perform(post("/admin/complaints/surveys/S2/retire").with(csrf()).with(officer))
			.andExpect(flash().attribute("flash", "surveys.retired"));
		this.mvc.perform(post("/admin/complaints/surveys/S2/retire").with(csrf()).with(officer))
			.andExpect(flash().attribute("flashError", "surveys.unknown"));
		this.mvc.perform(post("/admin/complaints/surveys/S3/retire").with(officer)).andExpect(status().isForbidden());

		page = this.mvc.perform(get("/admin/complaints/surveys").with(officer)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;b&gt;งานบัตร&lt;/b&gt;").doesNotContain("<b>งานบัตร</b>")
			.doesNotContain("/admin/complaints/surveys/S2/retire")
			.contains("/admin/complaints/surveys/S3/retire");
	}

}

