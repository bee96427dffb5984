package org.tidtam.line.simulator;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole simulator path in a real browser: the page posts to the simulator API, which signs a
 * webhook in LINE's shape and posts it to this app's /callback; the app answers through the LINE SDK
 * to the fake LINE API inside the app; the page shows the answer. Nothing is mocked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tidtam.store.in-memory=true")
class SimulatorEndToEndBrowserTests {

	static HeadlessChromium chromium;

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	FakeLinePlatform line;

	@BeforeAll
	static void start() throws Exception {
		chromium = HeadlessChromium.start(1100, 1200);
		driver = chromium.driver();
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aCitizenSendsATextAndSeesTheBotsAnswer() throws Exception {
		driver.get("http://127.0.0.1:" + this.port + "/simulator");
		waitUntil(() -> new Select(driver.findElement(By.id("persona"))).getOptions().size() >= 2);
		String typed = "ถนนหน้าบ้านมีหลุม <b>ลึก</b>";
		driver.findElement(By.id("text")).sendKeys(typed, Keys.ENTER);
		waitUntil(() -> !driver.findElements(By.cssSelector(".sim-entry.from-bot")).isEmpty());
		WebElement answer = driver.findElements(By.cssSelector(".sim-entry.from-bot")).get(0);
		assertThat(answer.getText()).contains("ขออภัยค่ะ").contains(typed);
		// the citizen's markup is shown as text, never as markup
		assertThat(driver.findElements(By.cssSelector("#timeline b"))).isEmpty();
		// the answer really went through the fake LINE API as a reply, valid for LINE
		List<Sent> sent = this.line.sent();
		assertThat(sent).isNotEmpty();
		assertThat(sent.get(sent.size() - 1).endpoint()).isEqualTo("reply");
		assertThat(this.line.calls()).noneMatch(c -> c.status() >= 400);

		// tap the quick reply "วิธีใช้งาน" (after the citizen's menu chips): the help Flex arrives
		waitUntil(() -> driver.findElements(By.cssSelector("#quick-reply-slot .lr-chip"))
			.stream()
			.anyMatch(chip -> chip.getText().contains("วิธีใช้งาน")));
		driver.findElements(By.cssSelector("#quick-reply-slot .lr-chip"))
			.stream()
			.filter(chip -> chip.getText().contains("วิธีใช้งาน"))
			.findFirst()
			.orElseThrow()
			.click();
		waitUntil(() -> driver.findElements(By.cssSelector(".sim-entry.from-bot")).size() >= 2);
		Path shot = Path.of("target", "simulator-e2e.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
		assertThat(driver.findElements(By.cssSelector(".sim-entry.from-bot")).get(1).getText()).contains("เมนู");
	}

	/**
	 * A tapped postback shows its displayText as the citizen's own message, as LINE does (not "[unknown]"), and
	 * LINE's loading animation while a photo is downloaded is a note, not an empty bubble from the bot; the photo
	 * the citizen sent shows as a photo.
	 */
	@Test
	void aTappedCategoryShowsAsTheCitizensMessageAndAPhotoShowsTheLoadingNote() {
		driver.get("http://127.0.0.1:" + this.port + "/simulator");
		waitUntil(() -> new Select(driver.findElement(By.id("persona"))).getOptions().size() >= 2);
		new Select(driver.findElement(By.id("persona"))).selectByVisibleText("มาลี ศรีสุข");
		driver.findElement(By.id("text")).sendKeys("เมนู", Keys.ENTER);
		tapChip("แจ้งเรื่องร้องเรียน");
		tapChip("ถนน ทางเท้าชำรุด");
		waitUntil(() -> lastBotText().contains("รายละเอียด"));
		assertThat(driver.executeScript("""
				var mine = document.querySelectorAll('.sim-entry.from-user');
				return mine[mine.length - 1].innerText;""")).asString().contains("ถนน ทางเท้าชำรุด");
		// the bot got the postback's data, not the shown text: the complaint went on to the description
		assertThat(this.line.calls()).noneMatch(c -> c.status() >= 400);

		driver.findElement(By.id("text")).sendKeys("ถนนเป็นหลุมลึกหน้าตลาด", Keys.ENTER);
		waitUntil(() -> lastBotText().contains("รูป"));
		driver.findElement(By.id("send-image")).click();
		waitUntil(() -> lastBotText().contains("ได้รับรูปที่ 1"));
		assertThat(driver.findElement(By.id("timeline")).getText()).doesNotContain("[unknown]")
			.doesNotContain("ไม่มีข้อความ");
		assertThat(driver.findElements(By.cssSelector("#timeline .lr-placeholder"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("#timeline .sim-loading"))).hasSize(1);
		// the citizen sees the photo they sent, from the fake platform's content store
		assertThat(driver.findElements(By.cssSelector(".sim-entry.from-user .lr-image img")))
			.singleElement()
			.satisfies(img -> assertThat(img.getAttribute("src")).contains("/simulator/content/"));
	}

	/** The panel "จำลองปัญหา LINE" lists the faults the app holds, as the API reports them, until they are cleared. */
	@Test
	void anInjectedFaultIsListedInThePanelUntilCleared() {
		driver.get("http://127.0.0.1:" + this.port + "/simulator");
		waitUntil(() -> new Select(driver.findElement(By.id("persona"))).getOptions().size() >= 2);
		driver.findElement(By.cssSelector("#faults-panel summary")).click();
		new Select(driver.findElement(By.id("fault-endpoint"))).selectByValue("multicast");
		new Select(driver.findElement(By.id("fault-kind"))).selectByValue("status:429");
		driver.findElement(By.id("fault-times")).clear();
		driver.findElement(By.id("fault-times")).sendKeys("2");
		try {
			driver.findElement(By.cssSelector("#fault-form button[type=submit]")).click();
			waitUntil(() -> driver.findElement(By.id("faults")).getText().contains("multicast"));
			assertThat(driver.findElement(By.id("faults")).getText()).contains("429").contains("2");
			assertThat(this.line.pendingFaults()).singleElement()
				.satisfies(f -> assertThat(f.endpoint()).isEqualTo("multicast"));
			driver.findElement(By.id("fault-clear")).click();
			waitUntil(() -> driver.findElement(By.id("faults")).getText().contains("no faults"));
			assertThat(this.line.pendingFaults()).isEmpty();
		}
		finally {
			this.line.clearFaults();
		}
	}

	/** Taps a quick reply chip once it is there (in the page, as polling redraws the chips). */
	private static void tapChip(String label) {
		waitUntil(() -> Boolean.TRUE.equals(driver.executeScript("""
				var chip = [...document.querySelectorAll('#quick-reply-slot .lr-chip')]
					.find(c => c.innerText.trim() === arguments[0]);
				if (chip) { chip.click(); }
				return !!chip;""", label)));
	}

	private static String lastBotText() {
		Object text = driver.executeScript("""
				var bot = document.querySelectorAll('.sim-entry.from-bot');
				return bot.length ? bot[bot.length - 1].innerText : '';""");
		return String.valueOf(text);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

}
