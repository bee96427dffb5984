package org.tidtam.complaints.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PDPA end to end: a citizen asks in chat for a copy of their data and for its deletion; a coordinator
 * approves; the copy arrives in LINE and the deletion erases the personal data (photos included) while
 * the case stays for statistics. The nightly job erases cases closed longer than the retention period,
 * and every look at a complaint in the admin is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S" })
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class PrivacyEndToEndTests {

	static final String CITIZEN = "U00000000000000000000000000000d01";

	static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Autowired
	PersonalDataEraser eraser;

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	Complaint pothole;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2026-11-23T03:00:00Z"));
		this.line.reset();
		for (String c : List.of("complaints", "privacy_requests", "personal_data_access", "line_outbox", "chat_sessions",
				"line_media.files", "line_media.chunks")) {
			this.mongo.remove(new Query(), c);
		}
		this.line.putContent("m-photo-1", new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9 }, "image/jpeg");
		this.mongo.getCollection("line_media.files")
			.insertOne(new org.bson.Document("filename", "m-photo-1.jpg").append("length", 6L)
				.append("chunkSize", 261120)
				.append("uploadDate", new java.util.Date())
				.append("metadata", new org.bson.Document("messageId", "m-photo-1")));
		String category = this.categories.active().get(0).getId();
		this.pothole = this.complaints.submit(new NewComplaint(CITIZEN, category, "ถนนหน้าบ้านเลขที่ 12 มีหลุมลึก",
				List.of("m-photo-1"), new Complaint.Place("12 ถนนราชดำเนิน", 13.8, 100.0, false),
				new Complaint.Contact(Complaint.ContactMode.PHONE, "สมศรี ใจดี", "0812345678"), "LINE", "pothole-1"));
	}

	@Test
	void aCopyIsSentInLineOnceACoordinatorApproves() throws Exception {
		this.line.text(Chat.user(CITIZEN), "ขอสำเนาข้อมูล");
		assertThat(awaitSent(CITIZEN, 1).get(0).firstText()).contains("ขอสำเนาข้อมูลส่วนบุคคล").contains("30 วัน");
		this.line.text(Chat.user(CITIZEN), "ยืนยันคำขอ");
		assertThat(awaitSent(CITIZEN, 2).get(1).firstText()).contains("รับคำขอแล้ว").contains("PD-");
		DataRequest request = this.mongo.findAll(DataRequest.class).get(0);
		assertThat(request.getKind()).isEqualTo(DataRequest.Kind.COPY);

		String page = this.mvc.perform(get("/admin/privacy").with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(request.getNumber()).contains("ขอสำเนาข้อมูล");
		this.mvc.perform(post("/admin/privacy/requests/" + request.getId()).with(csrf()).with(COORDINATOR).param("approve", "true"))
			.andExpect(flash().attribute("flash", "privacy.approved"));
		this.mvc.perform(post("/admin/privacy/requests/" + request.getId()).with(csrf()).with(COORDINATOR).param("approve", "true"))
			.andExpect(flash().attribute("flashError", "privacy.already"));
		Sent copy = awaitSent(CITIZEN, 3).get(2);
		assertThat(copy.endpoint()).isEqualTo("push");
		assertThat(copy.firstText()).contains(this.pothole.getTicket())
			.contains("ถนนหน้าบ้านเลขที่ 12 มีหลุมลึก")
			.contains("0812345678")
			.contains("12 ถนนราชดำเนิน");
		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(CITIZEN).size() == 3);
	}

	@Test
	void anApprovedDeletionErasesThePersonalDataButKeepsTheCaseForStatistics() throws Exception {
		this.line.text(Chat.user(CITIZEN), "ขอลบข้อมูล");
		awaitSent(CITIZEN, 1);
		this.line.text(Chat.user(CITIZEN), "ยืนยันคำขอ");
		awaitSent(CITIZEN, 2);
		DataRequest request = this.mongo.findAll(DataRequest.class).get(0);
		this.mvc.perform(post("/admin/privacy/requests/" + request.getId()).with(csrf()).with(COORDINATOR).param("approve", "true"))
			.andExpect(flash().attribute("flash", "privacy.approved"));
		assertThat(awaitSent(CITIZEN, 3).get(2).firstText()).contains("ลบข้อมูลส่วนบุคคล").contains("1 เรื่อง");
		Complaint erased = this.complaints.get(this.pothole.getId());
		assertThat(erased.getLineUserId()).isNull();
		assertThat(erased.getContact().name()).isNull();
		assertThat(erased.getContact().phone()).isNull();
		assertThat(erased.getPlace()).isNull();
		assertThat(erased.getPhotos()).isEmpty();
		assertThat(erased.getTicket()).isEqualTo(this.pothole.getTicket());
		assertThat(erased.getCategoryId()).isEqualTo(this.pothole.getCategoryId());
		assertThat(this.mongo.getCollection("line_media.files").countDocuments(new org.bson.Document("metadata.messageId", "m-photo-1")))
			.as("the chat photo is deleted")
			.isZero();
	}

	@Test
	void theNightlyJobErasesOnlyCasesClosedLongerThanTheRetention() {
		this.complaints.changeStatus(this.pothole.getId(), ComplaintStatus.DONE, "ซ่อมแล้ว", false, "officer", List.of(), null);
		this.clock.advance(Duration.ofDays(700));
		assertThat(this.eraser.eraseExpired()).isZero();
		this.clock.advance(Duration.ofDays(31));
		assertThat(this.eraser.eraseExpired()).isEqualTo(1);
		assertThat(this.eraser.eraseExpired()).as("once").isZero();
		assertThat(this.complaints.get(this.pothole.getId()).getContact().phone()).isNull();
		assertThat(this.mongo.count(Query.query(Criteria.where("personalDataErasedAt").exists(true)), "complaints")).isEqualTo(1);
	}

	@Test
	void everyLookAtAComplaintIsLoggedAndOnlyCoordinatorsSeeTheLog() throws Exception {
		this.mvc.perform(get("/admin/complaints/" + this.pothole.getId()).with(user("officer").roles("COMPLAINT_OFFICER")))
			.andExpect(status().isOk());
		String page = this.mvc.perform(get("/admin/privacy").with(COORDINATOR)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("officer").contains("/admin/complaints/" + this.pothole.getId());
		for (String role : List.of("EXECUTIVE", "COMPLAINT_OFFICER", "DIVISION_HEAD", "INTEGRITY_OFFICER")) {
			this.mvc.perform(get("/admin/privacy").with(user("x").roles(role))).andExpect(status().isForbidden());
		}
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

}
