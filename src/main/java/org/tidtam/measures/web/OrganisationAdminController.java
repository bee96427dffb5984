package org.tidtam.measures.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LineGroupBinding;
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationKind;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.shared.FiscalYear;

/**
 * The office's profile (name, kind, province, memo prefix, fiscal year in use, the monthly meeting
 * rule, with the next meetings shown) and the LINE groups bound to divisions.
 */
@Controller
class OrganisationAdminController {

	private final OrganisationService organisations;

	private final DivisionService divisions;

	private final GroupBindingService groups;

	private final PersonService people;

	private final java.time.Clock clock;

	OrganisationAdminController(OrganisationService organisations, DivisionService divisions,
			GroupBindingService groups, PersonService people, java.time.Clock clock) {
		this.clock = clock;
		this.people = people;
		this.organisations = organisations;
		this.divisions = divisions;
		this.groups = groups;
	}

	@GetMapping("/admin/organisation")
	String profile(Model model) {
		Organisation organisation = this.organisations.profile().orElseGet(Organisation::new);
		model.addAttribute("organisation", organisation);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("days", DayOfWeek.values());
		List<LocalDate> meetings = new ArrayList<>();
		if (organisation.getMeetingDayOfWeek() != null) {
			// the next three from today: this month's meeting only if it has not been held yet
			LocalDate today = LocalDate.now(this.clock.withZone(org.tidtam.shared.ThaiDates.BANGKOK));
			YearMonth month = YearMonth.from(today);
			for (int i = 0; meetings.size() < 3 && i < 4; i++) {
				LocalDate meeting = organisation.meetingIn(month.plusMonths(i));
				if (!meeting.isBefore(today)) {
					meetings.add(meeting);
				}
			}
		}
		model.addAttribute("meetings", meetings);
		List<Binding> bindings = new ArrayList<>();
		List<Division> unreachable = new ArrayList<>();
		java.util.Set<String> withLinkedHead = this.people.people(org.tidtam.shared.Role.DIVISION_HEAD)
			.stream()
			.filter(Person::lineLinked)
			.map(Person::getDivisionId)
			.collect(java.util.stream.Collectors.toSet());
		for (Division division : this.divisions.all()) {
			List<LineGroupBinding> bound = this.groups.groupsOf(division.getId());
			for (LineGroupBinding binding : bound) {
				bindings.add(new Binding(binding.getId(), division.getName(), binding.getBoundAt()));
			}
			// reminders go to the division's group, else to its heads 1:1: with neither, nobody hears them
			if (division.isActive() && bound.isEmpty() && !withLinkedHead.contains(division.getId())) {
				unreachable.add(division);
			}
		}
		model.addAttribute("bindings", bindings);
		model.addAttribute("unreachable", unreachable);
		return "measures/organisation";
	}

	@PostMapping("/admin/organisation")
	String save(@RequestParam String name, @RequestParam OrganisationKind kind,
			@RequestParam(defaultValue = "") String province, @RequestParam(defaultValue = "") String address,
			@RequestParam(defaultValue = "") String memoPrefix, @RequestParam int fiscalYear,
			@RequestParam(required = false) DayOfWeek meetingDay, @RequestParam(defaultValue = "2") int meetingNth,
			RedirectAttributes redirect) {
		Organisation organisation = this.organisations.profile().orElseGet(Organisation::new);
		organisation.setName(name.strip());
		organisation.setKind(kind);
		organisation.setProvince(province.strip());
		organisation.setAddress(address.strip());
		organisation.setMemoPrefix(memoPrefix.strip());
		organisation.setFiscalYear(FiscalYear.of(fiscalYear));
		organisation.setMeetingDayOfWeek(meetingDay);
		organisation.setMeetingNth(meetingNth);
		this.organisations.save(organisation);
		redirect.addFlashAttribute("flash", "organisation.saved");
		return "redirect:/admin/organisation";
	}

	record Binding(String groupId, String division, java.time.Instant boundAt) {
	}

}
