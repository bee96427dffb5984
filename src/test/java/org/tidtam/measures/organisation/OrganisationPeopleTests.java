package org.tidtam.measures.organisation;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationPeopleTests extends OrganisationStoreTestSupport {

	@Autowired
	PersonService people;

	@Autowired
	DivisionService divisions;

	@Test
	void peopleByRoleAndDivisionHeads() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		Division finance = this.divisions.create("กองคลัง", null, List.of(), true, false);
		Person mayor = this.people.create("ประยุทธ มั่นคง", "นายกเทศมนตรี", null, EnumSet.of(Role.EXECUTIVE), null);
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", works.getId(),
				EnumSet.of(Role.DIVISION_HEAD), "081-234-5678");
		this.people.create("สมชาย ใจดี", "นายช่างโยธา", works.getId(), EnumSet.of(Role.STAFF), null);
		this.people.create("มาลี คลังดี", "ผู้อำนวยการกองคลัง", finance.getId(), EnumSet.of(Role.DIVISION_HEAD), null);

		assertThat(this.people.divisionHeadsOf(works.getId())).extracting(Person::getId).containsExactly(head.getId());
		assertThat(this.people.people(Role.EXECUTIVE)).extracting(Person::getId).containsExactly(mayor.getId());
		assertThat(this.people.people(Role.DIVISION_HEAD)).hasSize(2);
		assertThat(mayor.getDivisionId()).isNull();

		this.people.updateRoles(head.getId(), EnumSet.of(Role.DIVISION_HEAD, Role.COORDINATOR));
		assertThat(this.people.people(Role.COORDINATOR)).extracting(Person::getName).containsExactly("วิไลวรรณ ช่างคิด");
		assertThat(head.toString()).doesNotContain("081");

		// moved to another division: no longer a head of the first
		this.people.updateDetails(head.getId(), "วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองคลัง", finance.getId(), "");
		assertThat(this.people.divisionHeadsOf(works.getId())).isEmpty();
		assertThat(this.people.divisionHeadsOf(finance.getId())).hasSize(2);
		assertThat(this.people.get(head.getId()).getPhone()).isNull();
	}

	@Test
	void anUnknownDivisionIsRefused() {
		assertThatThrownBy(() -> this.people.create("ใครสักคน", null, "no-such-division", EnumSet.of(Role.STAFF), null))
			.isInstanceOf(OrganisationException.class)
			.hasMessage("ไม่พบส่วนราชการที่ระบุ");
	}

	/** The unique index on lineUserId must ignore people who have no LINE link (the field is absent). */
	@Test
	void manyUnlinkedPeopleButOneLineAccountPerPerson() {
		Person a = this.people.create("ก", null, null, EnumSet.of(Role.STAFF), null);
		Person b = this.people.create("ข", null, null, EnumSet.of(Role.STAFF), null);
		this.people.create("ค", null, null, EnumSet.of(Role.STAFF), null);
		assertThat(this.mongo.getCollection(Person.COLLECTION).find().first()).doesNotContainKey(Person.LINE_USER_ID);

		link(a, "U-same");
		assertThatThrownBy(() -> link(b, "U-same")).isInstanceOf(DuplicateKeyException.class);
		link(b, "U-other");
		assertThat(this.people.findByLineUserId("U-same")).map(Person::getId).contains(a.getId());
	}

	private void link(Person person, String lineUserId) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(person.getId())),
				new Update().set(Person.LINE_USER_ID, lineUserId), Person.class);
	}

}
