package org.tidtam.complaints;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.complaints.integrity.IntegrityReport;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics of fiscal year 2569 against a fixture computed by hand: four cases (one received at
 * 00:30 on 1 November in Bangkok, still 31 October in UTC), one of the next year, one corruption report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@Import(TestClockConfig.class)
class ComplaintStatisticsTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DivisionService divisions;

	@Autowired
	ComplaintStatistics statistics;

	Division works;

	Division health;

	@BeforeEach
	void fixture() {
		for (String c : List.of(Complaint.COLLECTION, Division.COLLECTION, IntegrityReport.COLLECTION)) {
			this.mongo.remove(new Query(), c);
		}
		this.works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.health = this.divisions.create("กองสาธารณสุขและสิ่งแวดล้อม", null, List.of(), true, false);
		insert("A", 2569, "2025-10-05T03:00:00Z", "ไฟฟ้าส่องสว่างชำรุด", this.works, "LINE", ComplaintStatus.DONE,
				"2025-10-08T03:00:00Z", 5, 0);
		insert("B", 2569, "2025-10-31T17:30:00Z", "ขยะ ความสะอาด", this.health, "LINE", ComplaintStatus.NOT_IN_MANDATE,
				"2025-11-02T17:30:00Z", null, 0);
		insert("C", 2569, "2026-01-10T03:00:00Z", "ไฟฟ้าส่องสว่างชำรุด", this.works, "LINE", ComplaintStatus.IN_PROGRESS,
				null, null, 1);
		insert("D", 2569, "2026-04-01T03:00:00Z", "ไฟฟ้าส่องสว่างชำรุด", this.works, "PHONE", ComplaintStatus.DONE,
				"2026-04-11T03:00:00Z", 3, 0);
		// the same lamp as A told again, marked a duplicate the same day: in no figure but its own line
		insert("F", 2569, "2025-10-05T05:00:00Z", "ไฟฟ้าส่องสว่างชำรุด", this.works, "LINE", ComplaintStatus.DUPLICATE,
				"2025-10-05T06:00:00Z", 1, 0);
		insert("E", 2570, "2026-10-01T03:00:00Z", "ขยะ ความสะอาด", this.health, "LINE", ComplaintStatus.RECEIVED, null, null,
				0);
		IntegrityReport report = new IntegrityReport();
		report.setTicket("ท-2569-000001");
		report.setFiscalYear(2569);
		report.setStatus(IntegrityStatus.RECEIVED);
		report.setDescription("ไม่ควรปรากฏในสถิติ");
		report.setCreatedAt(Instant.parse("2026-02-01T03:00:00Z"));
		this.mongo.insert(report);
	}

	@Test
	void theYearCountsAsComputedByHand() {
		ComplaintStatistics.Stats stats = this.statistics.forYear(FiscalYear.of(2569));
		assertThat(stats.total()).isEqualTo(new ComplaintStatistics.Row("ALL", "รวม", 4, 3, 1));
		assertThat(stats.months()).hasSize(12);
		assertThat(stats.months().get(0)).extracting("key", "received", "done", "inProgress")
			.containsExactly("2025-10", 1L, 1L, 0L);
		assertThat(stats.months().get(1)).extracting("key", "received", "done").containsExactly("2025-11", 1L, 1L);
		assertThat(stats.months().get(3)).extracting("key", "received", "inProgress").containsExactly("2026-01", 1L, 1L);
		assertThat(stats.months().get(6)).extracting("key", "received").containsExactly("2026-04", 1L);
		assertThat(stats.months().stream().mapToLong(ComplaintStatistics.Row::received).sum()).isEqualTo(4);
		assertThat(stats.months().get(0).label()).isEqualTo("ตุลาคม 2568");
		assertThat(stats.quarters()).extracting(ComplaintStatistics.Row::received).containsExactly(2L, 1L, 1L, 0L);
		assertThat(stats.quarters().get(0).done()).isEqualTo(2);
		assertThat(stats.halves()).extracting(ComplaintStatistics.Row::received).containsExactly(3L, 1L);
		assertThat(stats.halves()).extracting(ComplaintStatistics.Row::inProgress).containsExactly(1L, 0L);
		assertThat(stats.byCategory()).extracting("label", "received", "done", "inProgress")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ไฟฟ้าส่องสว่างชำรุด", 3L, 2L, 1L),
					org.assertj.core.groups.Tuple.tuple("ขยะ ความสะอาด", 1L, 1L, 0L));
		assertThat(stats.byDivision()).extracting("label", "received")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("กองช่าง", 3L),
					org.assertj.core.groups.Tuple.tuple("กองสาธารณสุขและสิ่งแวดล้อม", 1L));
		assertThat(stats.byChannel()).extracting("key", "received")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LINE", 3L), org.assertj.core.groups.Tuple.tuple("PHONE", 1L));
		// closed after 3, 2 and 10 days
		assertThat(stats.averageDaysToClose()).isEqualTo(5.0);
		assertThat(stats.medianDaysToClose()).isEqualTo(3.0);
		assertThat(stats.ratings()).isEqualTo(2);
		assertThat(stats.averageRating()).isEqualTo(4.0);
		assertThat(stats.reopened()).isEqualTo(1);
		assertThat(stats.duplicates()).isEqualTo(1);
		assertThat(stats.integrity().total()).isEqualTo(1);
		assertThat(stats.integrity().byStatus().get(IntegrityStatus.RECEIVED)).isEqualTo(1);
		assertThat(stats.toString()).doesNotContain("ไม่ควรปรากฏ");
	}

	@Test
	void anEmptyYearHasZerosAndNoAverages() {
		ComplaintStatistics.Stats stats = this.statistics.forYear(FiscalYear.of(2571));
		assertThat(stats.total().received()).isZero();
		assertThat(stats.duplicates()).isZero();
		assertThat(stats.averageDaysToClose()).isNull();
		assertThat(stats.medianDaysToClose()).isNull();
		assertThat(stats.integrity().total()).isZero();
	}

	private void insert(String key, int year, String created, String category, Division division, String channel,
			ComplaintStatus status, String closed, Integer rating, int reopened) {
		Complaint c = new Complaint();
		c.setTicket("ร-" + year + "-" + key);
		c.setFiscalYear(year);
		c.setCreatedAt(Instant.parse(created));
		c.setCategoryName(category);
		c.setDivisionId(division.getId());
		c.setChannel(channel);
		c.setStatus(status);
		c.setClosedAt(closed == null ? null : Instant.parse(closed));
		c.setRating(rating);
		c.setReopenCount(reopened);
		c.setDescription("x");
		this.mongo.insert(c);
	}

}
