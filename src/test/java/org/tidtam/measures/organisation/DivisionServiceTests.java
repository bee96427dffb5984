package org.tidtam.measures.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionServiceTests extends OrganisationStoreTestSupport {

	@Autowired
	DivisionService divisions;

	@Test
	void createsRenamesAndDeactivates() {
		Division works = this.divisions.create("กองช่าง", "ช่าง", List.of(), true, false);
		Division finance = this.divisions.create("กองคลัง", null, List.of(" คลัง "), true, false);
		assertThat(this.divisions.all()).extracting(Division::getName).containsExactly("กองช่าง", "กองคลัง");
		assertThat(finance.getAliases()).containsExactly("คลัง");

		Division renamed = this.divisions.rename(works.getId(), "กองช่างและผังเมือง");
		assertThat(this.divisions.get(works.getId()).getName()).isEqualTo("กองช่างและผังเมือง");
		assertThat(renamed.getVersion()).isGreaterThan(works.getVersion());

		this.divisions.deactivate(finance.getId());
		assertThat(this.divisions.active()).extracting(Division::getName).containsExactly("กองช่างและผังเมือง");
		assertThat(this.divisions.all()).hasSize(2);
	}

	@Test
	void noDuplicateNamesOrAliasesAcrossDivisions() {
		Division office = this.divisions.create("สำนักปลัดเทศบาล", null, List.of("สำนักปลัด"), true, false);
		Division finance = this.divisions.create("กองคลัง", null, List.of(), true, false);

		assertThatThrownBy(() -> this.divisions.create("กองคลัง", null, List.of(), true, false))
			.isInstanceOf(OrganisationException.class)
			.hasMessage("ชื่อ “กองคลัง” ซ้ำกับชื่อหรือชื่อย่อของส่วนราชการ “กองคลัง” อยู่แล้ว");
		// spelled the way documents do: the importer would read it as สำนักปลัดเทศบาล
		assertThatThrownBy(() -> this.divisions.addAlias(finance.getId(), "สำนักปลัด ฯ"))
			.isInstanceOf(OrganisationException.class)
			.hasMessageContaining("สำนักปลัดเทศบาล");
		assertThatThrownBy(() -> this.divisions.rename(finance.getId(), "สำนักปลัดเทศบาล"))
			.isInstanceOf(OrganisationException.class);
		assertThatThrownBy(() -> this.divisions.create("กองใหม่", null, List.of("คลัง"), true, false))
			.isInstanceOf(OrganisationException.class)
			.hasMessageContaining("กองคลัง");

		// a division's own alias may repeat its own spelling without complaint
		this.divisions.addAlias(office.getId(), "สำนักปลัดฯ");
		assertThat(this.divisions.get(office.getId()).getAliases()).containsExactly("สำนักปลัด", "สำนักปลัดฯ");
		assertThat(this.divisions.all()).hasSize(2);
	}

	@Test
	void theStoreItselfRefusesADuplicateName() {
		this.divisions.create("กองช่าง", null, List.of(), true, false);
		assertThatThrownBy(() -> this.mongo.insert(new Division("กองช่าง", null, List.of(), true, false)))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void defaultsOfAMunicipalityAreCreatedOnce() {
		List<Division> created = this.divisions.createDefaults(OrganisationKind.MUNICIPALITY);
		assertThat(created).extracting(Division::getName)
			.containsExactly("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม");
		assertThat(created.get(0).getAliases()).contains("สำนักปลัด", "สำนักปลัดฯ", "สำนักปลัด ฯ");
		assertThat(this.divisions.createDefaults(OrganisationKind.MUNICIPALITY)).isEmpty();
		assertThat(this.divisions.all()).hasSize(5);
	}

	@Test
	void aProvinceGetsNoGuessedDivisions() {
		assertThat(this.divisions.createDefaults(OrganisationKind.PROVINCE)).isEmpty();
		assertThat(this.divisions.createDefaults(OrganisationKind.SAO).get(0).getName())
			.isEqualTo("สำนักปลัดองค์การบริหารส่วนตำบล");
	}

	@Test
	void aBlankNameIsRefusedInThai() {
		assertThatThrownBy(() -> this.divisions.create("  ", null, List.of(), true, false))
			.hasMessage("กรุณาระบุชื่อส่วนราชการ");
	}

}
