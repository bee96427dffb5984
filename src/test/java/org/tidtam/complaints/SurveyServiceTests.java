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
import org.tidtam.shared.FiscalYear;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** Survey answers aggregate per service and half of the fiscal year, once per dialog, without LINE ids. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@Import(TestClockConfig.class)
class SurveyServiceTests {

	@Autowired
	SurveyService surveys;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void empty() {
		this.mongo.remove(new Query(), SurveyService.RESPONSES);
		this.mongo.remove(new Query(), SurveyService.SERVICES);
	}

	@Test
	void averagesPerServiceAndHalfYear() {
		assertThat(this.surveys.services()).extracting(SurveyService.SurveyedService::code).startsWith("S1", "S2");
		assertThat(this.surveys.link("S1")).isEqualTo(
				"https://line.me/R/oaMessage/@tidtam/?%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%9E%E0%B8%B6%E0%B8%87%E0%B8%9E%E0%B8%AD%E0%B9%83%E0%B8%88%20S1");
		this.clock.set(Instant.parse("2025-11-03T03:00:00Z")); // first half of 2569
		this.surveys.record("S1", List.of(5, 5, 4, 4, 5), "user:U1@1");
		this.surveys.record("S1", List.of(5, 5, 4, 4, 5), "user:U1@1"); // the same dialog again: once
		this.surveys.record("S1", List.of(3, 4, 4, 2, 4), "user:U2@1");
		this.clock.set(Instant.parse("2026-05-03T03:00:00Z")); // second half
		this.surveys.record("S1", List.of(1, 1, 1, 1, 1), "user:U3@1");
		List<SurveyService.Result> results = this.surveys.results(FiscalYear.of(2569));
		SurveyService.Result h1 = results.stream().filter(r -> r.code().equals("S1") && r.half().equals("H1")).findFirst().orElseThrow();
		assertThat(h1.responses()).isEqualTo(2);
		assertThat(h1.averages()).containsExactly(4.0, 4.5, 4.0, 3.0, 4.5);
		assertThat(h1.overall()).isEqualTo(4.0);
		SurveyService.Result h2 = results.stream().filter(r -> r.code().equals("S1") && r.half().equals("H2")).findFirst().orElseThrow();
		assertThat(h2.responses()).isEqualTo(1);
		assertThat(h2.overall()).isEqualTo(1.0);
		assertThat(results.stream().filter(r -> r.code().equals("S2")).mapToLong(SurveyService.Result::responses).sum()).isZero();
		assertThat(this.mongo.findAll(org.bson.Document.class, SurveyService.RESPONSES))
			.allMatch(d -> !d.toString().contains("U1") && !d.toString().contains("U2"));
	}

	@Test
	void aServiceIsRenamedOrRetiredAndItsCodeIsNeverGivenToAnother() {
		assertThat(this.surveys.services()).hasSize(5);
		this.clock.set(Instant.parse("2025-11-03T03:00:00Z"));
		this.surveys.record("S2", List.of(4, 4, 4, 4, 4), "user:U1@1");

		assertThat(this.surveys.rename("S1", "  งานทะเบียนราษฎรและบัตรประชาชน ")).isTrue();
		assertThat(this.surveys.service("S1")).map(SurveyService.SurveyedService::name).hasValue("งานทะเบียนราษฎรและบัตรประชาชน");
		assertThat(this.surveys.retire("S2")).isTrue();
		assertThat(this.surveys.retire("S2")).as("already retired").isFalse();
		assertThat(this.surveys.rename("S2", "ใหม่")).as("a retired service keeps its name").isFalse();
		assertThat(this.surveys.rename("S99", "ไม่มี")).isFalse();

		// out of the list and of the chat's choices, but its answers stay in the year's results
		assertThat(this.surveys.services()).extracting(SurveyService.SurveyedService::code).doesNotContain("S2").hasSize(4);
		assertThat(this.surveys.service("S2")).isEmpty();
		assertThat(this.surveys.results(FiscalYear.of(2569)))
			.anySatisfy(r -> assertThat(r.code() + r.half() + r.responses()).isEqualTo("S2H11"));
		assertThat(this.surveys.results(FiscalYear.of(2570))).noneMatch(r -> r.code().equals("S2"));

		// new services get new codes (a retired service's printed QR code must not open another one),
		// listed in number order
		for (int i = 6; i <= 10; i++) {
			assertThat(this.surveys.addService("งานที่ " + i).code()).isEqualTo("S" + i);
		}
		assertThat(this.surveys.services()).extracting(SurveyService.SurveyedService::code)
			.containsExactly("S1", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10");
	}

}
