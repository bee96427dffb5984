package org.tidtam.progress;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.tidtam.progress.ProgressStatus.BLOCKED;
import static org.tidtam.progress.ProgressStatus.DONE;
import static org.tidtam.progress.ProgressStatus.IN_PROGRESS;
import static org.tidtam.progress.ProgressStatus.NOT_DONE;

/** What staff actually type in a division group, and what the reader makes of it. */
class ThaiProgressReaderTests {

	static Stream<Arguments> phrasings() {
		return Stream.of(
				// done
				arguments("เสร็จแล้ว", DONE, null), arguments("เสร็จแล้วครับ", DONE, null),
				arguments("ดำเนินการแล้ว", DONE, null), arguments("ดำเนินการเรียบร้อยแล้วค่ะ", DONE, null),
				arguments("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนแล้ว", DONE, null),
				arguments("ติดประกาศที่บอร์ดหน้าสำนักงานแล้วนะครับ", DONE, null),
				arguments("เผยแพร่บนเว็บไซต์เรียบร้อย 100%", DONE, 100),
				arguments("จัดประชุมชี้แจงบุคลากรครบถ้วนแล้ว", DONE, null),
				arguments("ดำเนินการแล้วเสร็จ ร้อยละ 100", DONE, 100),
				arguments("ทำครบแล้วจ้า", DONE, null), arguments("สำเร็จตามเป้าหมาย", DONE, null),
				arguments("แก้ปัญหาเรื่องร้องเรียนเสร็จเรียบร้อย", DONE, null),
				arguments("ติดตั้งกล่องรับความคิดเห็นเสร็จแล้ว ไม่มีปัญหาอะไร", DONE, null),
				arguments("๑๐๐%", DONE, 100),
				// in progress
				arguments("กำลังทำ", IN_PROGRESS, null), arguments("กำลังดำเนินการครับ", IN_PROGRESS, null),
				arguments("อยู่ระหว่างดำเนินการ", IN_PROGRESS, null),
				arguments("อยู่ระหว่างจัดทำคำสั่งแต่งตั้งคณะทำงาน", IN_PROGRESS, null),
				arguments("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนแล้ว 80%", IN_PROGRESS, 80),
				arguments("ได้ประมาณ 80%", IN_PROGRESS, 80), arguments("คืบหน้า ๘๐ %", IN_PROGRESS, 80),
				arguments("ดำเนินการไปแล้ว ร้อยละ 50", IN_PROGRESS, 50), arguments("ร้อยละ๗๕", IN_PROGRESS, 75),
				arguments("ทำไปแล้วบางส่วน", IN_PROGRESS, null), arguments("เกือบเสร็จแล้วครับ", IN_PROGRESS, null),
				arguments("ยังไม่เสร็จ รอช่างเข้าพื้นที่", IN_PROGRESS, null),
				arguments("ทำไปได้ครึ่งหนึ่ง", IN_PROGRESS, 50), arguments("ประมาณ 30 เปอร์เซ็นต์", IN_PROGRESS, 30),
				arguments("คิดเป็น 62.5% ของแผน", IN_PROGRESS, 63), arguments("เสร็จไป 60 %", IN_PROGRESS, 60),
				// "not finished" said the common way: the verb between ยัง and ไม่, or ไม่ alone
				arguments("ยังทำไม่เสร็จครับ", IN_PROGRESS, null), arguments("ติดตั้งไม่เสร็จ เหลืออีก 2 จุด", IN_PROGRESS, null),
				arguments("จัดทำคู่มือยังไม่แล้วเสร็จ", IN_PROGRESS, null),
				arguments("ดำเนินการยังไม่เรียบร้อยค่ะ", IN_PROGRESS, null), arguments("ยังทำไม่ครบทุกจุด", IN_PROGRESS, null),
				// not done
				arguments("ยังไม่ได้ทำ", NOT_DONE, null), arguments("ยังไม่ได้ดำเนินการค่ะ", NOT_DONE, null),
				arguments("ยังไม่ดำเนินการ รอหนังสือสั่งการ", NOT_DONE, null),
				arguments("ยังไม่ได้เริ่มดำเนินการ", NOT_DONE, null), arguments("ยังไม่เริ่มเลย", NOT_DONE, null),
				arguments("เดือนนี้ไม่ได้ทำ", NOT_DONE, null), arguments("0%", NOT_DONE, 0),
				// blocked
				arguments("ติดปัญหางบประมาณ", BLOCKED, null), arguments("ติดปัญหาเรื่องงบ 40%", BLOCKED, 40),
				arguments("มีปัญหาเรื่องบุคลากรไม่พอ", BLOCKED, null),
				arguments("ติดขัดเรื่องระเบียบพัสดุ", BLOCKED, null), arguments("รองบประมาณ", BLOCKED, null),
				arguments("ไม่มีงบประมาณดำเนินการ", BLOCKED, null),
				arguments("รออนุมัติจากนายกฯ ยังไม่ได้ลงนาม", BLOCKED, null),
				arguments("ดำเนินการไม่ได้เพราะฝนตกหนัก", BLOCKED, null),
				arguments("มีอุปสรรคด้านสถานที่", BLOCKED, null),
				arguments("จัดประชุมไม่สำเร็จ เนื่องจากผู้บริหารติดราชการ", BLOCKED, null),
				// says nothing readable
				arguments("ส่งรูปให้ดูครับ", null, null), arguments("ประชุมวันอังคาร", null, null),
				arguments("ป้ายขนาด 120 x 240 ซม.", null, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("phrasings")
	void readsStatusAndPercent(String text, ProgressStatus status, Integer percent) {
		ThaiProgressReader.Reading reading = ThaiProgressReader.read(text);
		assertThat(reading.status()).as("status of %s", text).isEqualTo(status);
		assertThat(reading.percent()).as("percent of %s", text).isEqualTo(percent);
	}

	@Test
	void thereAreAtLeastFortyPhrasings() {
		assertThat(phrasings().count()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void percentsAboveAHundredAreNotPercents() {
		assertThat(ThaiProgressReader.read("ทำไป 150% ของเป้า").percent()).isNull();
	}

	@Test
	void linksAreKeptAndNotReadAsWords() {
		ThaiProgressReader.Reading reading = ThaiProgressReader
			.read("เผยแพร่แล้วที่ https://www.example.go.th/news/100%25done?id=12, และ http://oit.example.go.th/p/3.");
		assertThat(reading.links()).containsExactly("https://www.example.go.th/news/100%25done?id=12",
				"http://oit.example.go.th/p/3");
		assertThat(reading.percent()).isNull();
		assertThat(reading.status()).isEqualTo(DONE);
	}

	@Test
	void readsTheShorthand() {
		assertThat(ThaiProgressReader.shorthand("#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนแล้ว 80%"))
			.contains(new ThaiProgressReader.Shorthand(3, "ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนแล้ว 80%"));
		assertThat(ThaiProgressReader.shorthand("# ๑๒ เสร็จแล้ว")).contains(new ThaiProgressReader.Shorthand(12, "เสร็จแล้ว"));
		assertThat(ThaiProgressReader.shorthand("＃7")).contains(new ThaiProgressReader.Shorthand(7, ""));
		assertThat(ThaiProgressReader.shorthand("#3ทำแล้ว")).isEmpty();
		assertThat(ThaiProgressReader.shorthand("#0 อะไร")).isEmpty();
		assertThat(ThaiProgressReader.shorthand("ดู #3 หน่อย")).isEmpty();
		assertThat(ThaiProgressReader.shorthand("#โครงการ")).isEmpty();
	}

}
