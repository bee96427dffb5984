package org.tidtam.measures.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

class GroupBindingTests extends OrganisationStoreTestSupport {

	static final String GROUP = "C0123456789abcdef0123456789abcdef";

	@Autowired
	GroupBindingService bindings;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	LinkingService linking;

	// the pure rule

	@Test
	void theHeadOfTheDivisionMayBindIt() {
		assertThat(GroupBinding.canBind(linked(Set.of(Role.DIVISION_HEAD), "works"), "works").allowed()).isTrue();
	}

	@Test
	void theHeadOfAnotherDivisionMayNot() {
		GroupBinding.Decision d = GroupBinding.canBind(linked(Set.of(Role.DIVISION_HEAD), "finance"), "works");
		assertThat(d.allowed()).isFalse();
		assertThat(d.message()).contains("เฉพาะหัวหน้าส่วนราชการนั้น");
	}

	@Test
	void aCoordinatorMayBindAnyDivision() {
		assertThat(GroupBinding.canBind(linked(Set.of(Role.COORDINATOR), null), "works").allowed()).isTrue();
	}

	@Test
	void staffMayNot() {
		assertThat(GroupBinding.canBind(linked(Set.of(Role.STAFF), "works"), "works").allowed()).isFalse();
	}

	@Test
	void unlinkedOrUnfollowedAccountsMayNot() {
		GroupBinding.Decision nobody = GroupBinding.canBind(null, "works");
		assertThat(nobody.allowed()).isFalse();
		assertThat(nobody.message()).contains("ยังไม่ได้เชื่อม");
		Person away = linked(Set.of(Role.COORDINATOR), null);
		away.setLineLinkActive(false);
		assertThat(GroupBinding.canBind(away, "works").allowed()).isFalse();
	}

	// the service

	@Test
	void bindRebindAndUnbind() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		Division finance = this.divisions.create("กองคลัง", null, List.of(), true, false);
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", works.getId(),
				EnumSet.of(Role.DIVISION_HEAD), null);
		this.linking.redeem("U-head", this.linking.issueCode(head.getId()).code());

		GroupBindingService.Outcome refused = this.bindings.bind(GROUP, finance.getId(), "U-head");
		assertThat(refused.bound()).isFalse();
		assertThat(this.bindings.bindingOf(GROUP)).isEmpty();
		assertThat(this.bindings.bind(GROUP, works.getId(), "U-stranger").bound()).isFalse();

		GroupBindingService.Outcome bound = this.bindings.bind(GROUP, works.getId(), "U-head");
		assertThat(bound.bound()).isTrue();
		assertThat(bound.message()).isEqualTo("ผูกกลุ่มนี้กับ กองช่าง เรียบร้อยแล้วค่ะ");
		LineGroupBinding stored = this.bindings.bindingOf(GROUP).orElseThrow();
		assertThat(stored.getDivisionId()).isEqualTo(works.getId());
		assertThat(stored.getBoundBy()).isEqualTo(head.getId());
		assertThat(stored.getBoundAt()).isEqualTo(this.clock.instant());

		Person coordinator = this.people.create("อรทัย ประสาน", "นักวิเคราะห์นโยบายและแผน", null,
				EnumSet.of(Role.COORDINATOR), null);
		this.linking.redeem("U-coord", this.linking.issueCode(coordinator.getId()).code());
		assertThat(this.bindings.bind(GROUP, finance.getId(), "U-coord").bound()).isTrue();
		assertThat(this.bindings.bindingOf(GROUP).orElseThrow().getDivisionId()).isEqualTo(finance.getId());
		assertThat(this.mongo.getCollection(LineGroupBinding.COLLECTION).countDocuments()).isEqualTo(1);
		assertThat(this.bindings.groupsOf(finance.getId())).hasSize(1);

		assertThat(this.bindings.unbind(GROUP)).isTrue();
		assertThat(this.bindings.bindingOf(GROUP)).isEmpty();
		assertThat(this.bindings.unbind(GROUP)).isFalse();
	}

	@Test
	void aHeadOfAnotherDivisionDoesNotTakeOverABoundGroup() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		Division finance = this.divisions.create("กองคลัง", null, List.of(), true, false);
		Person worksHead = this.people.create("วิไลวรรณ ช่างคิด", null, works.getId(), EnumSet.of(Role.DIVISION_HEAD), null);
		Person financeHead = this.people.create("สมศรี การเงิน", null, finance.getId(), EnumSet.of(Role.DIVISION_HEAD), null);
		this.linking.redeem("U-works", this.linking.issueCode(worksHead.getId()).code());
		this.linking.redeem("U-finance", this.linking.issueCode(financeHead.getId()).code());
		assertThat(this.bindings.bind(GROUP, works.getId(), "U-works").bound()).isTrue();

		// the head of กองคลัง, also in the group, types "ผูกกลุ่ม": กองช่าง keeps its group
		GroupBindingService.Outcome refused = this.bindings.bind(GROUP, finance.getId(), "U-finance");
		assertThat(refused.bound()).isFalse();
		assertThat(refused.message()).contains("กลุ่มนี้ผูกกับ กองช่าง อยู่แล้ว").contains("ผู้ประสานงาน");
		assertThat(this.bindings.bindingOf(GROUP).orElseThrow().getDivisionId()).isEqualTo(works.getId());
		// the group's own head binding it again is fine
		assertThat(this.bindings.bind(GROUP, works.getId(), "U-works").bound()).isTrue();
	}

	@Test
	void anInactiveDivisionCannotBeBound() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.divisions.deactivate(works.getId());
		Person coordinator = this.people.create("อรทัย ประสาน", null, null, EnumSet.of(Role.COORDINATOR), null);
		this.linking.redeem("U-coord", this.linking.issueCode(coordinator.getId()).code());
		assertThat(this.bindings.bind(GROUP, works.getId(), "U-coord").bound()).isFalse();
	}

	private static Person linked(Set<Role> roles, String divisionId) {
		Person p = new Person("ทดสอบ", null, divisionId, roles, null);
		p.setLineUserId("U-test");
		p.setLineLinkActive(true);
		return p;
	}

}
