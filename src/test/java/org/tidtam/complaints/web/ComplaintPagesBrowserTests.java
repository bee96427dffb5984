package org.tidtam.complaints.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.HeadlessChromiumAccess;
import org.tidtam.line.simulator.SimulatorPersonas;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen files a complaint in the simulator page (with a script tag in the description), the
 * officer finds it in the inbox, assigns it, closes it with a photo, and the citizen sees the answer
 * with the rating buttons in the simulator. The script is shown as text everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.admin.password=browser-test-password",
				"tidtam.notices.gather-millis=100" })
@Import(TestClockConfig.class)
class ComplaintPagesBrowserTests {

	static final String XSS = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> ไฟดับหน้าวัด";

	static HeadlessChromiumAccess chromium;

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	FakeLinePlatform line;

	@Autowired
	SimulatorPersonas personas;

	@Autowired
	ComplaintService complaints;

	@Autowired
	DivisionService divisions;

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

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

	/** Leaves the shared context as other browser tests expect it (they create their own divisions). */
	@org.junit.jupiter.api.AfterEach
	void cleanUp() {
		for (String c : List.of(Complaint.COLLECTION, Division.COLLECTION, "chat_sessions")) {
			this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), c);
		}
	}

	@Test
	void fileInTheSimulatorHandleInTheInboxAndTheCitizenSeesIt() throws Exception {
		for (String c : List.of(Complaint.COLLECTION, "complaint_categories", "ticket_counters", Division.COLLECTION,
				"chat_sessions")) {
			this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), c);
		}
		Division works = this.divisions.create("กองช่าง", "", List.of(), true, false);
		String somchai = this.personas.find("somchai").orElseThrow().userId();

		open("/simulator");
		waitUntil(() -> new Select(driver.findElement(By.id("persona"))).getOptions().size() >= 2);
		new Select(driver.findElement(By.id("persona"))).selectByValue("somchai");
		int answers = 0;
		for (String say : List.of("ร้องเรียน", "1", XSS, "ข้าม", "ข้าม", "ไม่ประสงค์ออกนาม", "ยืนยัน")) {
			int before = this.line.sentTo(somchai).size();
			driver.findElement(By.id("text")).sendKeys(say, Keys.ENTER);
			waitUntil(() -> this.line.sentTo(somchai).size() > before);
			answers++;
		}
		assertThat(answers).isEqualTo(7);
		Complaint filed = this.complaints.ofCitizen(somchai, 1).get(0);
		assertThat(filed.getDescription()).isEqualTo(XSS);

		open("/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("browser-test-password");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitUntil(() -> driver.getCurrentUrl().endsWith("/admin"));

		open("/admin/complaints?q=" + java.net.URLEncoder.encode("หน้าวัด", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(driver.findElement(By.cssSelector("td.description")).getText()).contains("<script>");
		assertThat(driver.findElements(By.cssSelector("td.description script, td.description img"))).isEmpty();
		driver.findElement(By.linkText(filed.getTicket())).click();
		waitUntil(() -> !driver.findElements(By.id("description")).isEmpty());
		assertThat(driver.findElement(By.id("description")).getText()).isEqualTo(XSS);
		assertThat(driver.executeScript("return window.pwned === undefined")).isEqualTo(true);

		new Select(driver.findElement(By.name("divisionId"))).selectByVisibleText("กองช่าง");
		org.openqa.selenium.WebElement assignedFrom = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("#assign-form button[type=submit]")).click();
		// the form posts and the page loads again: wait for the new page before using its forms
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(assignedFrom));
		waitUntil(() -> this.complaints.get(filed.getId()).getDivisionId() != null);
		assertThat(this.complaints.get(filed.getId()).getDivisionId()).isEqualTo(works.getId());

		Path photo = Path.of("target", "after-fix.jpg").toAbsolutePath();
		Files.createDirectories(photo.getParent());
		Files.write(photo, ComplaintAdminWebTests.JPEG);
		new Select(driver.findElement(By.cssSelector("#status-form select[name=status]"))).selectByValue("DONE");
		// the DONE template goes into the note, and the officer adds to it before sending
		driver.findElement(By.id("insert-template")).click();
		org.openqa.selenium.WebElement note = driver.findElement(By.cssSelector("#status-form textarea[name=note]"));
		assertThat(note.getAttribute("value")).isEqualTo(DONE_TEMPLATE);
		note.sendKeys(" เปลี่ยนหลอดไฟแล้ว");
		driver.findElement(By.cssSelector("#status-form input[type=file]")).sendKeys(photo.toString());
		driver.findElement(By.cssSelector("#status-form button[type=submit]")).click();
		waitUntil(() -> this.complaints.get(filed.getId()).getStatus() == ComplaintStatus.DONE);
		waitUntil(() -> driver.findElement(By.id("timeline")).getText().contains("เปลี่ยนหลอดไฟแล้ว"));
		assertThat(driver.findElement(By.id("timeline")).getText()).contains(DONE_TEMPLATE + " เปลี่ยนหลอดไฟแล้ว");
		assertThat(driver.findElements(By.cssSelector(".photos img"))).hasSize(1);

		open("/simulator");
		waitUntil(() -> new Select(driver.findElement(By.id("persona"))).getOptions().size() >= 2);
		new Select(driver.findElement(By.id("persona"))).selectByValue("somchai");
		waitUntil(() -> driver.findElement(By.id("timeline")).getText().contains("เปลี่ยนหลอดไฟแล้ว"));
		assertThat(driver.findElement(By.id("timeline")).getText()).contains(filed.getTicket())
			.contains("เสร็จสิ้น")
			.contains(DONE_TEMPLATE + " เปลี่ยนหลอดไฟแล้ว");
		waitUntil(() -> driver.findElement(By.id("quick-reply-slot")).getText().contains("ยังไม่ได้รับการแก้ไข"));
		assertThat(driver.findElements(By.cssSelector("#timeline script"))).isEmpty();
		assertThat(driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
		Path shot = Path.of("target", "complaint-simulator.png");
		Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
	}

	/** complaints.template.DONE, in Thai: the citizen's language whatever the officer's page is in. */
	private static final String DONE_TEMPLATE = "ดำเนินการแก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ";

	private void open(String path) {
		driver.get("http://127.0.0.1:" + this.port + path);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

}
