package org.tidtam.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.Evidence;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

/**
 * A small municipality's fiscal year 2569 worked by hand (see {@link MonthlySummaryFixtureTests}): three
 * divisions, one of which never reports; a monthly measure for all, a quarter-1 measure for กองคลัง, a
 * measure added after the December meeting; meetings on the second Tuesday from November to February;
 * a resolution of the November meeting for กองช่าง that stays open.
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@Import(TestClockConfig.class)
public abstract class ReportsFixture {

	protected static final LocalDate NOV = LocalDate.of(2025, 11, 11);

	protected static final LocalDate DEC = LocalDate.of(2025, 12, 9);

	protected static final LocalDate JAN = LocalDate.of(2026, 1, 13);

	protected static final LocalDate FEB = LocalDate.of(2026, 2, 10);

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected PlanService plans;

	@Autowired
	protected MeasureService measures;

	@Autowired
	protected AssignmentService assignments;

	@Autowired
	protected ProgressService progress;

	@Autowired
	protected DivisionService divisions;

	@Autowired
	protected MeetingService meetings;

	@Autowired
	protected MonthlySummaryService summaries;

	protected Division pal;

	protected Division klang;

	protected Division chang;

	protected Plan plan;

	protected Measure monthly;

	protected Measure quarterOne;

	protected Measure addedMidYear;

	protected Measure resolution;

	protected Meeting nov;

	protected Meeting dec;

	protected Meeting jan;

	protected Meeting feb;

	@BeforeEach
	protected void emptyStore() {
		for (String c : List.of(Meeting.COLLECTION, Measure.COLLECTION, Assignment.COLLECTION, Plan.COLLECTION,
				ProgressReport.COLLECTION, "divisions", "organisation", "line_outbox", "complaints", "integrity_reports")) {
			this.mongo.remove(new Query(), c);
		}
	}

	protected void buildYear() {
		at(LocalDateTime.of(2025, 9, 25, 9, 0));
		this.pal = this.divisions.create("สำนักปลัดเทศบาล", "สำนักปลัด", List.of(), true, false);
		this.klang = this.divisions.create("กองคลัง", null, List.of(), true, false);
		this.chang = this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.plan = this.plans.create(FiscalYear.of(2569), null);
		this.monthly = this.measures.add(this.plan.getId(),
				MeasureForm.of("ประชุมชี้แจงมาตรการส่งเสริมคุณธรรมและความโปร่งใส", List.of(),
						List.of(this.pal.getId(), this.klang.getId(), this.chang.getId()), MeasureCadence.monthlyMeeting()));
		this.quarterOne = this.measures.add(this.plan.getId(), MeasureForm.of("เผยแพร่รายงานการเงินประจำไตรมาส",
				List.of(), List.of(this.klang.getId()), MeasureCadence.withinQuarter(1)));
		at(LocalDateTime.of(2025, 10, 1, 9, 0));
		this.plans.publish(this.plan.getId(), "coordinator");
		this.nov = this.meetings.at(NOV);
		this.dec = this.meetings.at(DEC);
		this.jan = this.meetings.at(JAN);
		this.feb = this.meetings.at(FEB);

		report(this.monthly, this.pal, LocalDateTime.of(2025, 10, 20, 10, 0), ProgressStatus.IN_PROGRESS, 30,
				"จัดทำร่างประกาศเจตจำนงสุจริต", 0);
		report(this.monthly, this.klang, LocalDateTime.of(2025, 11, 5, 14, 0), ProgressStatus.IN_PROGRESS, 50,
				"ชี้แจงเจ้าหน้าที่ในกองแล้ว", 0);
		at(LocalDateTime.of(2025, 11, 11, 16, 0));
		this.resolution = this.meetings.recordResolution(this.nov.getId(), "จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน",
				this.chang.getId(), LocalDate.of(2025, 11, 30));
		report(this.monthly, this.pal, LocalDateTime.of(2025, 11, 25, 11, 30), ProgressStatus.IN_PROGRESS, 60,
				"ประกาศเจตจำนงสุจริตแล้ว https://example.go.th/ita/2569", 2);
		at(LocalDateTime.of(2025, 12, 20, 9, 0));
		this.addedMidYear = this.measures.add(this.plan.getId(), MeasureForm.of("ตั้งกล่องรับความคิดเห็นที่จุดบริการ",
				List.of(), List.of(this.pal.getId()), MeasureCadence.monthlyMeeting()));
		report(this.monthly, this.pal, LocalDateTime.of(2026, 1, 5, 9, 0), ProgressStatus.DONE, 100,
				"จัดประชุมชี้แจงครบทุกส่วนราชการแล้ว", 1);
		report(this.quarterOne, this.klang, LocalDateTime.of(2026, 1, 20, 15, 0), ProgressStatus.DONE, 100,
				"เผยแพร่รายงานการเงินไตรมาสที่ 1 แล้ว", 0);
	}

	protected ProgressReport report(Measure measure, Division division, LocalDateTime bangkok, ProgressStatus status, Integer percent,
			String text, int evidenceFiles) {
		Assignment a = assignment(measure, division);
		ProgressReport r = new ProgressReport();
		r.setAssignmentId(a.getId());
		r.setStatus(status);
		r.setPercent(percent);
		r.setText(text);
		r.setReportedByName("เจ้าหน้าที่ " + division.getName());
		r.setReportedAt(bangkok.atZone(ThaiDates.BANGKOK).toInstant());
		r.setSource(ProgressReport.Source.WEB);
		java.util.regex.Matcher url = java.util.regex.Pattern.compile("https?://\\S+").matcher(text);
		if (url.find()) {
			r.setLinks(List.of(url.group()));
		}
		List<Evidence> files = new java.util.ArrayList<>();
		for (int i = 0; i < evidenceFiles; i++) {
			files.add(new Evidence("file-" + i, "photo-" + i + ".jpg", "image/jpeg", 1000, "sha" + i, "m" + i, null));
		}
		r.setEvidence(files);
		r.setIdempotencyKey(a.getId() + "@" + bangkok);
		return this.progress.record(r);
	}

	protected Assignment assignment(Measure measure, Division division) {
		return this.assignments.forMeasure(measure.getId())
			.stream()
			.filter(a -> a.getDivisionId().equals(division.getId()))
			.findFirst()
			.orElseThrow();
	}

	protected void at(LocalDateTime bangkok) {
		this.clock.set(bangkok.atZone(ThaiDates.BANGKOK).toInstant());
	}

	static Instant bangkok(LocalDateTime t) {
		return t.atZone(ThaiDates.BANGKOK).toInstant();
	}

}
