package org.tidtam.line.complaints;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintPhotos;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a public HTTPS address, closing a case with an after-photo sends the citizen the photo itself
 * (an image message LINE fetches from a signed link, valid for LINE), then the note with the rating
 * buttons; the link serves the photo without a login, and nothing without the right signature.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.base-url=https://tidtam.example.go.th" })
@AutoConfigureMockMvc
class ClosingPhotoEndToEndTests {

	static final String CITIZEN = "U00000000000000000000000000000e01";

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
			(byte) 0xFF, (byte) 0xD9 };

	@Autowired
	FakeLinePlatform line;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Autowired
	ComplaintPhotos photos;

	@Autowired
	MockMvc mvc;

	@Test
	void theCitizenSeesTheAfterPhotoThenTheNoteAndTheRatingButtons() throws Exception {
		Complaint c = this.complaints.submit(new NewComplaint(CITIZEN, this.categories.active().get(0).getId(),
				"ไฟฟ้าดับหน้าวัด", List.of(), null, new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null), "LINE",
				"closing-photo-1"));
		String fileId = this.photos.store(c.getId(), "after.jpg", "image/jpeg", JPEG);
		this.line.reset();
		this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, "เปลี่ยนหลอดไฟแล้ว", false, "officer", List.of(fileId),
				null);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.line.sentTo(CITIZEN).isEmpty());
		Sent sent = this.line.sentTo(CITIZEN).get(0);
		JsonNode image = sent.messages().get(0);
		assertThat(image.path("type").asText()).isEqualTo("image");
		String url = image.path("originalContentUrl").asText();
		assertThat(url).startsWith("https://tidtam.example.go.th/media/complaint-photos/" + fileId + "?s=");
		JsonNode text = sent.messages().get(1);
		assertThat(text.path("text").asText()).contains("เปลี่ยนหลอดไฟแล้ว").doesNotContain("มีรูปประกอบ");
		assertThat(text.at("/quickReply/items").size()).isEqualTo(6);
		assertThat(this.line.calls()).noneMatch(call -> call.status() >= 400);

		String path = url.substring("https://tidtam.example.go.th".length());
		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().bytes(JPEG));
		this.mvc.perform(get(path.replaceAll("\\?s=.*", "?s=forged"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path.replaceAll("\\?s=.*", ""))).andExpect(status().isNotFound());
	}

}
