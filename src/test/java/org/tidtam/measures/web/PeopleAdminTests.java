package org.tidtam.measures.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;

import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coordinator adds people and divisions and hands out linking codes; other roles may not. */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
class PeopleAdminTests {

	static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void clean() {
		for (String c : List.of("people", "divisions", "line_link_codes", "organisation")) {
			this.mongo.remove(new Query(), c);
		}
	}

	@Test
	void aCoordinatorAddsAHeadAndHandsOutACodeWithItsQr() throws Exception {
		Division division = this.divisions.create("กองช่าง", "กช", List.of(), true, false);
		this.mvc
			.perform(post("/admin/people").with(csrf()).with(COORDINATOR)
				.param("name", "วิไลวรรณ ช่างคิด")
				.param("position", "ผู้อำนวยการกองช่าง")
				.param("divisionId", division.getId())
				.param("roles", "DIVISION_HEAD"))
			.andExpect(status().is3xxRedirection());
		Person head = this.people.all().get(0);
		assertThat(head.getRoles()).extracting(Enum::name).containsExactly("DIVISION_HEAD");
		String list = this.mvc.perform(get("/admin/people").with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("วิไลวรรณ ช่างคิด").contains("ยังไม่ได้เชื่อมบัญชี LINE").contains("ส่งรหัสเชื่อมบัญชี");

		MvcResult issued = this.mvc.perform(post("/admin/people/" + head.getId() + "/code").with(csrf()).with(COORDINATOR))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("code", "qr", "deepLink"))
			.andReturn();
		String code = (String) issued.getFlashMap().get("code");
		assertThat(code).matches("\\d{6}");
		assertThat((String) issued.getFlashMap().get("qr")).startsWith("data:image/svg+xml;base64,");
		String page = this.mvc.perform(get("/admin/people/" + head.getId()).with(COORDINATOR).flashAttrs(issued.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(code).contains("line.me/R/oaMessage");
	}

	/** The add-person form sent twice (a double click) adds the person once; another form adds another. */
	@Test
	void theAddPersonFormSentTwiceAddsThePersonOnce() throws Exception {
		java.util.regex.Pattern keyField = java.util.regex.Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");
		String list = this.mvc.perform(get("/admin/people").with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString();
		java.util.regex.Matcher key = keyField.matcher(list);
		assertThat(key.find()).as("the add form carries a one-time key").isTrue();
		List<String> locations = new java.util.ArrayList<>();
		for (int i = 0; i < 2; i++) {
			locations.add(this.mvc
				.perform(post("/admin/people").with(csrf()).with(COORDINATOR)
					.param("formKey", key.group(1))
					.param("name", "สมศรี มีสุข")
					.param("position", "นักวิชาการ"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flash", "people.created"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl());
		}
		assertThat(this.people.all()).singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo("สมศรี มีสุข"));
		assertThat(locations).containsOnly("/admin/people/" + this.people.all().get(0).getId());

		java.util.regex.Matcher another = keyField.matcher(this.mvc.perform(get("/admin/people").with(COORDINATOR))
			.andReturn().getResponse().getContentAsString());
		assertThat(another.find()).isTrue();
		this.mvc.perform(post("/admin/people").with(csrf()).with(COORDINATOR)
			.param("formKey", another.group(1))
			.param("name", "สมศรี มีสุข")).andExpect(status().is3xxRedirection());
		assertThat(this.people.all()).hasSize(2);
	}

	@Test
	void divisionsAreAddedWithTheirAliasesAndDuplicatesRefused() throws Exception {
		this.mvc
			.perform(post("/admin/divisions").with(csrf())
				.with(COORDINATOR)
				.param("name", "สำนักปลัดเทศบาล")
				.param("aliases", "สำนักปลัดฯ, สำนักปลัด ฯ")
				.param("servesPublic", "true"))
			.andExpect(flash().attribute("flash", "divisions.created"));
		this.mvc.perform(post("/admin/divisions").with(csrf()).with(COORDINATOR).param("name", "สำนักปลัดเทศบาล"))
			.andExpect(flash().attribute("flashError", "divisions.invalid"));
		assertThat(this.divisions.all()).singleElement()
			.satisfies(d -> assertThat(d.getAliases()).containsExactly("สำนักปลัดฯ", "สำนักปลัด ฯ"));
	}

	@Test
	void aPersonIsEditedAndADivisionRenamedGivenAnotherNameAndRetired() throws Exception {
		Division engineering = this.divisions.create("กองช่าง", "", List.of(), true, false);
		Division finance = this.divisions.create("กองคลัง", "", List.of(), true, false);
		Person p = this.people.create("มานี ใจดี", "นักวิชาการ", engineering.getId(), java.util.EnumSet.of(Role.STAFF), null);
		this.mvc
			.perform(post("/admin/people/" + p.getId()).with(csrf())
				.with(COORDINATOR)
				.param("name", "มานี ใจดี")
				.param("position", "ผู้อำนวยการกองคลัง")
				.param("divisionId", finance.getId())
				.param("roles", "DIVISION_HEAD", "STAFF")
				.param("phone", "0812345678"))
			.andExpect(flash().attribute("flash", "people.saved"));
		Person edited = this.people.get(p.getId());
		assertThat(edited.getDivisionId()).isEqualTo(finance.getId());
		assertThat(edited.getRoles()).containsExactlyInAnyOrder(Role.DIVISION_HEAD, Role.STAFF);
		assertThat(edited.getPosition()).isEqualTo("ผู้อำนวยการกองคลัง");
		this.mvc.perform(post("/admin/people/" + p.getId()).with(csrf()).with(COORDINATOR).param("name", " "))
			.andExpect(flash().attribute("flashError", "people.not-saved"));
		assertThat(this.people.get(p.getId()).getName()).isEqualTo("มานี ใจดี");

		this.mvc.perform(post("/admin/divisions/" + engineering.getId()).with(csrf()).with(COORDINATOR)
			.param("action", "rename").param("value", "กองช่างสุขาภิบาล"))
			.andExpect(flash().attribute("flash", "divisions.saved"));
		this.mvc.perform(post("/admin/divisions/" + engineering.getId()).with(csrf()).with(COORDINATOR)
			.param("action", "alias").param("value", "กองคลัง"))
			.andExpect(flash().attribute("flashError", "divisions.not-saved"));
		this.mvc.perform(post("/admin/divisions/" + engineering.getId()).with(csrf()).with(COORDINATOR)
			.param("action", "alias").param("value", "กช."))
			.andExpect(flash().attribute("flash", "divisions.saved"));
		this.mvc.perform(post("/admin/divisions/" + engineering.getId()).with(csrf()).with(COORDINATOR)
			.param("action", "deactivate"))
			.andExpect(flash().attribute("flash", "divisions.saved"));
		Division changed = this.divisions.get(engineering.getId());
		assertThat(changed.getName()).isEqualTo("กองช่างสุขาภิบาล");
		assertThat(changed.getAliases()).containsExactly("กช.");
		assertThat(changed.isActive()).isFalse();
		assertThat(this.divisions.active()).extracting(Division::getName).containsExactly("กองคลัง");
	}

	@Test
	void aDivisionsShortNameIsListedAndCanBeChangedOrCleared() throws Exception {
		Division engineering = this.divisions.create("กองช่าง", "กช.", List.of(), true, false);
		this.divisions.create("กองคลัง", "กค.", List.of(), true, false);
		assertThat(this.mvc.perform(get("/admin/divisions").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<td class=\"short-name\">กช.</td>")
			.contains("<td class=\"short-name\">กค.</td>");

		this.mvc.perform(post("/admin/divisions/" + engineering.getId()).with(csrf()).with(COORDINATOR)
			.param("action", "short-name").param("value", " กช.สข. "))
			.andExpect(flash().attribute("flash", "divisions.saved"));
		assertThat(this.divisions.get(engineering.getId()).getShortName()).isEqualTo("กช.สข.");
		this.mvc.perform(post("/admin/divisions/" + engineering.getId()).with(csrf()).with(COORDINATOR)
			.param("action", "short-name").param("value", "กค."))
			.andExpect(flash().attribute("flashError", "divisions.not-saved"));
		assertThat(this.divisions.get(engineering.getId()).getShortName()).isEqualTo("กช.สข.");
		this.mvc.perform(post("/admin/divisions/" + engineering.getId()).with(csrf()).with(COORDINATOR)
			.param("action", "short-name").param("value", ""))
			.andExpect(flash().attribute("flash", "divisions.saved"));
		assertThat(this.divisions.get(engineering.getId()).getShortName()).isNull();
	}

	@Test
	void overlongNamesAndOddPhonesAreRefusedByTheServerWithAThaiReasonAndNothingSaved() throws Exception {
		String huge = "ก".repeat(50_000);
		this.mvc.perform(post("/admin/divisions").with(csrf()).with(COORDINATOR).param("name", huge))
			.andExpect(flash().attribute("flashError", "divisions.invalid"))
			.andExpect(flash().attribute("flashArg", "ชื่อส่วนราชการยาวเกินไป (ไม่เกิน 100 ตัวอักษร)"));
		this.mvc.perform(post("/admin/divisions").with(csrf()).with(COORDINATOR)
			.param("name", "กองช่าง")
			.param("shortName", "ก".repeat(41)))
			.andExpect(flash().attribute("flashArg", "ชื่อย่อยาวเกินไป (ไม่เกิน 40 ตัวอักษร)"));
		this.mvc.perform(post("/admin/divisions").with(csrf()).with(COORDINATOR)
			.param("name", "กองช่าง")
			.param("aliases", "กช., " + "ก".repeat(101)))
			.andExpect(flash().attribute("flashError", "divisions.invalid"));
		assertThat(this.divisions.all()).isEmpty();

		// exactly the form's limit is fine
		this.mvc.perform(post("/admin/divisions").with(csrf()).with(COORDINATOR)
			.param("name", "ก".repeat(100))
			.param("shortName", "ก".repeat(40)))
			.andExpect(flash().attribute("flash", "divisions.created"));
		Division division = this.divisions.all().get(0);
		for (String action : List.of("rename", "alias")) {
			this.mvc.perform(post("/admin/divisions/" + division.getId()).with(csrf()).with(COORDINATOR)
				.param("action", action)
				.param("value", huge))
				.andExpect(flash().attribute("flashError", "divisions.not-saved"));
		}
		assertThat(this.divisions.get(division.getId()).getName()).isEqualTo("ก".repeat(100));
		assertThat(this.divisions.get(division.getId()).getAliases()).isEmpty();

		this.mvc.perform(post("/admin/people").with(csrf()).with(COORDINATOR).param("name", "ก".repeat(101)))
			.andExpect(flash().attribute("flashError", "people.invalid"))
			.andExpect(flash().attribute("flashArg", "ชื่อยาวเกินไป (ไม่เกิน 100 ตัวอักษร)"));
		this.mvc.perform(post("/admin/people").with(csrf()).with(COORDINATOR)
			.param("name", "มานี ใจดี")
			.param("position", "ก".repeat(101)))
			.andExpect(flash().attribute("flashArg", "ตำแหน่งยาวเกินไป (ไม่เกิน 100 ตัวอักษร)"));
		for (String phone : List.of("081-234-5678 ต่อ 12", "<script>", "0".repeat(21))) {
			this.mvc.perform(post("/admin/people").with(csrf()).with(COORDINATOR)
				.param("name", "มานี ใจดี")
				.param("phone", phone))
				.andExpect(flash().attribute("flashArg",
						"เบอร์โทรศัพท์ใช้ได้เฉพาะตัวเลข ช่องว่าง ขีด (-) และ + ไม่เกิน 20 ตัวอักษร"));
		}
		assertThat(this.people.all()).isEmpty();
		this.mvc.perform(post("/admin/people").with(csrf()).with(COORDINATOR)
			.param("name", "มานี ใจดี")
			.param("phone", "+66 81-234 5678"))
			.andExpect(flash().attribute("flash", "people.created"));
		Person manee = this.people.all().get(0);
		this.mvc.perform(post("/admin/people/" + manee.getId()).with(csrf()).with(COORDINATOR)
			.param("name", "มานี ใจดี")
			.param("position", "ก".repeat(5000))
			.param("roles", "STAFF"))
			.andExpect(flash().attribute("flashError", "people.not-saved"));
		Person unchanged = this.people.get(manee.getId());
		assertThat(unchanged.getPosition()).isNullOrEmpty();
		assertThat(unchanged.getRoles()).isEmpty();
		assertThat(unchanged.getPhone()).isEqualTo("+66 81-234 5678");
	}

	@Test
	void aRefusalIsWordedInThePagesLanguage() throws Exception {
		this.mvc.perform(post("/admin/divisions").with(csrf()).with(COORDINATOR).param("name", "กองคลัง"))
			.andExpect(flash().attribute("flash", "divisions.created"));
		this.mvc.perform(post("/admin/divisions").with(csrf()).with(COORDINATOR).param("name", "กองคลัง").param("lang", "en"))
			.andExpect(flash().attribute("flashError", "divisions.invalid"))
			.andExpect(flash().attribute("flashArg", "The name “กองคลัง” is already a name or short name of the division “กองคลัง”"));
		this.mvc.perform(post("/admin/people").with(csrf()).with(COORDINATOR).param("name", " ").param("lang", "en"))
			.andExpect(flash().attribute("flashArg", "Please give a name"));
		this.mvc.perform(post("/admin/people").with(csrf()).with(COORDINATOR).param("name", " ").param("lang", "th"))
			.andExpect(flash().attribute("flashArg", "กรุณาระบุชื่อ"));
	}

	@Test
	void otherRolesMayNotManagePeople() throws Exception {
		for (String role : List.of("EXECUTIVE", "DIVISION_HEAD", "STAFF", "COMPLAINT_OFFICER", "INTEGRITY_OFFICER")) {
			RequestPostProcessor as = user("someone").roles(role);
			this.mvc.perform(get("/admin/people").with(as)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/divisions").with(as)).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/divisions").with(csrf()).with(as).param("name", "กองคลัง"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theOrganisationKindsAreNamedInThePagesLanguageThaiByDefault() throws Exception {
		String thai = this.mvc.perform(get("/admin/organisation").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thai).contains(">องค์การบริหารส่วนจังหวัด</option>").contains(">เทศบาล</option>");
		String english = this.mvc.perform(get("/admin/organisation").param("lang", "en").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains(">Provincial Administrative Organisation</option>")
			.contains(">Municipality</option>")
			.doesNotContain("องค์การบริหารส่วนจังหวัด</option>")
			.doesNotContain(">เทศบาล</option>");
	}

	@Test
	void theOrganisationPageNamesTheDivisionsNoReminderCanReach() throws Exception {
		Division finance = this.divisions.create("กองคลัง", "", List.of(), true, false);
		Division works = this.divisions.create("กองช่าง", "", List.of(), true, false);
		this.divisions.create("กองการศึกษา", "", List.of(), true, false);
		Person linked = this.people.create("สมศรี มีสุข", "ผู้อำนวยการกองคลัง", finance.getId(),
				java.util.EnumSet.of(Role.DIVISION_HEAD), null);
		linked.setLineUserId("U0000000000000000000000000000a001");
		linked.setLineLinkActive(true);
		this.mongo.save(linked);
		// a head who has not linked LINE does not make the division reachable
		this.people.create("สมชาย ใจดี", "ผู้อำนวยการกองช่าง", works.getId(), java.util.EnumSet.of(Role.DIVISION_HEAD), null);
		String page = this.mvc.perform(get("/admin/organisation").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String notice = page.substring(page.indexOf("id=\"unreachable\""), page.indexOf("</div>", page.indexOf("id=\"unreachable\"")));
		assertThat(notice).contains("จะไม่ได้รับการแจ้งเตือนทาง LINE", "กองช่าง", "กองการศึกษา").doesNotContain("กองคลัง");
	}

	@Test
	void theOrganisationProfileIsSavedAndShowsItsNextMeetings() throws Exception {
		this.mvc
			.perform(post("/admin/organisation").with(csrf())
				.with(COORDINATOR)
				.param("name", "เทศบาลตำบลคลองพน")
				.param("kind", "MUNICIPALITY")
				.param("province", "กระบี่")
				.param("memoPrefix", "กบ ๕๒๖๐๑")
				.param("fiscalYear", "2569")
				.param("meetingDay", "TUESDAY")
				.param("meetingNth", "2"))
			.andExpect(flash().attribute("flash", "organisation.saved"));
		String page = this.mvc.perform(get("/admin/organisation").with(COORDINATOR).flashAttr("flash", "organisation.saved"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("เทศบาลตำบลคลองพน").contains("กบ ๕๒๖๐๑").contains("การประชุมครั้งถัดไป").contains("บันทึกข้อมูลหน่วยงานแล้ว");
		@SuppressWarnings("unchecked")
		java.util.List<java.time.LocalDate> next = (java.util.List<java.time.LocalDate>) this.mvc
			.perform(get("/admin/organisation").with(COORDINATOR))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("meetings");
		// the next three: never one already held
		assertThat(next).hasSize(3)
			.allSatisfy(d -> assertThat(d).isAfterOrEqualTo(java.time.LocalDate.now(org.tidtam.shared.ThaiDates.BANGKOK)))
			.isSorted();
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/admin/people")).andExpect(status().is3xxRedirection());
	}

	@Test
	void postsWithoutCsrfAreRefused() throws Exception {
		this.mvc.perform(post("/admin/divisions").with(COORDINATOR).param("name", "กองคลัง")).andExpect(status().isForbidden());
	}

}
