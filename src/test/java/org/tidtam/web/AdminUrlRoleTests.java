package org.tidtam.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every admin page against every role: who may open it (200, or 404 for an id that does not exist)
 * and who gets 403; anonymous visitors are sent to the login page.
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
class AdminUrlRoleTests {

	static final List<Role> COORDINATING = List.of(Role.ADMIN, Role.COORDINATOR);

	static final List<Role> EVERYONE = List.of(Role.EXECUTIVE, Role.COORDINATOR, Role.DIVISION_HEAD, Role.STAFF,
			Role.COMPLAINT_OFFICER, Role.INTEGRITY_OFFICER, Role.ADMIN);

	static final Map<String, List<Role>> PAGES = Map.ofEntries(Map.entry("/admin", EVERYONE),
			Map.entry("/admin/line/events", COORDINATING), Map.entry("/admin/line/outbox", COORDINATING),
			Map.entry("/admin/users", List.of(Role.ADMIN)), Map.entry("/admin/people", COORDINATING),
			Map.entry("/admin/divisions", COORDINATING), Map.entry("/admin/plan", COORDINATING),
			Map.entry("/admin/plan/import", COORDINATING), Map.entry("/admin/organisation", COORDINATING),
			Map.entry("/admin/plan/measures/new", COORDINATING), Map.entry("/admin/plan/indicators", COORDINATING),
			Map.entry("/admin/my-division", EVERYONE),
			Map.entry("/admin/complaints", List.of(Role.ADMIN, Role.COORDINATOR, Role.COMPLAINT_OFFICER)),
			Map.entry("/admin/complaints/statistics",
					List.of(Role.ADMIN, Role.COORDINATOR, Role.COMPLAINT_OFFICER, Role.EXECUTIVE)),
			Map.entry("/admin/complaints/statistics.csv",
					List.of(Role.ADMIN, Role.COORDINATOR, Role.COMPLAINT_OFFICER, Role.EXECUTIVE)),
			Map.entry("/admin/complaints/statistics.xlsx",
					List.of(Role.ADMIN, Role.COORDINATOR, Role.COMPLAINT_OFFICER, Role.EXECUTIVE)),
			Map.entry("/admin/integrity", List.of(Role.INTEGRITY_OFFICER)),
			Map.entry("/admin/integrity/trail", List.of(Role.INTEGRITY_OFFICER)),
			Map.entry("/admin/integrity/trail?from=2026-03-01&to=2026-03-31&who=x&ticket=%E0%B8%97-2569-000001&page=1",
					List.of(Role.INTEGRITY_OFFICER)),
			Map.entry("/admin/data-requests", COORDINATING),
			Map.entry("/admin/data-requests?state=OPEN&page=1", COORDINATING),
			Map.entry("/admin/data-requests/trail", COORDINATING),
			Map.entry("/admin/data-requests/trail?from=2026-03-01&to=2026-03-31&who=x&ticket=%28.*&page=1",
					COORDINATING),
			Map.entry("/admin/complaints/categories", List.of(Role.ADMIN, Role.COORDINATOR, Role.COMPLAINT_OFFICER)),
			Map.entry("/admin/complaints/surveys", List.of(Role.ADMIN, Role.COORDINATOR, Role.COMPLAINT_OFFICER)),
			Map.entry("/admin/complaints/surveys/S1/qr.svg", List.of(Role.ADMIN, Role.COORDINATOR, Role.COMPLAINT_OFFICER)),
			Map.entry("/admin/complaints?status=DONE&overdue=true&q=%28.*", List.of(Role.ADMIN, Role.COORDINATOR,
					Role.COMPLAINT_OFFICER)),
			Map.entry("/admin/reports", List.of(Role.ADMIN, Role.COORDINATOR, Role.EXECUTIVE)),
			Map.entry("/admin/reports/year", List.of(Role.ADMIN, Role.COORDINATOR, Role.EXECUTIVE)));

	@Autowired
	MockMvc mvc;

	@Test
	void everyAdminPageAgainstEveryRole() throws Exception {
		for (Map.Entry<String, List<Role>> page : PAGES.entrySet()) {
			for (Role role : Role.values()) {
				int status = this.mvc.perform(get(page.getKey()).with(user("u-" + role).roles(role.name())))
					.andReturn()
					.getResponse()
					.getStatus();
				int expected = page.getValue().contains(role) ? 200 : 403;
				assertThat(status).as(page.getKey() + " as " + role).isEqualTo(expected);
			}
			int anonymous = this.mvc.perform(get(page.getKey())).andReturn().getResponse().getStatus();
			assertThat(anonymous).as(page.getKey() + " anonymous").isEqualTo(302);
		}
	}

	@Test
	void pagesOfAThingThatDoesNotExistAre404ForThoseAllowed() throws Exception {
		for (String url : List.of("/admin/people/nobody", "/admin/assignments/nothing", "/admin/line/events/none",
				"/admin/plan/measures/nothing", "/admin/complaints/nothing", "/admin/complaints/nothing/photos/0")) {
			int status = this.mvc.perform(get(url).with(user("c").roles("COORDINATOR"))).andReturn().getResponse().getStatus();
			assertThat(status).as(url).isEqualTo(404);
		}
	}

}
