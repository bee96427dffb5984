package org.tidtam.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintCategory;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.SurveyService;
import org.tidtam.complaints.integrity.IntegrityService;
import org.tidtam.complaints.integrity.NewIntegrityReport;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.reports.ReportsFixtureAccess;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every admin page with {@code ?lang=en} on a year of data (the reports fixture, plus a complaint, a
 * corruption report, a survey and a division head who signs in): once the data people typed in is masked,
 * nothing the app itself writes on the page is Thai. What stays Thai on purpose is masked too: the name
 * Tidtam · ติดตาม and the ไทย language link, ticket numbers (ร-2569-000001, which citizens quote), the memo
 * and the year-end report's text (official documents are Thai), the replies a complaint officer sends to a
 * citizen on LINE, and the Thai words an English sentence quotes for people to type or find (ผูกกลุ่ม, กช.).
 * And the Thai pages still say the same things in Thai.
 */
@AutoConfigureMockMvc
class EnglishPagesTests extends ReportsFixtureAccess {

	private static final Pattern THAI = Pattern.compile("\\p{IsThai}+");

	/** Thai that English sentences of the message files quote on purpose: words to type, tap or write. */
	private static final List<String> QUOTED = List.of("Tidtam · ติดตาม", "สำนักปลัดฯ, สำนักปลัด ฯ", "กช.", "พบ ๕๑๐๐๑",
			"\"ผูกกลุ่มกับส่วนราชการ\"", "\"ผูกกลุ่ม\"", "\"อื่น ๆ\"");

	/** A sign-in with every role, linked to the head of กองช่าง, so that every page has something to show. */
	private static final RequestPostProcessor EVERY_ROLE = user("head").roles(
			EnumSet.allOf(Role.class).stream().map(Role::name).toArray(String[]::new));

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonService people;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Autowired
	IntegrityService integrity;

	@Autowired
	SurveyService surveys;

	/** What people typed in (or the app seeded as editable data): allowed to stay Thai. */
	private final Set<String> userData = new LinkedHashSet<>();

	private final Map<String, String> ids = new LinkedHashMap<>();

	private void seed() throws Exception {
		for (String c : List.of("people", AdminUser.COLLECTION, Complaint.COLLECTION, SurveyService.SERVICES,
				SurveyService.RESPONSES)) {
			this.mongo.remove(new Query(), c);
		}
		buildYear();
		at(LocalDateTime.of(2026, 1, 21, 10, 0));
		Person head = this.people.create("นายสมชาย ช่างดี", "ผู้อำนวยการกองช่าง", this.chang.getId(),
				EnumSet.of(Role.DIVISION_HEAD), null);
		AdminUser signIn = this.mongo.insert(new AdminUser("head", "{noop}x", "สมชาย ช่างดี", EnumSet.allOf(Role.class),
				Instant.now(this.clock)));
		this.mvc.perform(post("/admin/users/" + signIn.getId() + "/person").param("personId", head.getId())
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andExpect(status().is3xxRedirection());
		ComplaintCategory category = this.categories.active().get(0);
		Complaint complaint = this.complaints.submit(new NewComplaint("U1", category.getId(), "ไฟดับหน้าวัด", List.of(),
				null, new Complaint.Contact(Complaint.ContactMode.PHONE, null, "0812345678"), "LINE", "k1"));
		String ticket = this.integrity.submit(new NewIntegrityReport("U00000000000000000000000000000e01",
				"เรียกรับเงินค่าใบอนุญาต", List.of(), true, null, null, "dialog-1"));
		this.surveys.addService("งานทะเบียนราษฎร");
		String integrityId = this.integrity.list("head")
			.stream()
			.filter(r -> ticket.equals(r.getTicket()))
			.findFirst()
			.orElseThrow()
			.getId();

		this.ids.put("measure", this.monthly.getId());
		this.ids.put("assignment", assignment(this.monthly, this.pal).getId());
		this.ids.put("person", head.getId());
		this.ids.put("complaint", complaint.getId());
		this.ids.put("integrity", integrityId);
		this.ids.put("meeting", this.jan.getId());

		this.userData.addAll(List.of("นายสมชาย ช่างดี", "ผู้อำนวยการกองช่าง", "สมชาย ช่างดี", "ไฟดับหน้าวัด",
				"เรียกรับเงินค่าใบอนุญาต", "งานทะเบียนราษฎร"));
		this.divisions.all().forEach(d -> {
			this.userData.add(d.getName());
			if (d.getShortName() != null) {
				this.userData.add(d.getShortName());
			}
		});
		for (Measure m : List.of(this.monthly, this.quarterOne, this.addedMidYear)) {
			this.userData.add(this.measures.find(m.getId()).orElseThrow().getTitle());
		}
		this.userData.add(this.resolution.getTitle());
		this.categories.active().forEach(c -> this.userData.add(c.getName()));
		this.surveys.services().forEach(v -> this.userData.add(v.name()));
		this.progress.between(this.plan.getId(), Instant.EPOCH, Instant.now(this.clock).plusSeconds(1)).forEach(r -> {
			this.userData.add(r.getText());
			this.userData.add(r.getReportedByName());
		});
	}

	private String page(String url, String lang) throws Exception {
		MockHttpServletRequestBuilder request = get(url).with(EVERY_ROLE);
		return this.mvc.perform(lang == null ? request : request.param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The Thai runs a person reads on {@code html} (text, titles, alt texts, chart labels), after the user
	 * data and the printed memo are masked; each with a little context.
	 */
	private List<String> thaiSaidByTheApp(String html) {
		String text = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "");
		text = withoutElement(text, "<div class=\"report-document\"");
		text = text.replaceAll("<a [^>]*lang=\"th\"[^>]*>[^<]*</a>", "");
		text = text.replaceAll("data-template=\"[^\"]*\"", ""); // the reply a citizen gets on LINE
		text = text.replaceAll("(?s)(<textarea[^>]*>).*?</textarea>", "$1</textarea>"); // the year-end report's text
		text = text.replaceAll("[รท]-\\d{4}-\\d{6}", "TICKET");
		text = withCharts(text);
		text = text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
		List<String> masks = new ArrayList<>(this.userData);
		masks.addAll(QUOTED);
		masks.sort(Comparator.comparingInt(String::length).reversed());
		for (String mask : masks) {
			text = text.replace(mask, "▒");
		}
		List<String> found = new ArrayList<>();
		Matcher thai = THAI.matcher(text);
		while (thai.find()) {
			int from = Math.max(0, thai.start() - 40);
			int to = Math.min(text.length(), thai.end() + 20);
			found.add(text.substring(from, to).replaceAll("\\s+", " "));
		}
		return found;
	}

	/** {@code html} without the element that opens with {@code opening} (a div, nested divs included). */
	static String withoutElement(String html, String opening) {
		int start = html.indexOf(opening);
		while (start >= 0) {
			Matcher tag = Pattern.compile("<(/?)div\\b").matcher(html);
			int depth = 0;
			int end = -1;
			tag.region(start, html.length());
			while (tag.find()) {
				depth += tag.group(1).isEmpty() ? 1 : -1;
				if (depth == 0) {
					end = html.indexOf('>', tag.end()) + 1;
					break;
				}
			}
			if (end <= 0) {
				return html.substring(0, start);
			}
			html = html.substring(0, start) + html.substring(end);
			start = html.indexOf(opening);
		}
		return html;
	}

	@Test
	void everyAdminPageInEnglishSaysNothingInThaiButWhatPeopleTypedIn() throws Exception {
		seed();
		List<String> pages = List.of("/admin", "/admin/line/events", "/admin/line/outbox", "/admin/users",
				"/admin/people", "/admin/people/" + this.ids.get("person"), "/admin/divisions", "/admin/plan",
				"/admin/plan/import", "/admin/organisation", "/admin/plan/measures/new",
				"/admin/plan/measures/" + this.ids.get("measure"), "/admin/plan/indicators", "/admin/my-division",
				"/admin/assignments/" + this.ids.get("assignment"), "/admin/progress", "/admin/progress/participation",
				"/admin/progress/assignments/" + this.ids.get("assignment"), "/admin/complaints",
				"/admin/complaints/" + this.ids.get("complaint"), "/admin/complaints/statistics",
				"/admin/complaints/categories", "/admin/complaints/surveys", "/admin/integrity",
				"/admin/integrity/" + this.ids.get("integrity"), "/admin/integrity/trail", "/admin/data-requests",
				"/admin/data-requests/trail", "/admin/reports",
				"/admin/reports/meetings/" + this.ids.get("meeting"), "/admin/reports/year", "/admin/reports/year-end",
				"/admin/reports/progress");
		Map<String, List<String>> thai = new LinkedHashMap<>();
		for (String url : pages) {
			List<String> found = thaiSaidByTheApp(page(url, "en"));
			if (!found.isEmpty()) {
				thai.put(url, found);
			}
		}
		StringBuilder report = new StringBuilder();
		thai.forEach((url, found) -> {
			report.append(url).append('\n');
			found.stream().distinct().forEach(f -> report.append("    ").append(f).append('\n'));
		});
		assertThat(thai).as(report.toString()).isEmpty();
	}

	/** Each fixed page: the label on the Thai page, and what the English page says instead. */
	@Test
	void theFixedLabelsAreThaiOnTheThaiPageAndEnglishOnTheEnglishOne() throws Exception {
		seed();
		String[][] labels = {
				{ "/admin/users", "21 ม.ค. 2569 10:00:00", "21 Jan 2569 10:00:00" },
				{ "/admin/plan", "30 กันยายน 2569", "30 September 2569" },
				{ "/admin/organisation", "10 กุมภาพันธ์ 2569", "10 February 2569" },
				{ "/admin/my-division", "30 พฤศจิกายน 2568", "30 November 2568" },
				{ "/admin/progress", "ก่อนการประชุมประจำเดือนมกราคม 2569", "Before the January 2569 meeting" },
				{ "/admin/progress/assignments/" + this.ids.get("assignment"), "5 ม.ค. 2569 09:00:00", "5 Jan 2569 09:00:00" },
				{ "/admin/complaints/" + this.ids.get("complaint"), "26 มกราคม 2569", "26 January 2569" },
				{ "/admin/integrity/" + this.ids.get("integrity"), "21 ม.ค. 2569 10:00:00", "21 Jan 2569 10:00:00" },
				{ "/admin/plan/indicators", "เริ่มจากตัวชี้วัด ITA ปี พ.ศ. ๒๕๖๒–๒๕๖๕", "Start from ITA indicators of 2562–2565" },
				{ "/admin/complaints/surveys", "ความพึงพอใจโดยรวม", "Overall satisfaction" },
				{ "/admin/reports/year-end", "ไม่ระบุตัวชี้วัด", "No indicator given" },
				{ "/admin/reports/year", "รายงานทันการประชุม", "Reported in time" },
				{ "/admin/reports/year", "ตุลาคม 2568", "October 2568" },
				{ "/admin/reports/year", "13 ม.ค. 2569", "13 Jan 2569" },
				{ "/admin/reports/year", "สถานะการดำเนินงานตามมาตรการรายส่วนราชการ ปีงบประมาณ 2569",
						"Measures by status and division, fiscal year 2569" } };
		for (String[] label : labels) {
			String thai = withCharts(page(label[0], null));
			String english = withCharts(page(label[0], "en"));
			assertThat(thai).as(label[0] + " in Thai").contains(label[1]);
			assertThat(english).as(label[0] + " in English").contains(label[2]).doesNotContain(label[1]);
		}
	}

	/** The page and the text of its charts (SVG images inlined as base64). */
	private static String withCharts(String html) {
		StringBuilder out = new StringBuilder(html);
		Matcher svg = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)").matcher(html);
		while (svg.find()) {
			out.append(new String(Base64.getDecoder().decode(svg.group(1)), java.nio.charset.StandardCharsets.UTF_8));
		}
		return out.toString();
	}

}
