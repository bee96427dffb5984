package org.tidtam.line.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tidtam.line.flex.FlexTemplate;
import org.tidtam.line.flex.FlexTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The simulator's {@code line-render.js} in a real (headless) Chromium: our Flex templates render as
 * LINE-like HTML with working buttons, carousels scroll sideways, quick replies become chips, and a
 * citizen's {@code <img onerror>} stays text. The harness page is opened straight from the source tree,
 * so no server is needed. Skipped on a developer machine without Chromium; in CI (CI=true) a missing
 * browser is a failure, so the check cannot silently disappear.
 */
class LineRenderBrowserTests {

	private static final Path HARNESS = Paths.get("src/test/resources/simulator/line-render-harness.html");

	private static final ObjectMapper mapper = FlexTemplates.sdkMapper();

	private static final FlexTemplates templates = new FlexTemplates();

	private static HeadlessChromium chromium;

	private static ChromeDriver driver;

	@BeforeAll
	static void startChromium() throws Exception {
		chromium = HeadlessChromium.start(480, 1400);
		driver = chromium.driver();
	}

	@AfterAll
	static void stopChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void openHarness() {
		driver.get(HARNESS.toAbsolutePath().toUri().toString());
		assertThat(js().executeScript("return typeof window.LineRender.render")).isEqualTo("function");
	}

	@Test
	void welcomeFlexShowsItsTextsColoursAndButtons() throws Exception {
		WebElement entry = show(rendered(FlexTemplate.WELCOME), "bot");
		assertThat(entry.findElement(By.cssSelector(".sim-entry-name")).getText()).isEqualTo("ติดตาม");
		WebElement bubble = entry.findElement(By.cssSelector("[data-flex=bubble]"));
		assertThat(bubble.getText()).contains("ยินดีต้อนรับ", "บัญชี LINE ทางการของเทศบาลตำบลบ้านสวน",
				"การคุ้มครองข้อมูลส่วนบุคคล (PDPA)", "ชื่อที่แสดงใน LINE");
		WebElement header = bubble.findElement(By.cssSelector(".lr-block-header > .lr-box"));
		assertThat(header.getCssValue("background-color")).isEqualTo("rgba(11, 110, 79, 1)");
		List<WebElement> buttons = bubble.findElements(By.cssSelector("button[data-flex=button]"));
		assertThat(buttons).extracting(WebElement::getText).containsExactly("วิธีใช้งาน", "อ่านนโยบายความเป็นส่วนตัว");
		assertThat(buttons.get(0).getAttribute("class")).contains("lr-flex-button-primary");

		buttons.get(0).click();
		buttons.get(1).click();
		assertThat(actions()).containsExactly(
				Map.of("type", "message", "label", "วิธีใช้งาน", "text", "วิธีใช้งาน"),
				Map.of("type", "uri", "label", "อ่านนโยบายความเป็นส่วนตัว", "uri", "https://www.bansuan.go.th/privacy"));
	}

	@Test
	void carouselShowsBubblesSideBySideWithPostbackAndDatePickerButtons() throws Exception {
		WebElement entry = show(rendered(FlexTemplate.SAMPLE_CAROUSEL), "bot");
		WebElement carousel = entry.findElement(By.cssSelector("[data-flex=carousel]"));
		assertThat(carousel.getCssValue("overflow-x")).isEqualTo("auto");
		List<WebElement> bubbles = carousel.findElements(By.cssSelector("[data-flex=bubble]"));
		assertThat(bubbles).hasSize(2);
		assertThat(bubbles.get(0).getText()).contains("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์", "๓๑ มี.ค. ๒๕๖๙");
		assertThat(bubbles.get(1).getLocation().getY()).isEqualTo(bubbles.get(0).getLocation().getY());
		assertThat(bubbles.get(1).getLocation().getX()).isGreaterThan(bubbles.get(0).getLocation().getX());

		List<WebElement> buttons = bubbles.get(0).findElements(By.cssSelector("button[data-flex=button]"));
		assertThat(buttons).extracting(WebElement::getText).containsExactly("รายงานความคืบหน้า", "นัดวันรายงาน");
		buttons.get(0).click();
		buttons.get(1).click();
		List<Map<String, Object>> actions = actions();
		assertThat(actions.get(0)).containsEntry("type", "postback")
			.containsEntry("data", "flow=progress&a=a-0003-chang")
			.containsEntry("displayText", "รายงานความคืบหน้า: เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์");
		assertThat(actions.get(1)).containsEntry("type", "datetimepicker").containsEntry("mode", "date");
	}

	@Test
	void citizenHtmlIsShownAsTextNeverRun() throws Exception {
		String evil = "<img src=x onerror=alert(1)>\nบรรทัดสอง <script>alert(2)</script>";
		WebElement entry = show(mapper.writeValueAsString(Map.of("type", "text", "text", evil)), "user");
		WebElement text = entry.findElement(By.cssSelector(".lr-text"));
		assertThat(js().executeScript("return arguments[0].textContent", text)).isEqualTo(evil);
		assertThat(text.getText()).startsWith("<img src=x onerror=alert(1)>").contains("\n");
		assertThat(entry.findElements(By.tagName("img"))).isEmpty();
		assertThat(entry.findElements(By.tagName("script"))).isEmpty();
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> driver.switchTo().alert());
	}

	@Test
	void quickReplyItemsBecomeChipsThatReportTheirAction() throws Exception {
		String message = """
				{"type":"text","text":"เลือกประเภทเรื่อง","quickReply":{"items":[
				 {"type":"action","action":{"type":"postback","label":"ถนน/ไฟฟ้า","data":"flow=complaint&slot=category&v=ROAD","displayText":"ถนน/ไฟฟ้า"}},
				 {"type":"action","action":{"type":"message","label":"ยกเลิก","text":"ยกเลิก"}},
				 {"type":"action","action":{"type":"location","label":"ส่งตำแหน่ง"}}]}}""";
		show(message, "bot");
		List<WebElement> chips = driver.findElements(By.cssSelector("#quick-reply .lr-chip"));
		assertThat(chips).extracting((chip) -> chip.findElement(By.cssSelector(".lr-chip-label")).getText())
			.containsExactly("ถนน/ไฟฟ้า", "ยกเลิก", "ส่งตำแหน่ง");
		assertThat(chips.get(2).getText()).startsWith("📍");
		chips.get(1).click();
		chips.get(0).click();
		assertThat(actions()).extracting((action) -> action.get("type")).containsExactly("message", "postback");
		assertThat(actions().get(1)).containsEntry("data", "flow=complaint&slot=category&v=ROAD");
	}

	@Test
	void templateAndOtherMessageTypesRender() throws Exception {
		WebElement confirm = show("""
				{"type":"template","altText":"ยืนยัน","template":{"type":"confirm","text":"ส่งเรื่องนี้ใช่ไหม",
				 "actions":[{"type":"postback","label":"ใช่","data":"v=yes"},{"type":"message","label":"ไม่ใช่","text":"ไม่ใช่"}]}}""",
				"bot");
		assertThat(confirm.findElements(By.cssSelector(".lr-template-action"))).extracting(WebElement::getText)
			.containsExactly("ใช่", "ไม่ใช่");
		WebElement sticker = show("{\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1989\"}", "user");
		assertThat(sticker.getText()).contains("👍");
		WebElement location = show("""
				{"type":"location","title":"หน้าตลาดสดเทศบาล","address":"ถ.เทศบาล 1","latitude":13.7563,"longitude":100.5018}""",
				"user");
		assertThat(location.getText()).contains("หน้าตลาดสดเทศบาล", "13.75630, 100.50180");
		WebElement image = show("""
				{"type":"image","originalContentUrl":"javascript:alert(1)","previewImageUrl":"javascript:alert(1)"}""", "bot");
		assertThat(image.findElements(By.tagName("img"))).isEmpty();
	}

	/** Not an assertion: a picture of the harness in target/ to look at, as LINE users would see it. */
	@Test
	void screenshotOfTheHarness() throws Exception {
		show(rendered(FlexTemplate.WELCOME), "bot");
		show(mapper.writeValueAsString(Map.of("type", "text", "text", "ไฟส่องสว่างหน้าตลาดดับครับ <img src=x>")), "user");
		show(rendered(FlexTemplate.SAMPLE_CAROUSEL), "bot");
		show(rendered(FlexTemplate.GROUP_GREETING), "bot");
		show(rendered(FlexTemplate.HELP).replaceFirst("^\\{", "{\"quickReply\":{\"items\":["
				+ "{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":\"เมนู\",\"text\":\"เมนู\"}},"
				+ "{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":\"ยกเลิก\",\"text\":\"ยกเลิก\"}}]},"), "bot");
		Number height = (Number) js().executeScript("return document.documentElement.scrollHeight");
		driver.manage().window().setSize(new Dimension(480, Math.min(height.intValue() + 200, 6000)));
		Path png = Paths.get("target/line-render-harness.png");
		Files.createDirectories(png.getParent());
		Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
		assertThat(png).isNotEmptyFile();
	}

	private static String rendered(FlexTemplate template) throws Exception {
		return mapper.writeValueAsString(templates.render(template, templates.sample(template.path())));
	}

	private static WebElement show(String json, String from) {
		String id = (String) js().executeScript("return window.Harness.show(arguments[0], arguments[1])", json, from);
		return driver.findElement(By.id(id));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> actions() {
		return (List<Map<String, Object>>) js().executeScript("return window.harnessActions");
	}

	private static JavascriptExecutor js() {
		return driver;
	}

}
