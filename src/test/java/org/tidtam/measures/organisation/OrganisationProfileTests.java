package org.tidtam.measures.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationProfileTests extends OrganisationStoreTestSupport {

	@Autowired
	OrganisationService organisations;

	@Test
	void nothingUntilSavedThenTheProfileRoundTrips() {
		assertThat(this.organisations.profile()).isEmpty();

		Organisation org = new Organisation("เทศบาลตำบลบ้านใหม่", OrganisationKind.MUNICIPALITY, "นครราชสีมา");
		org.setAddress("๙๙ หมู่ ๑ ตำบลบ้านใหม่");
		org.setMemoPrefix("นม ๕๑๐๐๑");
		org.setFiscalYear(FiscalYear.of(2569));
		org.setMeetingRule(MeetingRule.of(DayOfWeek.TUESDAY, 2)
			.withExtraDate(LocalDate.of(2026, 1, 20))
			.withHoliday(LocalDate.of(2026, 4, 14)));
		this.organisations.save(org);

		Organisation read = this.organisations.profile().orElseThrow();
		assertThat(read.getId()).isEqualTo(Organisation.DEFAULT_ID);
		assertThat(read.getKind()).isEqualTo(OrganisationKind.MUNICIPALITY);
		assertThat(read.getKind().label()).isEqualTo("เทศบาล");
		assertThat(read.getMemoPrefix()).isEqualTo("นม ๕๑๐๐๑");
		assertThat(read.getFiscalYear()).isEqualTo(FiscalYear.of(2569));
		assertThat(read.getUpdatedAt()).isEqualTo(this.clock.instant());
		assertThat(read.meetingIn(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 1, 20));
		assertThat(read.meetingIn(YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 4, 15));
	}

	@Test
	void aStaleFormDoesNotOverwriteANewerEdit() {
		this.organisations.save(new Organisation("อบต.หนองบัว", OrganisationKind.SAO, "ขอนแก่น"));
		Organisation first = this.organisations.profile().orElseThrow();
		Organisation second = this.organisations.profile().orElseThrow();
		first.setAddress("ที่ทำการใหม่");
		this.organisations.save(first);
		second.setAddress("ที่ทำการเก่า");
		assertThatThrownBy(() -> this.organisations.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
	}

}
