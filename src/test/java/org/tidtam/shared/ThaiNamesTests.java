package org.tidtam.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiNamesTests {

	@Test
	void theTitleGoesBeforeคุณIsPutInFront() {
		assertThat(ThaiNames.polite("นายสมชาย ใจดี")).isEqualTo("คุณสมชาย ใจดี");
		assertThat(ThaiNames.polite("นางสาวสมศรี ขยัน")).isEqualTo("คุณสมศรี ขยัน");
		assertThat(ThaiNames.polite("นางมาลี ศรีสุข")).isEqualTo("คุณมาลี ศรีสุข");
		assertThat(ThaiNames.polite("น.ส. วิไลวรรณ ช่างคิด")).isEqualTo("คุณวิไลวรรณ ช่างคิด");
		assertThat(ThaiNames.polite(" นาย เอกชัย ดีงาม ")).isEqualTo("คุณเอกชัย ดีงาม");
		assertThat(ThaiNames.polite("สมชาย ใจดี")).isEqualTo("คุณสมชาย ใจดี");
	}

	@Test
	void aGivenNameThatOnlyLooksLikeATitleIsKept() {
		// นายิกา and นาริน are given names: what follows "นาย"/"นา" could not begin a word, or no title matches
		assertThat(ThaiNames.withoutTitle("นายิกา ศรีสุข")).isEqualTo("นายิกา ศรีสุข");
		assertThat(ThaiNames.withoutTitle("นาริน ใจดี")).isEqualTo("นาริน ใจดี");
		// นางสาวิตรี is นาง + สาวิตรี (Mrs Sawitri), not นางสาว + a vowel sign
		assertThat(ThaiNames.withoutTitle("นางสาวิตรี มีสุข")).isEqualTo("สาวิตรี มีสุข");
		assertThat(ThaiNames.withoutTitle("นาย")).isEqualTo("นาย");
		assertThat(ThaiNames.withoutTitle(null)).isNull();
	}

}
