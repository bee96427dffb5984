package org.tidtam.reports.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tidtam.line.simulator.HeadlessChromiumAccess;
import org.tidtam.reports.ReportsFixtureAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator in a real browser: opens January's follow-up summary, downloads it in the three
 * formats, and records a resolution that the February summary then follows up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false",
				"tidtam.admin.password=browser-test-password" })
class ReportPagesBrowserTests extends ReportsFixtureAccess {

	static HeadlessChromiumAccess chromium;

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void start() throws Exception {
		chromium = HeadlessChromiumAccess.start(1200, 1600);
		driver = chromium.driver();
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void openTheSummaryDownloadItAndRecordAResolution() throws Exception {
		buildYear();
		login();

		open("/admin/reports");
		driver.findElement(By.linkText("13 มกราคม 2569")).click();
		waitUntil(() -> !driver.findElements(By.cssSelector(".report-table")).isEmpty());
		String table = driver.findElement(By.cssSelector(".report-table")).getText();
		assertThat(table).contains("กองช่าง", "จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", "เกินกำหนด 44 วัน",
				"ไม่มีรายงานตั้งแต่การประชุมครั้งก่อน");
		Path shot = Path.of("target", "monthly-summary.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));

		for (String format : new String[] { "docx", "xlsx", "pdf" }) {
			String href = driver.findElement(By.id("download-" + format)).getAttribute("href");
			Object answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))"
					+ ".catch(e => done('failed ' + e));", href);
			String[] parts = answer.toString().split(" ");
			assertThat(parts[0]).as(format).isEqualTo("200");
			assertThat(parts[1]).as(format).contains(format.equals("pdf") ? "pdf" : "openxmlformats");
			assertThat(Integer.parseInt(parts[2])).as(format).isGreaterThan(3000);
		}

		driver.findElement(By.name("text")).sendKeys("ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน");
		new Select(driver.findElement(By.name("divisionId"))).selectByVisibleText("กองช่าง");
		driver.executeScript("document.querySelector('input[name=dueOn]').value = '2026-01-31';");
		driver.findElement(By.cssSelector("#resolution-form button[type=submit]")).click();
		waitUntil(() -> driver.getPageSource().contains("ติดตามเป็นรายการที่ 902"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน");

		open("/admin/reports/meetings/" + this.feb.getId());
		assertThat(driver.findElement(By.cssSelector(".report-table")).getText()).contains("มติ 902",
				"ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน", "เกินกำหนด 10 วัน");
	}

	@Test
	void editAWhatWasDoneCellOfTheYearEndReportAndExportIt() throws Exception {
		buildYear();
		login();
		open("/admin/reports/year-end?year=2569");
		String rowId = "m-" + this.quarterOne.getId();
		org.openqa.selenium.WebElement text = driver.findElement(By.cssSelector("#" + rowId + " textarea"));
		assertThat(text.getAttribute("value")).isEqualTo("1. 20 มกราคม 2569 เผยแพร่รายงานการเงินไตรมาสที่ 1 แล้ว");
		text.clear();
		text.sendKeys("เผยแพร่รายงานการเงินครบทั้ง ๔ ไตรมาสบนเว็บไซต์ของเทศบาล");
		driver.findElement(By.cssSelector("#" + rowId + " button.save-done")).click();
		waitUntil(() -> driver.getPageSource().contains("บันทึกข้อความที่แก้ไขแล้ว"));
		assertThat(driver.findElement(By.cssSelector("#" + rowId + " textarea")).getAttribute("value"))
			.isEqualTo("เผยแพร่รายงานการเงินครบทั้ง ๔ ไตรมาสบนเว็บไซต์ของเทศบาล");
		assertThat(driver.findElement(By.id(rowId)).getText()).contains("แก้ไขแล้ว");

		String href = driver.findElement(By.id("download-docx")).getAttribute("href");
		Object base64 = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { let s = ''; const a = new Uint8Array(b);"
				+ " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]); done(btoa(s)); })"
				+ ".catch(e => done(''));", href);
		byte[] docx = java.util.Base64.getDecoder().decode(base64.toString());
		try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx))) {
			var table = word.getTables().get(0);
			assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
				.containsExactly("ตัวชี้วัด", "มาตรการหรือกิจกรรม", "สรุปผลการดำเนินการตามมาตรการ",
						"ผลลัพธ์หรือความสำเร็จของการดำเนินการ", "ส่วนงานที่รับผิดชอบ");
			assertThat(table.getText()).contains("2. เผยแพร่รายงานการเงินประจำไตรมาส",
					"เผยแพร่รายงานการเงินครบทั้ง ๔ ไตรมาสบนเว็บไซต์ของเทศบาล", "กองคลัง")
				.doesNotContain("เผยแพร่รายงานการเงินไตรมาสที่ 1 แล้ว");
		}
	}

	private void login() {
		open("/login");
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("browser-test-password");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitUntil(() -> driver.getCurrentUrl().endsWith("/admin"));
	}

	private void open(String path) {
		driver.get("http://127.0.0.1:" + this.port + path);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

}
