package org.tidtam.measures.organisation;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class LinkingServiceTests extends OrganisationStoreTestSupport {

	static final String U1 = "U1111111111111111111111111111111";

	static final String U2 = "U2222222222222222222222222222222";

	@Autowired
	LinkingService linking;

	@Autowired
	PersonService people;

	@Autowired
	DivisionService divisions;

	Person wilaiwan;

	Person somchai;

	@BeforeEach
	void people() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.wilaiwan = this.people.create("วิไลวรรณ ช่างคิด", "หัวหน้ากองช่าง", works.getId(),
				EnumSet.of(Role.DIVISION_HEAD), null);
		this.somchai = this.people.create("สมชาย ใจดี", "นายช่างโยธา", works.getId(), EnumSet.of(Role.STAFF), null);
	}

	@Test
	void aNameTypedWithItsTitleIsAddressedWithoutIt() {
		// "คุณนาย…" would read "madam": the title goes before คุณ is put in front
		Person head = this.people.create("นายเอกชัย ดีงาม", "ผู้อำนวยการกองคลัง", this.wilaiwan.getDivisionId(),
				EnumSet.of(Role.DIVISION_HEAD), null);
		LinkResult result = this.linking.redeem(U1, this.linking.issueCode(head.getId()).code());
		assertThat(result.message()).isEqualTo("เชื่อมบัญชี LINE กับ คุณเอกชัย ดีงาม (ผู้อำนวยการกองคลัง) เรียบร้อยแล้วค่ะ");
	}

	@Test
	void aCodeSentInThaiDigitsLinksTheAccount() {
		IssuedCode issued = this.linking.issueCode(this.wilaiwan.getId());
		assertThat(issued.code()).matches("[0-9]{6}");
		assertThat(issued.expiresAt()).isEqualTo(MutableClock.DEFAULT_START.plus(Duration.ofDays(7)));

		this.clock.advance(Duration.ofHours(3));
		LinkResult result = this.linking.redeem(U1, "รหัส " + ThaiDates.thaiDigits(issued.code()));

		assertThat(result).isInstanceOf(LinkResult.Linked.class);
		assertThat(result.message()).isEqualTo("เชื่อมบัญชี LINE กับ คุณวิไลวรรณ ช่างคิด (หัวหน้ากองช่าง) เรียบร้อยแล้วค่ะ");
		Person linked = this.people.get(this.wilaiwan.getId());
		assertThat(linked.getLineUserId()).isEqualTo(U1);
		assertThat(linked.isLineLinkActive()).isTrue();
		assertThat(linked.getLinkedAt()).isEqualTo(MutableClock.DEFAULT_START.plus(Duration.ofHours(3)));
		assertThat(this.people.findByLineUserId(U1)).map(Person::getId).contains(this.wilaiwan.getId());
	}

	@Test
	void theDeepLinkOpensTheBotWithTheCodeTyped() {
		IssuedCode issued = this.linking.issueCode(this.wilaiwan.getId());
		assertThat(issued.deepLink()).isEqualTo("https://line.me/R/oaMessage/@tidtam/?"
				+ "%E0%B8%A3%E0%B8%AB%E0%B8%B1%E0%B8%AA%E0%B9%80%E0%B8%8A%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%A1"
				+ "%E0%B8%9A%E0%B8%B1%E0%B8%8D%E0%B8%8A%E0%B8%B5%20" + issued.code());
		// and the text it types is itself redeemable
		assertThat(this.linking.redeem(U1, "รหัสเชื่อมบัญชี " + issued.code())).isInstanceOf(LinkResult.Linked.class);
	}

	@Test
	void codesAreFoundInChatTexts() {
		assertThat(LinkingService.codeIn("รหัส ๑๒๓๔๕๖")).contains("123456");
		assertThat(LinkingService.codeIn("รหัสเชื่อมบัญชี 012345 ค่ะ")).contains("012345");
		assertThat(LinkingService.codeIn("โทร 0812345678")).isEmpty();
		assertThat(LinkingService.codeIn("12345")).isEmpty();
		assertThat(LinkingService.codeIn(null)).isEmpty();
	}

	@Test
	void onlyAHashOfTheCodeIsStored() {
		IssuedCode issued = this.linking.issueCode(this.wilaiwan.getId());
		Document raw = this.mongo.getCollection(LineLinkCode.COLLECTION).find().first();
		assertThat(raw).isNotNull();
		assertThat(raw.toJson()).doesNotContain(issued.code());
		assertThat(raw.getString(LineLinkCode.CODE_HASH)).matches("[0-9a-f]{64}");
		assertThat(this.mongo.getCollection(LineLinkCode.COLLECTION).countDocuments()).isEqualTo(1);
	}

	@Test
	void aCodeExpiresAfterSevenDays() {
		IssuedCode first = this.linking.issueCode(this.wilaiwan.getId());
		IssuedCode second = this.linking.issueCode(this.somchai.getId());
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(this.linking.redeem(U2, second.code())).isInstanceOf(LinkResult.Linked.class);
		this.clock.advance(Duration.ofMinutes(1));
		LinkResult late = this.linking.redeem(U1, first.code());
		assertThat(late).isInstanceOf(LinkResult.Expired.class);
		assertThat(late.message()).isEqualTo("รหัสหมดอายุแล้ว กรุณาขอรหัสใหม่จากผู้ประสานงาน ITA");
		assertThat(this.people.get(this.wilaiwan.getId()).getLineUserId()).isNull();
	}

	@Test
	void aCodeIsUsedOnce() {
		IssuedCode issued = this.linking.issueCode(this.wilaiwan.getId());
		assertThat(this.linking.redeem(U1, issued.code())).isInstanceOf(LinkResult.Linked.class);
		// the same person typing it again is told it is done; anyone else is refused
		assertThat(this.linking.redeem(U1, issued.code())).isInstanceOf(LinkResult.AlreadyLinked.class);
		assertThat(this.linking.redeem(U2, issued.code())).isInstanceOf(LinkResult.AlreadyUsed.class);
		assertThat(this.people.findByLineUserId(U2)).isEmpty();
	}

	@Test
	void aNewCodeInvalidatesTheOldOne() {
		IssuedCode old = this.linking.issueCode(this.wilaiwan.getId());
		IssuedCode renewed = this.linking.issueCode(this.wilaiwan.getId());
		assertThat(renewed.code()).isNotEqualTo(old.code());
		assertThat(this.linking.redeem(U1, old.code())).isInstanceOf(LinkResult.WrongCode.class);
		assertThat(this.linking.redeem(U1, renewed.code())).isInstanceOf(LinkResult.Linked.class);
	}

	@Test
	void fiveWrongTriesInAnHourLockTheUserOutForAnHour() {
		IssuedCode issued = this.linking.issueCode(this.wilaiwan.getId());
		String wrong = otherThan(issued.code());
		for (int i = 0; i < 4; i++) {
			LinkResult r = this.linking.redeem(U1, wrong);
			assertThat(r).isInstanceOf(LinkResult.WrongCode.class);
			assertThat(r.message()).startsWith("รหัสไม่ถูกต้อง");
			this.clock.advance(Duration.ofMinutes(10));
		}
		// 09:40 Bangkok: the fifth wrong try locks until 10:40
		LinkResult fifth = this.linking.redeem(U1, wrong);
		assertThat(fifth).isInstanceOf(LinkResult.LockedOut.class);
		assertThat(fifth.message()).isEqualTo("ลองผิดหลายครั้งเกินไป กรุณาลองใหม่หลังเวลา 10:40 น.");

		// while locked, even the right code is not looked at
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.linking.redeem(U1, issued.code())).isInstanceOf(LinkResult.LockedOut.class);
		assertThat(this.people.get(this.wilaiwan.getId()).getLineUserId()).isNull();
		// another LINE user is not affected
		assertThat(this.linking.redeem(U2, wrong)).isInstanceOf(LinkResult.WrongCode.class);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.linking.redeem(U1, wrong)).isInstanceOf(LinkResult.WrongCode.class);
		assertThat(this.linking.redeem(U1, issued.code())).isInstanceOf(LinkResult.Linked.class);
	}

	@Test
	void wrongTriesSpreadOverMoreThanAnHourDoNotLock() {
		IssuedCode issued = this.linking.issueCode(this.wilaiwan.getId());
		String wrong = otherThan(issued.code());
		for (int i = 0; i < 8; i++) {
			assertThat(this.linking.redeem(U1, wrong)).isInstanceOf(LinkResult.WrongCode.class);
			this.clock.advance(Duration.ofMinutes(16));
		}
		// texts without a code are not tries at all
		for (int i = 0; i < 6; i++) {
			assertThat(this.linking.redeem(U1, "สวัสดีค่ะ")).isInstanceOf(LinkResult.NotACode.class);
		}
		assertThat(this.linking.redeem(U1, issued.code())).isInstanceOf(LinkResult.Linked.class);
	}

	@Test
	void aLineAccountLinkedToOnePersonCannotLinkAnother() {
		this.linking.redeem(U1, this.linking.issueCode(this.wilaiwan.getId()).code());
		IssuedCode forSomchai = this.linking.issueCode(this.somchai.getId());

		LinkResult refused = this.linking.redeem(U1, forSomchai.code());
		assertThat(refused).isInstanceOf(LinkResult.LinkedToAnother.class);
		assertThat(refused.message()).startsWith("บัญชี LINE นี้เชื่อมกับ คุณวิไลวรรณ ช่างคิด (หัวหน้ากองช่าง) อยู่แล้ว");
		assertThat(this.people.get(this.somchai.getId()).getLineUserId()).isNull();

		// the code was not spent on the refusal
		assertThat(this.linking.redeem(U2, forSomchai.code())).isInstanceOf(LinkResult.Linked.class);
	}

	@Test
	void anUnfollowKeepsTheLinkInactiveAndAFollowRestoresIt() {
		this.linking.redeem(U1, this.linking.issueCode(this.wilaiwan.getId()).code());
		this.clock.advance(Duration.ofDays(2));

		assertThat(this.linking.unfollowed(U1)).isPresent();
		Person away = this.people.get(this.wilaiwan.getId());
		assertThat(away.isLineLinkActive()).isFalse();
		assertThat(away.lineLinked()).isFalse();
		assertThat(away.getLineUserId()).isEqualTo(U1);
		assertThat(away.getUnlinkedAt()).isEqualTo(this.clock.instant());

		this.linking.followed(U1);
		assertThat(this.people.get(this.wilaiwan.getId()).lineLinked()).isTrue();
		assertThat(this.linking.unfollowed(U2)).isEmpty();
	}

	@Test
	void theSweepRemovesLongDeadCodesAndStaleAttempts() {
		IssuedCode issued = this.linking.issueCode(this.wilaiwan.getId());
		this.linking.redeem(U1, otherThan(issued.code()));
		this.clock.advance(Duration.ofDays(7 + 30).plusMinutes(1));
		assertThat(this.linking.sweep()).isEqualTo(2);
		assertThat(this.mongo.getCollection(LineLinkCode.COLLECTION).countDocuments()).isZero();
		assertThat(this.mongo.getCollection(LineLinkAttempts.COLLECTION).countDocuments()).isZero();
	}

	private static String otherThan(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

}
