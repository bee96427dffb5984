package org.tidtam.complaints.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.DataRequest;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.PersonalDataAudit;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The coordinator's PDPA pages over years of use: the requests and the personal-data access trail a
 * page at a time, every old row reachable, narrowed by what an auditor asks (which days, who, which
 * case), the filters kept from page to page; for coordinators and admins only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class DataRequestPagesWebTests {

	/** Midnight of 1 March 2026 (2569 BE) in Bangkok. */
	static final Instant MARCH = Instant.parse("2026-02-28T17:00:00Z");

	static final RequestPostProcessor COORDINATOR = user("auditor").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	Complaint complaint;

	@BeforeEach
	void setUp() {
		for (String c : List.of(Complaint.COLLECTION, DataRequest.COLLECTION, PersonalDataAudit.COLLECTION)) {
			this.mongo.remove(new Query(), c);
		}
		this.complaint = this.complaints.submit(new NewComplaint("U1", this.categories.active().get(0).getId(),
				"ไฟดับหน้าวัด", List.of(), null, new Complaint.Contact(Complaint.ContactMode.PHONE, null, "0812345678"),
				"LINE", "k-trail"));
	}

	/**
	 * 75 rows an hour apart from 1 March, row i opening photo i + 1; every fifth row is of the one case,
	 * and one older row names that case by its id alone (written before tickets were kept).
	 */
	@Test
	void thePersonalDataTrailIsPagedAndFilteredByDaysPersonAndCase() throws Exception {
		for (int i = 0; i < 75; i++) {
			boolean theCase = i % 5 == 0;
			this.mongo.insert(new Document("at", Date.from(MARCH.plus(Duration.ofHours(i))))
				.append("who", i % 2 == 0 ? "somsri" : "somchai")
				.append("what", "complaint-photo:" + i)
				.append("id", theCase ? this.complaint.getId() : "another-case")
				.append("ticket", theCase ? this.complaint.getTicket() : "ร-2569-009999"), PersonalDataAudit.COLLECTION);
		}
		this.mongo.insert(new Document("at", Date.from(MARCH.minus(Duration.ofDays(30)))).append("who", "earlier")
			.append("what", "complaint")
			.append("id", this.complaint.getId()), PersonalDataAudit.COLLECTION);

		String first = trail(Map.of());
		assertThat(rows(first)).isEqualTo(50);
		assertThat(first).contains("พบ 76 รายการ", "หน้า 1 จาก 2", "รูปภาพที่ 75 ของ")
			.doesNotContain("รูปภาพที่ 25 ของ");
		String second = trail(Map.of("page", "1"));
		assertThat(rows(second)).isEqualTo(26);
		assertThat(firstRow(second)).as("the 51st newest row opens page 2").contains("รูปภาพที่ 25 ของ");
		assertThat(second).contains("หน้า 2 จาก 2", "earlier").doesNotContain("รูปภาพที่ 26 ของ");

		// one day in Bangkok (2 March 2569 BE: rows 24 to 47), shown in Buddhist years
		String oneDay = trail(Map.of("from", "2026-03-02", "to", "2026-03-02"));
		assertThat(rows(oneDay)).isEqualTo(24);
		assertThat(oneDay).contains("พบ 24 รายการ", "รูปภาพที่ 25 ของ", "รูปภาพที่ 48 ของ", "2 มี.ค. 2569")
			.doesNotContain("รูปภาพที่ 24 ของ", "รูปภาพที่ 49 ของ");
		// one person
		String somsri = trail(Map.of("who", "somsri"));
		assertThat(rows(somsri)).isEqualTo(38);
		assertThat(somsri).contains("พบ 38 รายการ").doesNotContain("<td>somchai</td>");
		// one case, by its number typed with Thai digits: the older row without the number too
		String oneCase = trail(Map.of("ticket", org.tidtam.shared.ThaiDates.thaiDigits(this.complaint.getTicket())));
		assertThat(rows(oneCase)).isEqualTo(16);
		assertThat(oneCase).contains("พบ 16 รายการ", "<td>earlier</td>").doesNotContain("ร-2569-009999");

		// three days are two pages; the link to the second keeps them
		String threeDays = trail(Map.of("from", "2026-03-01", "to", "2026-03-03"));
		assertThat(threeDays).contains("พบ 72 รายการ", "หน้า 1 จาก 2");
		String nextUrl = next(threeDays);
		assertThat(nextUrl).isEqualTo("/admin/data-requests/trail?from=2026-03-01&to=2026-03-03&page=1");
		String older = this.mvc.perform(get(java.net.URI.create(nextUrl)).with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(rows(older)).isEqualTo(22);
		assertThat(older).doesNotContain("<td>earlier</td>").doesNotContain("รูปภาพที่ 73 ของ");

		assertThat(this.mongo.count(new Query(), PersonalDataAudit.COLLECTION)).as("reading the trail records nothing")
			.isEqualTo(76);
		assertThat(this.mvc.perform(get("/admin/data-requests/trail").with(user("a").roles("ADMIN"))).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		for (String role : List.of("COMPLAINT_OFFICER", "EXECUTIVE", "INTEGRITY_OFFICER", "DIVISION_HEAD", "STAFF")) {
			assertThat(this.mvc.perform(get("/admin/data-requests/trail").with(user("x").roles(role))).andReturn()
				.getResponse().getStatus()).as(role).isEqualTo(403);
		}
	}

	/** 130 copy requests an hour apart from 1 March; the even ones still open, the odd ones decided. */
	@Test
	void theRequestsArePagedAndFilteredByWhetherTheyAreDecided() throws Exception {
		List<DataRequest> requests = new ArrayList<>();
		for (int i = 0; i < 130; i++) {
			DataRequest r = new DataRequest();
			r.setKind(DataRequest.Kind.COPY);
			r.setLineUserId("U-" + i);
			r.setCreatedAt(MARCH.plus(Duration.ofHours(i)));
			r.setIdempotencyKey("req-" + i);
			if (i % 2 == 1) {
				r.setState(i % 4 == 1 ? DataRequest.State.APPROVED : DataRequest.State.REJECTED);
				r.setDecidedBy("decider-" + i);
			}
			requests.add(r);
		}
		this.mongo.insertAll(requests);

		String first = requests(Map.of());
		assertThat(rows(first, "requests")).isEqualTo(50);
		// the newest is 6 March 09:00 (row 129); the 50th newest 4 March 08:00 (row 80)
		assertThat(first).contains("พบ 130 รายการ", "หน้า 1 จาก 3", "6 มี.ค. 2569 09:00:00", "4 มี.ค. 2569 08:00:00")
			.doesNotContain("4 มี.ค. 2569 07:00:00")
			.contains("href=\"/admin/data-requests/trail\"");
		String second = requests(Map.of("page", "1"));
		assertThat(firstRow(second, "requests")).as("the 51st newest opens page 2").contains("4 มี.ค. 2569 07:00:00");

		String open = requests(Map.of("state", "OPEN"));
		assertThat(open).contains("พบ 65 รายการ", "หน้า 1 จาก 2").doesNotContain("decider-");
		assertThat(rows(open, "requests")).isEqualTo(50);
		String nextUrl = next(open);
		assertThat(nextUrl).isEqualTo("/admin/data-requests?state=OPEN&page=1");
		String openOlder = this.mvc.perform(get(java.net.URI.create(nextUrl)).with(COORDINATOR)).andReturn()
			.getResponse().getContentAsString();
		assertThat(rows(openOlder, "requests")).isEqualTo(15);
		assertThat(openOlder).doesNotContain("decider-").contains("1 มี.ค. 2569 00:00:00");

		// deciding one from the open ones comes back to the open ones
		assertThat(openOlder).contains("<input type=\"hidden\" name=\"state\" value=\"OPEN\">");
		this.mvc.perform(post("/admin/data-requests/" + requests.get(0).getId()).param("approve", "true")
			.param("state", "OPEN").with(COORDINATOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/data-requests?state=OPEN"));
		this.mvc.perform(post("/admin/data-requests/" + requests.get(2).getId()).param("approve", "false")
			.with(COORDINATOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/data-requests"));
		assertThat(requests(Map.of("state", "OPEN"))).contains("พบ 63 รายการ");

		String decided = requests(Map.of("state", "DECIDED"));
		assertThat(decided).contains("พบ 67 รายการ", "decider-129").doesNotContain("name=\"approve\"");

		for (String role : List.of("COMPLAINT_OFFICER", "EXECUTIVE", "INTEGRITY_OFFICER")) {
			assertThat(this.mvc.perform(get("/admin/data-requests").param("state", "OPEN").with(user("x").roles(role)))
				.andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
		}
	}

	/** The pages count and skip in the store along these indexes (in the pages' order) rather than sort it all. */
	@Test
	void theTrailAndTheRequestsHaveIndexesInThePagesOrder() {
		assertThat(this.mongo.indexOps(PersonalDataAudit.COLLECTION).getIndexInfo())
			.extracting(org.springframework.data.mongodb.core.index.IndexInfo::getName)
			.contains("time", "who_time", "ticket_time", "case_time");
		assertThat(this.mongo.indexOps(DataRequest.COLLECTION).getIndexInfo())
			.extracting(org.springframework.data.mongodb.core.index.IndexInfo::getName)
			.contains("time", "state_time");
	}

	private String trail(Map<String, String> params) throws Exception {
		return page("/admin/data-requests/trail", params);
	}

	private String requests(Map<String, String> params) throws Exception {
		return page("/admin/data-requests", params);
	}

	private String page(String url, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = get(url);
		params.forEach(request::param);
		return this.mvc.perform(request.with(COORDINATOR)).andReturn().getResponse().getContentAsString();
	}

	/** Where the pager's link to older rows goes. */
	private static String next(String page) {
		Matcher next = Pattern.compile("<a rel=\"next\"\\s+href=\"([^\"]+)\"").matcher(page);
		assertThat(next.find()).as("a link to older rows").isTrue();
		return HtmlUtils.htmlUnescape(next.group(1));
	}

	private static String tbody(String page, String table) {
		int at = page.indexOf("id=\"" + table + "\"");
		return at < 0 ? "" : page.substring(page.indexOf("<tbody>", at), page.indexOf("</tbody>", at));
	}

	private static int rows(String page) {
		return rows(page, "trail");
	}

	private static int rows(String page, String table) {
		return tbody(page, table).split("<tr>", -1).length - 1;
	}

	private static String firstRow(String page) {
		return firstRow(page, "trail");
	}

	private static String firstRow(String page, String table) {
		String body = tbody(page, table);
		return body.substring(body.indexOf("<tr>"), body.indexOf("</tr>"));
	}

}
