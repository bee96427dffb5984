package org.tidtam.reports;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly summary's citizen voice (เสียงประชาชน) from the complaints module, against hand-computed
 * counts: only cases received since the previous meeting, as they stood on the meeting day. A web
 * port, because filing a case tells people in LINE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
class CitizenVoiceSummaryTests extends ReportsFixtureAccess {

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Test
	void theCitizenVoiceSectionCountsTheMonthsComplaintsAsTheyStoodAtTheMeeting() {
		org.tidtam.complaints.ComplaintService complaints = this.complaints;
		org.tidtam.complaints.ComplaintCategories categories = this.categories;
		buildYear();
		var road = categories.active().get(0);
		var other = categories.active().get(1);
		// two cases in [9 Dec, 13 Jan): one closed, one left open past its deadline; one before, one after
		at(LocalDateTime.of(2025, 12, 1, 10, 0));
		file(complaints, road.getId(), "ก่อนช่วง");
		at(LocalDateTime.of(2025, 12, 10, 10, 0));
		var closed = file(complaints, road.getId(), "ไฟดับหน้าวัด");
		complaints.changeStatus(closed.getId(), org.tidtam.complaints.ComplaintStatus.DONE, "ซ่อมแล้ว", false, "o",
				List.of(), null);
		complaints.rate(closed.getId(), "U-citizen", 4);
		at(LocalDateTime.of(2025, 12, 11, 10, 0));
		file(complaints, other.getId(), "ถนนทรุด");
		// a neighbour tells of the same lamp; the officer marks it a duplicate: the same matter counts once
		var again = file(complaints, road.getId(), "ไฟดับหน้าวัดอีกเรื่อง");
		complaints.changeStatus(again.getId(), org.tidtam.complaints.ComplaintStatus.DUPLICATE, "เรื่องเดียวกัน", false,
				"o", List.of(), closed.getTicket());
		at(LocalDateTime.of(2026, 1, 13, 8, 0));
		file(complaints, road.getId(), "หลังช่วง");

		MonthlySummary s = this.summaries.assemble(this.jan.getId());
		var v = s.citizenVoice().orElseThrow();
		assertThat(v.received()).isEqualTo(2);
		assertThat(v.done()).isEqualTo(1);
		assertThat(v.inProgress()).isEqualTo(1);
		assertThat(v.overdue()).as("filed 11 Dec, result due within 15 business days, still open on 13 Jan").isEqualTo(1);
		assertThat(v.byCategory()).extracting(CitizenVoiceFigures.Count::name).containsExactlyInAnyOrder(road.getName(),
				other.getName());
		assertThat(v.satisfactionAverage()).isEqualTo(4.0);
		assertThat(v.corruptionReports()).isZero();
		assertThat(v.duplicates()).isEqualTo(1);
		assertThat(v.byCategory()).filteredOn(c -> c.name().equals(road.getName()))
			.extracting(CitizenVoiceFigures.Count::received)
			.containsExactly(1L);
	}

	@Test
	void whatHappensToTheCasesAfterTheMeetingDoesNotRewriteItsSummary() {
		buildYear();
		var road = this.categories.active().get(0);
		at(LocalDateTime.of(2025, 12, 10, 10, 0));
		var closed = file(this.complaints, road.getId(), "ไฟดับหน้าวัด");
		this.complaints.changeStatus(closed.getId(), org.tidtam.complaints.ComplaintStatus.DONE, "ซ่อมแล้ว", false, "o",
				List.of(), null);
		// filed at 23:30 on the last day of December (Bangkok): December's, and open at the meeting
		at(LocalDateTime.of(2025, 12, 31, 23, 30));
		var open = file(this.complaints, road.getId(), "ถนนทรุด");
		var twice = file(this.complaints, road.getId(), "ไฟดับหน้าวัดอีกเรื่อง");
		var before = this.summaries.assemble(this.jan.getId()).citizenVoice().orElseThrow();
		assertThat(before.received()).isEqualTo(3);
		assertThat(before.duplicates()).isZero();
		assertThat(before.done()).isEqualTo(1);
		// after the 13 January meeting the open case is closed, and later the closed one is reopened
		at(LocalDateTime.of(2026, 1, 20, 10, 0));
		this.complaints.changeStatus(open.getId(), org.tidtam.complaints.ComplaintStatus.DONE, "ซ่อมแล้ว", false, "o",
				List.of(), null);
		this.complaints.rate(open.getId(), "U-citizen", 1);
		this.complaints.changeStatus(twice.getId(), org.tidtam.complaints.ComplaintStatus.DUPLICATE, "เรื่องเดียวกัน",
				false, "o", List.of(), closed.getTicket());
		assertThat(this.summaries.assemble(this.jan.getId()).citizenVoice().orElseThrow())
			.as("the January meeting's figures as they stood on 13 January, the later rating left out").isEqualTo(before);
		at(LocalDateTime.of(2026, 1, 25, 10, 0));
		this.complaints.reopen(closed.getId(), "U-citizen");
		this.complaints.changeStatus(open.getId(), org.tidtam.complaints.ComplaintStatus.IN_PROGRESS, "ยังไม่เสร็จ", false,
				"o", List.of(), null);
		assertThat(this.summaries.assemble(this.jan.getId()).citizenVoice().orElseThrow())
			.as("reopened after the meeting: still done on 13 January").isEqualTo(before);
	}

	@Autowired
	org.springframework.web.context.WebApplicationContext web;

	@Test
	void theYearDashboardDrawsTheYearsChartsForExecutives() throws Exception {
		buildYear();
		at(LocalDateTime.of(2025, 12, 10, 10, 0));
		file(this.complaints, this.categories.active().get(0).getId(), "ไฟดับหน้าวัด");
		at(LocalDateTime.of(2026, 1, 13, 8, 0));
		var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(this.web)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.build();
		String html = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/reports/year")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("exec")
					.roles("EXECUTIVE")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("สถานะการดำเนินงานตามมาตรการรายส่วนราชการ", "การรายงานผลก่อนการประชุมแต่ละเดือน",
				"เรื่องร้องเรียนที่รับรายเดือน", "ความพึงพอใจต่อการให้บริการ");
		java.util.regex.Matcher images = java.util.regex.Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)").matcher(html);
		List<String> svgs = new java.util.ArrayList<>();
		while (images.find()) {
			svgs.add(new String(java.util.Base64.getDecoder().decode(images.group(1)), java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(svgs).anySatisfy(svg -> assertThat(svg).contains("กองช่าง"))
			.anySatisfy(svg -> assertThat(svg).contains("ธันวาคม 2568").contains("แล้วเสร็จ"));
		assertThat(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/reports/year")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("s")
					.roles("STAFF")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private org.tidtam.complaints.Complaint file(org.tidtam.complaints.ComplaintService complaints, String category,
			String text) {
		return complaints.submit(new org.tidtam.complaints.NewComplaint("U-citizen", category, text, List.of(), null,
				new org.tidtam.complaints.Complaint.Contact(org.tidtam.complaints.Complaint.ContactMode.ANONYMOUS, null, null),
				"LINE", java.util.UUID.randomUUID().toString()));
	}

}
