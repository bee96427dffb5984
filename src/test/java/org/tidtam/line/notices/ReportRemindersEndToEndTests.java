package org.tidtam.line.notices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.reminders.ReminderSchedule;
import org.tidtam.reminders.ReminderService;
import org.tidtam.reminders.ReportReminders;
import org.tidtam.reminders.ReportingClosed;
import org.tidtam.reminders.ReportsDue;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders for missing reports, with a fixed clock around a quarter-2 deadline (Tuesday 31 March
 * 2569): three days before, the division's group hears only what it has not reported (a division that
 * reported hears nothing); the working day before, its head personally; after the deadline, the
 * executives one digest. Nothing in quiet hours or on a weekend, and nothing twice however often the
 * job runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.notices.gather-millis=100" })
@Import(TestClockConfig.class)
class ReportRemindersEndToEndTests {

	static final String ENGINEERING_HEAD = "U00000000000000000000000000000c01";

	static final String FINANCE_HEAD = "U00000000000000000000000000000c02";

	static final String MAYOR = "U00000000000000000000000000000c03";

	static final String GROUP = "C00000000000000000000000000000c01";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	PersonService people;

	@Autowired
	DivisionService divisions;

	@Autowired
	LinkingService linking;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ProgressService progress;

	@Autowired
	ReportReminders reportReminders;

	@Autowired
	ReminderService reminders;

	@Autowired
	org.tidtam.progress.ProgressStandings standings;

	@Autowired
	MongoTemplate mongo;

	Division engineering;

	Division finance;

	Measure signs;

	Measure prices;

	@BeforeEach
	void setUp() {
		this.clock.set(bangkok(2026, 3, 2, 10, 0));
		this.line.reset();
		for (String c : List.of("people", "divisions", "line_link_codes", "line_link_attempts", "line_group_bindings",
				"plans", "measures", "assignments", "indicator_sets", "line_outbox", "shedLock", "progress_reports",
				"organisation")) {
			this.mongo.remove(new Query(), c);
		}
		this.engineering = this.divisions.create("กองช่าง", "", List.of(), true, false);
		this.finance = this.divisions.create("กองคลัง", "", List.of(), true, false);
		link(this.people.create("วิไล ช่างคิด", "ผู้อำนวยการกองช่าง", this.engineering.getId(), Set.of(Role.DIVISION_HEAD), null),
				ENGINEERING_HEAD);
		link(this.people.create("มานี รอบคอบ", "ผู้อำนวยการกองคลัง", this.finance.getId(), Set.of(Role.DIVISION_HEAD), null),
				FINANCE_HEAD);
		link(this.people.create("นายกเทศมนตรี", "นายกเทศมนตรี", null, Set.of(Role.EXECUTIVE), null), MAYOR);
		this.line.putGroup(GROUP, "กองช่าง");
		this.line.text(Chat.group(GROUP, ENGINEERING_HEAD), "ผูกกลุ่มกับส่วนราชการ");
		awaitSent(GROUP, 1);
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.signs = this.measures.add(plan.getId(), new MeasureForm(1, null, "ติดป้ายช่องทางร้องเรียน", List.of(),
				List.of(this.engineering.getId(), this.finance.getId()), MeasureCadence.withinQuarter(2), null, null));
		this.prices = this.measures.add(plan.getId(), new MeasureForm(2, null, "เปิดเผยราคากลาง", List.of(),
				List.of(this.engineering.getId()), MeasureCadence.withinQuarter(2), null, null));
		this.plans.publish(plan.getId(), "coordinator");
		awaitSent(ENGINEERING_HEAD, 2); // link answer, then the notice
		awaitSent(FINANCE_HEAD, 2);
		awaitSent(GROUP, 2); // the binding's answer, then the group's notice of the plan, pushed on its own time
		report(this.signs, this.finance, bangkok(2026, 3, 20, 14, 0));
		this.line.reset();
	}

	@Test
	void onlyWhatIsMissingIsRemindedOnceAtEachStageAndExecutivesGetOneDigest() {
		// Thursday 26 March: before the reminder day (Friday 27, three days before the Tuesday deadline
		// falls on Saturday 28, so the working day before)
		at(2026, 3, 26, 8, 30);
		assertThat(this.reportReminders.run(3)).isEmpty();

		at(2026, 3, 27, 8, 30);
		assertThat(this.reminders.fire(ReminderSchedule.REPORTS)).isTrue();
		Sent toGroup = awaitSent(GROUP, 1).get(0);
		assertThat(toGroup.firstText()).startsWith("📋 แจ้งเตือนรายงานความคืบหน้า รายงานผลภายในวันที่ 31 มีนาคม 2569\n\n")
			.doesNotContain("กำหนดส่งภายใน 31 มีนาคม 2569")
			.contains("ข้อ 1 ติดป้ายช่องทางร้องเรียน")
			.contains("ข้อ 2 เปิดเผยราคากลาง");
		JsonNode chips = toGroup.messages().get(0).at("/quickReply/items");
		assertThat(chips.size()).isEqualTo(2);
		assertThat(chips.get(0).at("/action/data").asText()).startsWith("prg=start&v=");
		assertThat(this.line.sentTo(FINANCE_HEAD)).as("finance reported: nothing for it").isEmpty();
		// the same day again: nothing twice
		this.reportReminders.run(3);
		quietFor(GROUP, 1);

		// Friday evening and the weekend are quiet
		at(2026, 3, 27, 21, 0);
		assertThat(this.reportReminders.run(3)).isEmpty();
		at(2026, 3, 28, 9, 0);
		assertThat(this.reportReminders.run(3)).isEmpty();

		// Monday 30 March, the working day before the deadline: the head personally; the group not again
		at(2026, 3, 30, 8, 30);
		this.reportReminders.run(3);
		Sent personal = awaitSent(ENGINEERING_HEAD, 1).get(0);
		assertThat(personal.firstText()).contains("พรุ่งนี้ครบกำหนดรายงาน").contains("ข้อ 1").contains("ข้อ 2");
		quietFor(GROUP, 1);
		report(this.prices, this.engineering, bangkok(2026, 3, 30, 10, 0));

		// Wednesday 1 April: one digest to the executives
		at(2026, 4, 1, 8, 30);
		this.reportReminders.run(3);
		Sent digest = awaitSent(MAYOR, 1).get(0);
		assertThat(digest.endpoint()).isEqualTo("multicast");
		assertThat(digest.firstText()).contains("รายงานแล้ว 2 จาก 3 รายการ")
			.contains("ข้อ 1 ติดป้ายช่องทางร้องเรียน\n  ✅ กองคลัง\n  ❌ ยังไม่รายงาน: กองช่าง")
			.contains("ข้อ 2 เปิดเผยราคากลาง\n  ✅ กองช่าง");
		this.reportReminders.run(3);
		quietFor(MAYOR, 1);
		assertThat(this.line.sentTo(FINANCE_HEAD)).isEmpty();
	}

	@Test
	void aRemindersDayMissedWhileDownIsCaughtUpButReportedWorkIsNotReminded() {
		report(this.signs, this.engineering, bangkok(2026, 3, 25, 9, 0));
		at(2026, 3, 30, 10, 0); // the app was down on Friday 27
		List<Object> due = this.reportReminders.run(3);
		assertThat(due).filteredOn(ReportsDue.class::isInstance)
			.map(ReportsDue.class::cast)
			.allSatisfy(d -> assertThat(d.assignmentIds()).hasSize(1))
			.extracting(ReportsDue::stage)
			.containsExactlyInAnyOrder(ReportsDue.Stage.SOON, ReportsDue.Stage.TOMORROW);
		assertThat(awaitSent(GROUP, 1).get(0).firstText()).contains("ข้อ 2").doesNotContain("ข้อ 1 ");
	}

	@Test
	void theYearEndDeadlineOf30SeptemberIsDigestedOn1OctoberInTheNewFiscalYear() {
		Plan plan = this.plans.forYear(FiscalYear.of(2569)).orElseThrow();
		Measure summary = this.measures.add(plan.getId(), new MeasureForm(3, null, "สรุปผลการดำเนินงานประจำปี", List.of(),
				List.of(this.engineering.getId(), this.finance.getId()), MeasureCadence.fiscalYearEnd(), null, null));
		// finance reports every quarter owed since the measure was added (2 March): quarters 2 and 3 on time,
		// so that the report of 29 September answers the year-end summary (one that skipped quarter 3 would
		// have it taken as quarter 3's late report: a report counts for one period only)
		report(summary, this.finance, bangkok(2026, 3, 25, 10, 0), ProgressStatus.IN_PROGRESS);
		report(summary, this.finance, bangkok(2026, 6, 25, 10, 0), ProgressStatus.IN_PROGRESS);
		report(summary, this.finance, bangkok(2026, 9, 29, 10, 0));
		this.line.reset();
		at(2026, 9, 30, 21, 0); // quiet: nothing
		assertThat(this.reportReminders.run(3)).isEmpty();
		at(2026, 10, 1, 8, 30); // Thursday 1 October 2569 (fiscal year 2570 has begun)
		this.reportReminders.run(3);
		Sent digest = awaitSent(MAYOR, 1).get(0);
		assertThat(digest.firstText()).contains("รายงานผลภายในวันที่ 30 กันยายน 2569")
			.contains("ข้อ 3 สรุปผลการดำเนินงานประจำปี\n  ✅ กองคลัง\n  ❌ ยังไม่รายงาน: กองช่าง");
	}

	@Test
	void aMondayDeadlineIsAnnouncedOnFridayWithoutCallingItTomorrow() {
		// second-Tuesday meeting of 10 March 2569: reports due Monday 9 March, the head hears on Friday 6
		Plan plan = this.plans.forYear(FiscalYear.of(2569)).orElseThrow();
		this.measures.add(plan.getId(), new MeasureForm(3, null, "รายงานผลในที่ประชุมประจำเดือน", List.of(),
				List.of(this.engineering.getId()), MeasureCadence.monthlyMeeting(), null, null));
		awaitSent(ENGINEERING_HEAD, 1);
		awaitSent(GROUP, 1); // the group's notice of the new measure, pushed on its own time
		this.line.reset();
		at(2026, 3, 6, 8, 30);
		this.reportReminders.run(3);
		String personal = awaitSent(ENGINEERING_HEAD, 1).get(0).firstText();
		assertThat(personal).doesNotContain("พรุ่งนี้")
			.contains("จะครบกำหนดรายงาน ก่อนการประชุมประจำเดือนมีนาคม 2569 ในวันจันทร์ที่ 9 มีนาคม 2569")
			.contains("ข้อ 3 รายงานผลในที่ประชุมประจำเดือน");
	}

	@Test
	void aMeetingOnSongkranMovesAndItsDeadlineIsTheWorkingDayBeforeTheHolidays() {
		// the second Tuesday of April 2569 is 14 April, Songkran (13–15): the meeting moves to Thursday 16
		// and the reports are due on Friday 10 April, the working day before the holidays and the weekend
		Plan plan = this.plans.forYear(FiscalYear.of(2569)).orElseThrow();
		this.measures.add(plan.getId(), new MeasureForm(3, null, "รายงานผลในที่ประชุมประจำเดือน", List.of(),
				List.of(this.engineering.getId()), MeasureCadence.monthlyMeeting(), null, null));
		awaitSent(ENGINEERING_HEAD, 1);
		awaitSent(GROUP, 1); // the group's notice of the new measure, pushed on its own time
		this.line.reset();
		at(2026, 4, 10, 8, 30);
		List<Object> due = this.reportReminders.run(3);
		assertThat(due).filteredOn(ReportsDue.class::isInstance)
			.map(ReportsDue.class::cast)
			.extracting(ReportsDue::deadline)
			.containsOnly(java.time.LocalDate.of(2026, 4, 10));
		assertThat(awaitSent(ENGINEERING_HEAD, 1).get(0).firstText())
			.contains("วันนี้ครบกำหนดรายงาน ก่อนการประชุมประจำเดือนเมษายน 2569 (10 เมษายน 2569)");
		assertThat(awaitSent(GROUP, 1).get(0).firstText())
			.startsWith("📋 แจ้งเตือนรายงานความคืบหน้า ก่อนการประชุมประจำเดือนเมษายน 2569\nกำหนดส่งภายใน 10 เมษายน 2569");
	}

	@Test
	void aCorrectionMadeAfterTheDeadlineKeepsItsReportInItsPeriodAndDoesNotAnswerTheNextOne() {
		Plan plan = this.plans.forYear(FiscalYear.of(2569)).orElseThrow();
		Measure monthly = this.measures.add(plan.getId(), new MeasureForm(3, null, "รายงานผลในที่ประชุมประจำเดือน",
				List.of(), List.of(this.engineering.getId()), MeasureCadence.monthlyMeeting(), null, null));
		awaitSent(ENGINEERING_HEAD, 1);
		awaitSent(GROUP, 1); // the group's notice of the new measure, pushed on its own time
		// reported on Thursday 5 March for the meeting of 10 March (due Monday 9), a typo corrected on 11 March
		ProgressReport first = report(monthly, this.engineering, bangkok(2026, 3, 5, 10, 0));
		ProgressReport fix = new ProgressReport();
		fix.setAssignmentId(first.getAssignmentId());
		fix.setCorrects(first.getId());
		fix.setStatus(ProgressStatus.IN_PROGRESS); // monthly work goes on: April is owed too
		fix.setText("อยู่ระหว่างดำเนินการ (แก้ไขคำผิด)");
		fix.setSource(ProgressReport.Source.WEB);
		fix.setReportedAt(bangkok(2026, 3, 11, 9, 0));
		this.progress.record(fix);
		this.line.reset();
		// the March period stays reported in the digest …
		at(2026, 3, 11, 10, 0);
		assertThat(this.reportReminders.due(3)).filteredOn(ReportingClosed.class::isInstance)
			.map(ReportingClosed.class::cast)
			.flatExtracting(ReportingClosed::lines)
			.filteredOn(l -> l.measureId().equals(monthly.getId()))
			.singleElement()
			.satisfies(l -> assertThat(l.missing()).isEmpty());
		// (the progress grid reads it the same way: on time)
		org.tidtam.progress.ProgressStandings.Snapshot grid = this.standings.snapshot(plan);
		org.tidtam.measures.plan.Assignment assignment = grid.assignments()
			.stream()
			.filter(x -> x.getId().equals(first.getAssignmentId()))
			.findFirst()
			.orElseThrow();
		List<org.tidtam.progress.ReportingPeriod> periods = grid.periods().get(assignment.getId());
		int march = periods.indexOf(periods.stream().filter(p -> p.key().equals("2026-03")).findFirst().orElseThrow());
		assertThat(grid.standing(assignment, march)).isEqualTo(org.tidtam.progress.ReportingPeriods.Standing.ON_TIME);
		// … and April's report is still owed: the correction was not a new report
		at(2026, 4, 7, 8, 30);
		assertThat(this.reportReminders.due(3)).filteredOn(ReportsDue.class::isInstance)
			.map(ReportsDue.class::cast)
			.filteredOn(d -> d.divisionId().equals(this.engineering.getId()))
			.flatExtracting(ReportsDue::assignmentIds)
			.contains(first.getAssignmentId());
	}

	@Test
	void aReportLateForMarchMadeOnTheMeetingMorningDoesNotAnswerAprilWhoseRemindersStillCome() {
		Plan plan = this.plans.forYear(FiscalYear.of(2569)).orElseThrow();
		Measure monthly = this.measures.add(plan.getId(), new MeasureForm(3, null, "รายงานผลในที่ประชุมประจำเดือน",
				List.of(), List.of(this.engineering.getId()), MeasureCadence.monthlyMeeting(), null, null));
		awaitSent(ENGINEERING_HEAD, 1);
		awaitSent(GROUP, 1); // the group's notice of the new measure, pushed on its own time
		// due Monday 9 March for the meeting of Tuesday 10 March: reported on the meeting's morning, a day late
		// (in progress: monthly work goes on, April is owed too)
		ProgressReport late = report(monthly, this.engineering, bangkok(2026, 3, 10, 8, 0), ProgressStatus.IN_PROGRESS);
		this.line.reset();
		// the March digest counts it (late is reported) …
		at(2026, 3, 11, 10, 0);
		assertThat(this.reportReminders.due(3)).filteredOn(ReportingClosed.class::isInstance)
			.map(ReportingClosed.class::cast)
			.flatExtracting(ReportingClosed::lines)
			.filteredOn(l -> l.measureId().equals(monthly.getId()))
			.singleElement()
			.satisfies(l -> assertThat(l.reported()).containsExactly(this.engineering.getId()));
		// … but it was March's report: April's (due Friday 10 April, Songkran moves the meeting) is still owed
		at(2026, 4, 7, 8, 30);
		assertThat(this.reportReminders.due(3)).filteredOn(ReportsDue.class::isInstance)
			.map(ReportsDue.class::cast)
			.filteredOn(d -> d.divisionId().equals(this.engineering.getId()))
			.flatExtracting(ReportsDue::assignmentIds)
			.contains(late.getAssignmentId());
		// and "what is left" in the group says so
		this.line.text(Chat.group(GROUP, ENGINEERING_HEAD), "สถานะ");
		assertThat(awaitSent(GROUP, 1).get(0).firstText())
			.contains("ข้อ 3 รายงานผลในที่ประชุมประจำเดือน\n   ส่งภายใน 10 เม.ย. 2569");
		// the grid reads it the same way: March late, April not reported yet
		org.tidtam.progress.ProgressStandings.Snapshot grid = this.standings.snapshot(plan);
		org.tidtam.measures.plan.Assignment assignment = grid.assignments()
			.stream()
			.filter(x -> x.getId().equals(late.getAssignmentId()))
			.findFirst()
			.orElseThrow();
		List<org.tidtam.progress.ReportingPeriod> periods = grid.periods().get(assignment.getId());
		List<String> keys = periods.stream().map(org.tidtam.progress.ReportingPeriod::key).toList();
		assertThat(grid.standing(assignment, keys.indexOf("2026-03"))).isEqualTo(org.tidtam.progress.ReportingPeriods.Standing.LATE);
		assertThat(grid.standing(assignment, keys.indexOf("2026-04"))).isEqualTo(org.tidtam.progress.ReportingPeriods.Standing.OPEN);
	}

	@Test
	void aWithdrawnReportIsNotAReportAndTheDigestSaysSoInWords() {
		ProgressReport financeReport = this.mongo.findAll(ProgressReport.class)
			.stream()
			.filter(r -> r.getDivisionId().equals(this.finance.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(this.progress.withdraw(financeReport.getId())).isTrue();
		at(2026, 4, 1, 8, 30);
		this.reportReminders.run(3);
		String digest = awaitSent(MAYOR, 1).get(0).firstText();
		assertThat(digest).startsWith("📊 สรุปการรายงาน รายงานผลภายในวันที่ 31 มีนาคม 2569\n")
			.contains("ยังไม่มีส่วนราชการใดรายงาน (ทั้งหมด 3 รายการ)")
			.doesNotContain("0 จาก")
			.contains("ข้อ 1 ติดป้ายช่องทางร้องเรียน\n  ❌ ยังไม่รายงาน: กองช่าง, กองคลัง");
	}

	@Test
	void aHeadsNoteCaughtUpOnTheDeadlineSaysToday() {
		// the app was down from Friday 27 March to the deadline, Tuesday 31 March
		at(2026, 3, 31, 9, 0);
		this.reportReminders.run(3);
		String personal = awaitSent(ENGINEERING_HEAD, 1).get(0).firstText();
		assertThat(personal).doesNotContain("พรุ่งนี้").contains("วันนี้ครบกำหนดรายงาน");
	}

	@Test
	void statusInTheGroupOrOneToOneSaysWhatIsLeftWithAReportButtonEach() {
		at(2026, 3, 27, 15, 0);
		this.line.text(Chat.group(GROUP, ENGINEERING_HEAD), "สถานะ");
		Sent group = awaitSent(GROUP, 1).get(0);
		assertThat(group.endpoint()).isEqualTo("reply");
		assertThat(group.firstText()).contains("สถานะมาตรการของกองช่าง")
			.contains("ยังไม่ได้รายงาน 2 รายการ")
			.contains("ข้อ 1 ติดป้ายช่องทางร้องเรียน")
			.contains("ส่งภายใน 31 มี.ค. 2569");
		assertThat(group.messages().get(0).at("/quickReply/items").size()).isEqualTo(2);

		this.line.text(Chat.user(FINANCE_HEAD), "สถานะ");
		assertThat(awaitSent(FINANCE_HEAD, 1).get(0).firstText()).contains("รายงานครบทุกมาตรการในรอบนี้แล้ว")
			.contains("ข้อ 1 ติดป้ายช่องทางร้องเรียน (ดำเนินการแล้ว · รายงานล่าสุด 20 มี.ค. 2569)");

		// a citizen typing the word gets the ordinary answer, nothing about divisions
		String citizen = "U00000000000000000000000000000c99";
		this.line.text(Chat.user(citizen), "สถานะ");
		assertThat(awaitSent(citizen, 1).get(0).toString()).doesNotContain("สถานะมาตรการ");
	}

	@Test
	void inEarlyOctoberStatusStillSaysWhatLastYearOwesAndItsButtonOpensTheReport() {
		// Monday 5 October 2569: fiscal year 2570 began, its plan is not out yet
		at(2026, 10, 5, 10, 0);
		this.line.text(Chat.group(GROUP, ENGINEERING_HEAD), "สถานะ");
		Sent group = awaitSent(GROUP, 1).get(0);
		assertThat(group.firstText()).contains("กองช่าง ยังไม่มีมาตรการที่ได้รับมอบหมายในปีงบประมาณนี้")
			.contains("ค้างจากปีงบประมาณ 2569 2 รายการ (ส่งรายงานย้อนหลังได้ถึง 31 ต.ค. 2569)")
			.contains("ข้อ 1 ติดป้ายช่องทางร้องเรียน")
			.contains("ข้อ 2 เปิดเผยราคากลาง");
		JsonNode chips = group.messages().get(0).at("/quickReply/items");
		assertThat(chips.size()).isEqualTo(2);

		// the button starts a report on last year's measure, not "no longer on your list"
		this.line.postback(Chat.group(GROUP, ENGINEERING_HEAD), chips.get(0).at("/action/data").asText(), java.util.Map.of());
		Sent dialog = awaitSent(GROUP, 2).get(1);
		assertThat(dialog.firstText()).contains("[ปี 2569] ติดป้ายช่องทางร้องเรียน").doesNotContain("ไม่ได้อยู่ในรายการ");

		// a division that finished last year's hears only the ordinary answer
		this.line.text(Chat.user(FINANCE_HEAD), "สถานะ");
		assertThat(awaitSent(FINANCE_HEAD, 1).get(0).firstText())
			.isEqualTo("กองคลัง ยังไม่มีมาตรการที่ได้รับมอบหมายในปีงบประมาณนี้ค่ะ");

		// a late report takes the measure off the list; November closes last year
		report(this.prices, this.engineering, bangkok(2026, 10, 6, 9, 0));
		this.line.text(Chat.user(ENGINEERING_HEAD), "สถานะ");
		assertThat(awaitSent(ENGINEERING_HEAD, 1).get(0).firstText()).contains("ค้างจากปีงบประมาณ 2569 1 รายการ")
			.doesNotContain("เปิดเผยราคากลาง");
		at(2026, 11, 2, 10, 0);
		this.line.text(Chat.user(ENGINEERING_HEAD), "สถานะ");
		assertThat(awaitSent(ENGINEERING_HEAD, 2).get(1).firstText()).doesNotContain("2569");
	}

	private ProgressReport report(Measure measure, Division division, Instant at) {
		return report(measure, division, at, ProgressStatus.DONE);
	}

	private ProgressReport report(Measure measure, Division division, Instant at, ProgressStatus status) {
		ProgressReport r = new ProgressReport();
		r.setAssignmentId(this.assignments.forMeasure(measure.getId())
			.stream()
			.filter(a -> a.getDivisionId().equals(division.getId()))
			.findFirst()
			.orElseThrow()
			.getId());
		r.setStatus(status);
		r.setText(status == ProgressStatus.DONE ? "ดำเนินการแล้ว" : "อยู่ระหว่างดำเนินการ");
		r.setSource(ProgressReport.Source.WEB);
		r.setReportedAt(at);
		return this.progress.record(r);
	}

	private void link(Person person, String lineUserId) {
		this.line.text(Chat.user(lineUserId), this.linking.issueCode(person.getId()).code());
		awaitSent(lineUserId, 1);
	}

	private void at(int y, int m, int d, int hh, int mm) {
		this.clock.set(bangkok(y, m, d, hh, mm));
	}

	private void quietFor(String chatId, int count) {
		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(chatId).size() == count);
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

	static Instant bangkok(int y, int m, int d, int hh, int mm) {
		return LocalDateTime.of(y, m, d, hh, mm).atZone(ThaiDates.BANGKOK).toInstant();
	}

}
