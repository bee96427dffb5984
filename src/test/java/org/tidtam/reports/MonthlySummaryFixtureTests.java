package org.tidtam.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationKind;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.Plan;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly summary against the fixture's figures, worked out by hand (comments give the arithmetic). */
class MonthlySummaryFixtureTests extends ReportsFixture {

	@Test
	void decemberMeetingReportsWhatCameSinceNovemberAndWhoSentNothing() {
		buildYear();
		MonthlySummary s = this.summaries.assemble(this.dec.getId());

		assertThat(s.previousMeeting()).isEqualTo(NOV);
		assertThat(s.since()).isEqualTo(NOV);
		assertThat(s.fiscalYear()).isEqualTo(FiscalYear.of(2569));
		assertThat(s.divisions()).extracting(MonthlySummary.DivisionSection::divisionName)
			.containsExactly("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง");
		MonthlySummary.Item palMonthly = item(s, this.monthly, this.pal.getId());
		// pal's newest report in [11 Nov, 9 Dec) is the one of 25 Nov: 60%, two photos, a link
		assertThat(palMonthly.latest().text()).isEqualTo("ประกาศเจตจำนงสุจริตแล้ว https://example.go.th/ita/2569");
		assertThat(palMonthly.latest().percent()).isEqualTo(60);
		assertThat(palMonthly.latest().evidenceCount()).isEqualTo(2);
		assertThat(palMonthly.latest().links()).containsExactly("https://example.go.th/ita/2569");
		assertThat(palMonthly.onTime()).isTrue();
		assertThat(palMonthly.state()).isEqualTo(AssignmentState.IN_PROGRESS);
		// klang reported on 5 Nov, before the November meeting: nothing since, still in progress
		MonthlySummary.Item klangMonthly = item(s, this.monthly, this.klang.getId());
		assertThat(klangMonthly.latest()).isNull();
		assertThat(klangMonthly.state()).isEqualTo(AssignmentState.IN_PROGRESS);
		// quarter 1 is due on 31 Dec: open, not overdue yet
		MonthlySummary.Item q1 = item(s, this.quarterOne, this.klang.getId());
		assertThat(q1.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(q1.overdue()).isFalse();
		// the resolution of 11 Nov is new on this agenda, and 9 days past its 30 Nov due date
		MonthlySummary.Item r = item(s, this.resolution, this.chang.getId());
		assertThat(r.resolution()).isTrue();
		assertThat(r.isNew()).isTrue();
		assertThat(r.daysOverdue()).isEqualTo(9);
		assertThat(r.carriedOver()).isZero();
		assertThat(s.notReported()).extracting(MonthlySummary.DivisionSection::divisionName)
			.containsExactly("กองคลัง", "กองช่าง");
		assertThat(s.counts()).isEqualTo(Map.of(AssignmentState.IN_PROGRESS, 2L, AssignmentState.NOT_STARTED, 3L));
		assertThat(s.citizenVoice()).get().satisfies(v -> {
			assertThat(v.received()).as("no complaints in the fixture: zeros, not missing").isZero();
			assertThat(v.byCategory()).isEmpty();
		});
	}


	@Test
	void withdrawnAndCorrectedReportsAreLeftOut() {
		buildYear();
		// pal sends 80% on 1 Dec and takes it back: its 25 Nov report (60%) is still the latest
		ProgressReport withdrawn = report(this.monthly, this.pal, LocalDateTime.of(2025, 12, 1, 10, 0),
				ProgressStatus.IN_PROGRESS, 80, "ส่งผิดเรื่อง", 0);
		this.progress.withdraw(withdrawn.getId());
		// klang's "done" of 2 Dec was replaced by a correction: as if it had not been sent
		ProgressReport corrected = report(this.monthly, this.klang, LocalDateTime.of(2025, 12, 2, 10, 0),
				ProgressStatus.DONE, 100, "เสร็จแล้ว", 0);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(corrected.getId())),
				Update.update(ProgressReport.SUPERSEDED_BY, "a-later-report"), ProgressReport.class);

		MonthlySummary s = this.summaries.assemble(this.dec.getId());

		assertThat(item(s, this.monthly, this.pal.getId()).latest().percent()).isEqualTo(60);
		MonthlySummary.Item klangMonthly = item(s, this.monthly, this.klang.getId());
		assertThat(klangMonthly.latest()).isNull();
		assertThat(klangMonthly.state()).isEqualTo(AssignmentState.IN_PROGRESS);
	}

	@Test
	void aReportCorrectedOnTheMeetingMorningCountsOnTheDayItWasFirstSent() {
		buildYear();
		// klang reports on 2 Dec, and on the meeting's morning (9 Dec, 08:30) fixes it in chat: 90%, not done
		ProgressReport sent = report(this.monthly, this.klang, LocalDateTime.of(2025, 12, 2, 10, 0), ProgressStatus.DONE,
				100, "ชี้แจงเจ้าหน้าที่ครบแล้ว", 0);
		at(LocalDateTime.of(2025, 12, 9, 8, 30));
		ProgressReport fix = new ProgressReport();
		fix.setCorrects(sent.getId());
		fix.setAssignmentId(sent.getAssignmentId());
		fix.setStatus(ProgressStatus.IN_PROGRESS);
		fix.setPercent(90);
		fix.setText("ชี้แจงเจ้าหน้าที่แล้ว 9 ใน 10 งาน");
		fix.setSource(ProgressReport.Source.CHAT);
		fix.setIdempotencyKey("fix-of-2-dec");
		this.progress.record(fix);

		MonthlySummary s = this.summaries.assemble(this.dec.getId());

		MonthlySummary.Item klangMonthly = item(s, this.monthly, this.klang.getId());
		assertThat(klangMonthly.latest()).as("the report of 2 Dec, as corrected").isNotNull();
		assertThat(klangMonthly.latest().text()).isEqualTo("ชี้แจงเจ้าหน้าที่แล้ว 9 ใน 10 งาน");
		assertThat(klangMonthly.latest().percent()).isEqualTo(90);
		assertThat(klangMonthly.onTime()).isTrue();
		assertThat(klangMonthly.state()).isEqualTo(AssignmentState.IN_PROGRESS);
		assertThat(klangMonthly.expectedReportMissing()).as("not listed as not reported").isFalse();
	}

	@Test
	void januaryMeetingHasTheMeasureAddedMidYearAsNewAndTheOverdueMostOverdueFirst() {
		buildYear();
		MonthlySummary s = this.summaries.assemble(this.jan.getId());

		MonthlySummary.Item added = item(s, this.addedMidYear, this.pal.getId());
		assertThat(added.isNew()).as("assigned on 20 Dec, after the December meeting").isTrue();
		assertThat(added.latest()).isNull();
		MonthlySummary.Item palMonthly = item(s, this.monthly, this.pal.getId());
		assertThat(palMonthly.state()).isEqualTo(AssignmentState.DONE);
		assertThat(palMonthly.latest().status()).isEqualTo(ProgressStatus.DONE);
		// pal has nothing missing: its new item is not expected yet, its monthly one reported
		assertThat(s.notReported()).extracting(MonthlySummary.DivisionSection::divisionName)
			.containsExactly("กองคลัง", "กองช่าง");
		// resolution: 30 Nov -> 13 Jan = 1 + 31 + 13 = 44 days; open at the December meeting: carried once
		// quarter 1: 31 Dec -> 13 Jan = 13 days; it was not yet due at the earlier meetings: not carried
		assertThat(s.overdue()).extracting(i -> i.title(), MonthlySummary.Item::daysOverdue, MonthlySummary.Item::carriedOver)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", 44L, 1),
					org.assertj.core.groups.Tuple.tuple("เผยแพร่รายงานการเงินประจำไตรมาส", 13L, 0));
	}

	@Test
	void februaryMeetingCarriesTheResolutionOverTwiceAndMarksALateReport() {
		buildYear();
		MonthlySummary s = this.summaries.assemble(this.feb.getId());

		MonthlySummary.Item r = item(s, this.resolution, this.chang.getId());
		// open at the December and January meetings; 30 Nov -> 10 Feb = 72 days
		assertThat(r.carriedOver()).isEqualTo(2);
		assertThat(r.daysOverdue()).isEqualTo(72);
		// quarter 1 was overdue and open at the January meeting: carried once, now reported done
		assertThat(s.carriedOver()).extracting(MonthlySummary.Item::title, MonthlySummary.Item::carriedOver)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", 2),
					org.assertj.core.groups.Tuple.tuple("เผยแพร่รายงานการเงินประจำไตรมาส", 1));
		// quarter 1 reported done on 20 Jan, after its 31 Dec due date: in the summary as done, late
		MonthlySummary.Item q1 = item(s, this.quarterOne, this.klang.getId());
		assertThat(q1.state()).isEqualTo(AssignmentState.DONE);
		assertThat(q1.onTime()).isFalse();
		assertThat(q1.overdue()).isFalse();
		// the measure added in December is no longer new and pal sent nothing on it
		assertThat(item(s, this.addedMidYear, this.pal.getId()).isNew()).isFalse();
		assertThat(s.notReported()).extracting(MonthlySummary.DivisionSection::divisionName)
			.containsExactly("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง");
		assertThat(s.counts()).isEqualTo(Map.of(AssignmentState.DONE, 2L, AssignmentState.IN_PROGRESS, 1L,
				AssignmentState.NOT_STARTED, 3L));
	}

	@Test
	void aResolutionIsAFollowUpItemOfThePlanNumberedApartAndAssignedToItsDivision() {
		buildYear();
		assertThat(this.resolution.getNumber()).isEqualTo(Measure.RESOLUTION_NUMBERS_FROM);
		assertThat(this.resolution.isResolution()).isTrue();
		assertThat(this.resolution.getOrigin()).isEqualTo(this.nov.getId());
		assertThat(this.meetings.get(this.nov.getId()).getResolutionIds()).containsExactly(this.resolution.getId());
		List<Assignment> assigned = this.assignments.forMeasure(this.resolution.getId());
		assertThat(assigned).extracting(Assignment::getDivisionId, Assignment::getDueOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.chang.getId(), LocalDate.of(2025, 11, 30)));
		// the plan's own numbering goes on after its measures, not after the resolutions
		assertThat(this.addedMidYear.getNumber()).isEqualTo(3);
		assertThat(this.measures.resolutions(this.plan.getId())).extracting(Measure::getId)
			.containsExactly(this.resolution.getId());
	}

	@Test
	void aroundFirstOctoberTheOctoberMeetingFollowsTheNewYearsPlanFromTheSeptemberMeeting() {
		buildYear();
		Meeting sep = this.meetings.at(LocalDate.of(2026, 9, 8));
		at(LocalDateTime.of(2026, 9, 20, 9, 0));
		Plan next = this.plans.create(FiscalYear.of(2570), null);
		Measure nextMonthly = this.measures.add(next.getId(), MeasureForm.of("รายงานผลการประเมิน ITA ต่อผู้บริหาร",
				List.of(), List.of(this.pal.getId()), MeasureCadence.monthlyMeeting()));
		this.plans.publish(next.getId(), "coordinator");
		report(this.monthly, this.pal, LocalDateTime.of(2026, 9, 30, 16, 0), ProgressStatus.DONE, 100,
				"สรุปผลทั้งปีแล้ว", 0);
		report(nextMonthly, this.pal, LocalDateTime.of(2026, 10, 2, 10, 0), ProgressStatus.IN_PROGRESS, 10,
				"เริ่มรวบรวมผลคะแนน", 0);
		Meeting oct = this.meetings.forMonth(java.time.YearMonth.of(2026, 10));

		assertThat(oct.getDate())
			.as("second Tuesday of October 2026 (no profile: the default rule), 13 October being วันนวมินทรมหาราช")
			.isEqualTo(LocalDate.of(2026, 10, 14));
		MonthlySummary october = this.summaries.assemble(oct.getId());
		assertThat(october.fiscalYear()).isEqualTo(FiscalYear.of(2570));
		assertThat(october.planId()).isEqualTo(next.getId());
		assertThat(october.since()).isEqualTo(LocalDate.of(2026, 9, 8));
		assertThat(october.items()).extracting(MonthlySummary.Item::measureId).containsExactly(nextMonthly.getId());
		MonthlySummary.Item only = october.items().get(0);
		assertThat(only.isNew()).as("assigned on 20 Sep, after the September meeting").isTrue();
		assertThat(only.latest().text()).isEqualTo("เริ่มรวบรวมผลคะแนน");

		MonthlySummary september = this.summaries.assemble(sep.getId());
		assertThat(september.fiscalYear()).isEqualTo(FiscalYear.of(2569));
		assertThat(september.since()).isEqualTo(FEB);
		assertThat(september.items()).extracting(MonthlySummary.Item::measureId).doesNotContain(nextMonthly.getId());
		assertThat(item(september, this.monthly, this.pal.getId()).latest())
			.as("30 Sep is after the September meeting: not in its summary").isNull();
	}

	@Test
	void theOctoberMeetingBeforeTheNewPlanIsOutFollowsUpWhatTheYearJustEndedStillOwes() {
		buildYear();
		// 2 October 2569: the new year's plan is still a draft; กองคลัง sends its year-end summary late
		at(LocalDateTime.of(2026, 10, 2, 10, 0));
		this.measures.add(this.plans.create(FiscalYear.of(2570), null).getId(),
				MeasureForm.of("จัดทำคู่มือการปฏิบัติงาน", List.of(), List.of(this.pal.getId()), MeasureCadence.monthlyMeeting()));
		report(this.monthly, this.klang, LocalDateTime.of(2026, 10, 2, 10, 0), ProgressStatus.DONE, 100,
				"สรุปผลทั้งปี ส่งหลังสิ้นปีงบประมาณ", 0);
		Meeting oct = this.meetings.forMonth(java.time.YearMonth.of(2026, 10));

		MonthlySummary october = this.summaries.assemble(oct.getId());
		assertThat(october.fiscalYear()).isEqualTo(FiscalYear.of(2569));
		assertThat(october.planId()).isEqualTo(this.plan.getId());
		MonthlySummary.Item late = item(october, this.monthly, this.klang.getId());
		assertThat(late.latest().text()).isEqualTo("สรุปผลทั้งปี ส่งหลังสิ้นปีงบประมาณ");
		assertThat(late.onTime()).as("sent after the year's end").isFalse();
		assertThat(item(october, this.monthly, this.chang.getId()).overdue()).isTrue();
		assertThat(item(october, this.resolution, this.chang.getId()).overdue()).isTrue();
		// what was finished within the year is not asked for again, monthly or not
		assertThat(october.items()).extracting(i -> i.measureId() + "/" + i.divisionId())
			.doesNotContain(this.monthly.getId() + "/" + this.pal.getId(),
					this.quarterOne.getId() + "/" + this.klang.getId());

		// the November meeting is past the late reports' end: nothing of a plan not in force
		assertThat(this.summaries.assemble(this.meetings.at(LocalDate.of(2026, 11, 10)).getId()).planId()).isNull();
	}

	@Test
	void withoutAPlanInForceTheMemoClaimsNeitherAnnouncedMeasuresNorDivisionsThatReported() {
		buildYear();
		// 2570: a draft plan, not yet published (no assignments); 2571: no plan at all
		at(LocalDateTime.of(2026, 10, 5, 9, 0));
		Plan draft = this.plans.create(FiscalYear.of(2570), null);
		this.measures.add(draft.getId(), MeasureForm.of("จัดทำคู่มือการปฏิบัติงาน", List.of(), List.of(this.pal.getId()),
				MeasureCadence.monthlyMeeting()));
		Meeting novDraft = this.meetings.at(LocalDate.of(2026, 11, 10));
		Meeting novNone = this.meetings.at(LocalDate.of(2027, 11, 9));
		for (Meeting m : List.of(novDraft, novNone)) {
			MonthlySummary s = this.summaries.assemble(m.getId());
			assertThat(s.planId()).as("nothing of a plan not in force is followed up").isNull();
			String text = MonthlySummaryDocument.build(s, null, m.getDate())
				.blocks()
				.stream()
				.filter(org.tidtam.reports.document.ReportDocument.Paragraph.class::isInstance)
				.map(b -> ((org.tidtam.reports.document.ReportDocument.Paragraph) b).text())
				.collect(java.util.stream.Collectors.joining("\n"));
			assertThat(text).doesNotContain("ทุกส่วนราชการรายงานผลแล้ว", "ตามที่หน่วยงานได้ประกาศใช้มาตรการ", "รายการที่ติดตามทั้งหมด")
				.contains("ยังไม่ได้ประกาศใช้มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
						+ s.fiscalYear());
			// the citizens' voice is then the only section: numbered first, not third
			assertThat(MonthlySummaryDocument.build(s, null, m.getDate())
				.blocks()
				.stream()
				.filter(org.tidtam.reports.document.ReportDocument.Heading.class::isInstance)
				.map(b -> ((org.tidtam.reports.document.ReportDocument.Heading) b).text())
				.toList()).containsExactly("๑. เสียงประชาชน (เรื่องร้องเรียน ข้อเสนอแนะ และความพึงพอใจ)");
		}
	}

	@Test
	void aMeetingCanBeMovedAndTheMonthStillFindsIt() {
		Meeting m = this.meetings.forMonth(java.time.YearMonth.of(2026, 4));
		// the second Tuesday, 14 April, is in Songkran (13–15): the rule's meeting is on Thursday 16
		assertThat(m.getDate()).isEqualTo(LocalDate.of(2026, 4, 16));
		this.meetings.reschedule(m.getId(), LocalDate.of(2026, 4, 17));
		assertThat(this.meetings.forMonth(java.time.YearMonth.of(2026, 4)).getId()).isEqualTo(m.getId());
		assertThat(this.meetings.forMonth(java.time.YearMonth.of(2026, 4)).getDate()).isEqualTo(LocalDate.of(2026, 4, 17));
	}

	@Test
	void theOrganisationsMeetingRuleDatesTheMonth() {
		Organisation profile = new Organisation("เทศบาลตำบลทดสอบ", OrganisationKind.MUNICIPALITY, "เชียงใหม่");
		profile.setMeetingRule(MeetingRule.of(java.time.DayOfWeek.THURSDAY, -1));
		this.mongo.save(profile);
		assertThat(this.meetings.forMonth(java.time.YearMonth.of(2026, 6)).getDate()).isEqualTo(LocalDate.of(2026, 6, 25));
		this.meetings.reschedule(this.meetings.forMonth(java.time.YearMonth.of(2026, 6)).getId(), LocalDate.of(2026, 6, 23));
		assertThat(this.meetings.forMonth(java.time.YearMonth.of(2026, 6)).getDate()).as("a moved meeting stays moved")
			.isEqualTo(LocalDate.of(2026, 6, 23));
		// and the reports fall due before the new day: the organisation's rule has the month's meeting on it
		MeetingRule rule = this.mongo.findAll(Organisation.class).get(0).meetingRule();
		assertThat(rule.meetingIn(java.time.YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 23));
		assertThat(rule.meetingIn(java.time.YearMonth.of(2026, 7))).as("other months keep the rule")
			.isEqualTo(LocalDate.of(2026, 7, 30));
		this.meetings.reschedule(this.meetings.forMonth(java.time.YearMonth.of(2026, 6)).getId(), LocalDate.of(2026, 6, 24));
		assertThat(this.mongo.findAll(Organisation.class).get(0).meetingRule().meetingIn(java.time.YearMonth.of(2026, 6)))
			.as("moved again: the later move wins").isEqualTo(LocalDate.of(2026, 6, 24));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.meetings.reschedule(this.meetings.forMonth(java.time.YearMonth.of(2026, 6)).getId(),
					LocalDate.of(2027, 5, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMonthlyReportSentLateOnTheMeetingMorningWasThatMonthsNotAlsoTheNextMeetings() {
		buildYear();
		// klang missed December's deadline (Monday 8 Dec) and reported on the December meeting's morning
		report(this.monthly, this.klang, LocalDateTime.of(2025, 12, 9, 8, 0), ProgressStatus.IN_PROGRESS, 70,
				"ชี้แจงเจ้าหน้าที่แล้ว 7 ใน 10 งาน", 0);

		MonthlySummary jan = this.summaries.assemble(this.jan.getId());
		MonthlySummary.Item klangMonthly = item(jan, this.monthly, this.klang.getId());
		assertThat(klangMonthly.latest()).as("the newest since the December meeting, shown").isNotNull();
		assertThat(klangMonthly.onTime()).as("December's late report, not January's on-time one").isFalse();
		assertThat(klangMonthly.expectedReportMissing()).as("January's report is still missing").isTrue();
		// January: pal reported, klang and chang not
		assertThat(jan.reporting()).filteredOn(r -> r.meeting().equals(JAN))
			.extracting(MonthlySummary.Reporting::reported, MonthlySummary.Reporting::missing)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L));

		// one sent the day after the meeting is January's, on time
		report(this.monthly, this.klang, LocalDateTime.of(2025, 12, 10, 9, 0), ProgressStatus.IN_PROGRESS, 80,
				"ชี้แจงเจ้าหน้าที่แล้ว 8 ใน 10 งาน", 0);
		jan = this.summaries.assemble(this.jan.getId());
		klangMonthly = item(jan, this.monthly, this.klang.getId());
		assertThat(klangMonthly.onTime()).isTrue();
		assertThat(klangMonthly.expectedReportMissing()).isFalse();
		assertThat(jan.reporting()).filteredOn(r -> r.meeting().equals(JAN))
			.extracting(MonthlySummary.Reporting::reported, MonthlySummary.Reporting::missing)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1L));
	}

	static MonthlySummary.Item item(MonthlySummary s, Measure measure, String divisionId) {
		return s.items()
			.stream()
			.filter(i -> i.measureId().equals(measure.getId()) && i.divisionId().equals(divisionId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item for " + measure.getTitle() + " / " + divisionId));
	}

}
