package org.tidtam.progress.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.HeadlessChromiumAccess;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.ProgressService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real browser: a head reports in the division's LINE group with a photo, a coordinator records a
 * second report on someone's behalf uploading a photo, and the assignment's timeline shows both
 * photos as loaded thumbnails, the newest first, the second marked as recorded on behalf.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.admin.password=browser-test-password",
				"tidtam.notices.gather-millis=100", "tidtam.outbox.poll-interval=PT0.2S" })
@Import(TestClockConfig.class)
class ProgressTimelineBrowserTests {

	static final String HEAD = "U00000000000000000000000000000d01";

	static final String GROUP = "C00000000000000000000000000000d01";

	static HeadlessChromiumAccess chromium;

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	GroupBindingService groups;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ProgressService progress;

	@BeforeAll
	static void start() throws Exception {
		chromium = HeadlessChromiumAccess.start(1200, 1400);
		driver = chromium.driver();
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theTimelineShowsTheReportedAndTheUploadedPhotos() throws Exception {
		this.clock.set(java.time.Instant.parse("2026-01-05T03:00:00Z"));
		Division engineering = this.divisions.create("กองช่าง", "", List.of(), true, false);
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(head.getId())),
				new Update().set(Person.LINE_USER_ID, HEAD).set(Person.LINE_LINK_ACTIVE, true), Person.class);
		this.line.putGroup(GROUP, "กองช่าง");
		this.groups.bind(GROUP, engineering.getId(), HEAD);
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), MeasureForm.of("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", List.of("จัดทำป้าย"),
				List.of(engineering.getId()), MeasureCadence.withinQuarter(2)));
		this.plans.publish(plan.getId(), "coordinator");
		Assignment assignment = this.assignments.forPlan(plan.getId()).get(0);

		Chat chat = Chat.group(GROUP, HEAD);
		this.line.text(chat, "#1 กำลังทำ 50%");
		awaitGroup("สรุปรายงาน");
		this.line.image(chat, png(Color.ORANGE), "image/png");
		awaitGroup("ได้รับไฟล์ที่ 1");
		this.line.text(chat, "ยืนยัน");
		awaitGroup("บันทึกรายงานแล้ว");

		open("/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("browser-test-password");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitUntil(() -> driver.getCurrentUrl().endsWith("/admin"));

		open("/admin/assignments/" + assignment.getId());
		driver.findElement(By.id("progress-link")).click();
		waitUntil(() -> !driver.findElements(By.id("on-behalf")).isEmpty());
		this.clock.advance(Duration.ofHours(1));
		Path upload = Files.createTempFile("ป้ายหน้าสำนักงาน", ".png");
		Files.write(upload, png(Color.BLUE));
		driver.findElement(By.id("status")).sendKeys("ดำเนินการแล้ว");
		driver.findElement(By.id("percent")).sendKeys("100");
		driver.findElement(By.id("text")).sendKeys("ติดตั้งป้ายครบทุกจุดแล้ว");
		driver.findElement(By.id("files")).sendKeys(upload.toAbsolutePath().toString());
		driver.findElement(By.id("record")).click();
		waitUntil(() -> driver.findElements(By.cssSelector("#timeline > li")).size() == 2);

		List<WebElement> reports = driver.findElements(By.cssSelector("#timeline > li"));
		assertThat(reports.get(0).getText()).contains("ดำเนินการแล้ว").contains("ติดตั้งป้ายครบทุกจุดแล้ว")
			.contains("บันทึกแทนโดย admin");
		assertThat(reports.get(1).getText()).contains("อยู่ระหว่างดำเนินการ").contains("50%")
			.contains("โดย วิไลวรรณ ช่างคิด");
		List<WebElement> thumbs = driver.findElements(By.cssSelector("#timeline img.thumb"));
		assertThat(thumbs).hasSize(2);
		waitUntil(() -> thumbs.stream()
			.allMatch(t -> Boolean.TRUE.equals(driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 40;", t))));
		assertThat(this.progress.timeline(assignment.getId())).hasSize(2);
		Path shot = Path.of("target", "progress-timeline.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
	}

	private static byte[] png(Color color) throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, 40, 30);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private void awaitGroup(String text) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.line.sentTo(GROUP).stream().anyMatch(s -> s.firstText() != null && s.firstText().contains(text)));
	}

	private void open(String path) {
		driver.get("http://127.0.0.1:" + this.port + path);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

}
