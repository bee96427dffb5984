package org.tidtam.measures.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.HeadlessChromiumAccess;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordinator in a real browser: pastes a measures table, checks the preview, confirms (twice:
 * saved once), publishes; the head taps รับทราบ in LINE (simulated) and the dashboard shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.admin.password=browser-test-password",
				"tidtam.notices.gather-millis=100" })
@Import(TestClockConfig.class)
class PlanPagesBrowserTests {

	static final String HEAD = "U00000000000000000000000000000c01";

	static final String TABLE = "มาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม\n"
			+ "๑. ประชาสัมพันธ์ช่องทางร้องเรียน\t๑. จัดทำป้าย ๒. เผยแพร่บนเว็บไซต์\tกองช่าง\tรายงานผลการดำเนินงานภายในไตรมาสที่ ๒\n"
			+ "๒. เปิดเผยข้อมูลการจัดซื้อจัดจ้าง\t๑. รวบรวมข้อมูล ๒. เผยแพร่รายเดือน\tกองคลัง, กองช่าง\tรายงานผลการดำเนินงานภายในไตรมาสที่ ๒\n";

	static HeadlessChromiumAccess chromium;

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	LinkingService linking;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

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
	void pasteImportPreviewConfirmPublishAndSeeTheAcknowledgement() throws Exception {
		this.clock.set(java.time.Instant.parse("2026-01-05T03:00:00Z")); // fiscal year 2569
		Division engineering = this.divisions.create("กองช่าง", "", List.of(), true, false);
		this.divisions.create("กองคลัง", "", List.of(), true, false);
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		this.line.text(Chat.user(HEAD), this.linking.issueCode(head.getId()).code());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 1);

		open("/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("browser-test-password");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitUntil(() -> driver.getCurrentUrl().endsWith("/admin"));

		open("/admin/plan/import");
		driver.executeScript("document.getElementById('paste').value = arguments[0];", TABLE);
		driver.findElement(By.id("preview")).click();
		waitUntil(() -> !driver.findElements(By.id("preview-table")).isEmpty());
		List<String> rows = driver.findElements(By.cssSelector("#preview-table tbody tr")).stream().map(r -> r.getText()).toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).contains("ประชาสัมพันธ์ช่องทางร้องเรียน").contains("จัดทำป้าย").contains("กองช่าง")
			.contains("31 มีนาคม 2569");
		assertThat(rows.get(1)).contains("กองคลัง").contains("กองช่าง");
		// nothing is saved before the coordinator confirms
		assertThat(this.plans.forYear(FiscalYear.of(2569)).map(p -> this.measures.measures(p.getId())).orElse(List.of()))
			.isEmpty();

		// a double tap on "confirm": the same form posted twice saves once
		driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "const form = document.getElementById('confirm').form; const data = new FormData(form);"
				+ "fetch(form.action, {method: 'POST', body: data}).then(() => fetch(form.action, {method: 'POST', body: data}))"
				+ ".then(() => done(true), () => done(false));");
		open("/admin/plan");
		assertThat(driver.findElements(By.cssSelector("#measures tbody tr"))).hasSize(2);
		assertThat(driver.findElement(By.cssSelector("#measures tbody")).getText()).contains("ประชาสัมพันธ์ช่องทางร้องเรียน")
			.contains("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง");

		driver.findElement(By.id("publish")).click();
		waitUntil(() -> driver.getCurrentUrl().endsWith("/admin/plan"));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 2);
		String planId = this.plans.forYear(FiscalYear.of(2569)).orElseThrow().getId();
		String assignmentId = this.assignments.forPlan(planId)
			.stream()
			.filter(a -> a.getDivisionId().equals(engineering.getId()))
			.findFirst()
			.orElseThrow()
			.getId();
		this.line.postback(Chat.user(HEAD), "ack=" + assignmentId, Map.of());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 3);

		open("/admin/plan");
		String engineeringRow = driver.findElements(By.cssSelector("#dashboard tbody tr"))
			.stream()
			.map(r -> r.getText())
			.filter(t -> t.startsWith("กองช่าง"))
			.findFirst()
			.orElseThrow();
		assertThat(engineeringRow).isEqualTo("กองช่าง 2 1 0");
		Path shot = Path.of("target", "plan-dashboard.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
	}

	private void open(String path) {
		driver.get("http://127.0.0.1:" + this.port + path);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

}
