package org.tidtam.line.notices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.line.flex.FlexTemplates;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.LineAccountLinked;
import org.tidtam.measures.MeasureAssigned;
import org.tidtam.measures.PlanPublished;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LineGroupBinding;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Tells division heads, in LINE 1:1, about the measures assigned to their division: one carousel per
 * head (LINE shows at most 12 bubbles a carousel and 5 messages a push, so more pages follow), and one
 * summary message to each LINE group bound to the division. Events of one publication arrive in a
 * burst, so they are gathered for a moment and sent together. Every notice goes through
 * {@link LineMessenger} under a key made of the assignments it covers: a crash or a second run never
 * sends it twice, and an assignment is marked noticed only after its notice is queued.
 */
@Component
class AssignmentNotices implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AssignmentNotices.class);

	static final String TEMPLATE = "measures/assignment-notice";

	static final int BUBBLES_PER_CAROUSEL = 12;

	private final PlanService plans;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final PersonService people;

	private final DivisionService divisions;

	private final GroupBindingService groups;

	private final FlexTemplates templates;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final String baseUrl;

	private final long gatherMillis;

	private final java.time.Clock clock;

	private final ObjectMapper json = new ObjectMapper();

	private final Set<String> dirtyPlans = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "assignment-notices");
		t.setDaemon(true);
		return t;
	});

	private ScheduledFuture<?> pending;

	AssignmentNotices(PlanService plans, MeasureService measures, AssignmentService assignments, PersonService people,
			DivisionService divisions, GroupBindingService groups, FlexTemplates templates, LineMessages messages,
			LineMessenger messenger, @Value("${tidtam.base-url}") String baseUrl,
			@Value("${tidtam.notices.gather-millis:1500}") long gatherMillis, java.time.Clock clock) {
		this.clock = clock;
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.people = people;
		this.divisions = divisions;
		this.groups = groups;
		this.templates = templates;
		this.messages = messages;
		this.messenger = messenger;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.gatherMillis = gatherMillis;
	}

	@EventListener
	void on(PlanPublished published) {
		soon(published.planId());
	}

	@EventListener
	void on(MeasureAssigned assigned) {
		this.assignments.find(assigned.assignmentId()).ifPresent(a -> soon(a.getPlanId()));
	}

	/**
	 * A head who was not in LINE when the plan was published (or had blocked the bot) can be reached now:
	 * the notices their division is still owed go out, this year's and, when published already, next year's.
	 */
	@EventListener
	void on(LineAccountLinked linked) {
		FiscalYear year = FiscalYear.containing(java.time.LocalDate.now(this.clock));
		for (FiscalYear y : List.of(year, year.next())) {
			this.plans.published(y).ifPresent(p -> soon(p.getId()));
		}
	}

	private synchronized void soon(String planId) {
		this.dirtyPlans.add(planId);
		if (this.pending != null) {
			this.pending.cancel(false);
		}
		this.pending = this.timer.schedule(this::sendDirty, this.gatherMillis, TimeUnit.MILLISECONDS);
	}

	private void sendDirty() {
		for (String planId : List.copyOf(this.dirtyPlans)) {
			this.dirtyPlans.remove(planId);
			try {
				sendPending(planId);
			}
			catch (RuntimeException e) {
				log.error("Assignment notices for plan {} failed: {}", planId, e.toString());
				this.dirtyPlans.add(planId);
			}
		}
	}

	/** Sends every notice still owed for a published plan. Safe to run again at any time. */
	int sendPending(String planId) {
		Optional<Plan> plan = this.plans.find(planId).filter(Plan::isPublished);
		if (plan.isEmpty()) {
			return 0;
		}
		if (plan.get().getFiscalYear().end().isBefore(java.time.LocalDate.now(this.clock))) {
			// a past year's plan entered for its year-end report: nobody is asked to act on it now
			return 0;
		}
		Map<String, List<Assignment>> byDivision = new LinkedHashMap<>();
		for (Assignment a : this.assignments.forPlan(planId)) {
			if (!a.isArchived() && a.getNoticeSentAt() == null) {
				byDivision.computeIfAbsent(a.getDivisionId(), d -> new ArrayList<>()).add(a);
			}
		}
		int sent = 0;
		for (Map.Entry<String, List<Assignment>> entry : byDivision.entrySet()) {
			Division division = this.divisions.find(entry.getKey()).orElse(null);
			if (division == null) {
				continue;
			}
			List<Person> heads = this.people.divisionHeadsOf(division.getId())
				.stream()
				.filter(Person::lineLinked)
				.toList();
			if (heads.isEmpty()) {
				// nobody to tell yet: the coordinator sees the unlinked head with a "send code" action
				continue;
			}
			List<Item> items = entry.getValue()
				.stream()
				.map(a -> new Item(a, this.measures.find(a.getMeasureId()).orElse(null)))
				.filter(i -> i.measure() != null)
				.sorted(Comparator.comparingInt(i -> i.measure().getNumber()))
				.toList();
			String key = key(items);
			for (Person head : heads) {
				this.messenger.push(head.getLineUserId(), carousels(plan.get(), division, items), "assignment-notice",
						false, "notice:" + head.getId() + ":" + key);
			}
			for (LineGroupBinding group : this.groups.groupsOf(division.getId())) {
				this.messenger.push(group.getId(), List.of(this.messages.text(summary(plan.get(), division, items))),
						"assignment-summary", false, "notice-group:" + group.getId() + ":" + key);
			}
			for (Item item : items) {
				this.assignments.noticeSent(item.assignment().getId());
			}
			sent += items.size();
		}
		return sent;
	}

	private List<ObjectNode> carousels(Plan plan, Division division, List<Item> items) {
		List<ObjectNode> out = new ArrayList<>();
		for (int from = 0; from < items.size(); from += BUBBLES_PER_CAROUSEL) {
			List<Item> page = items.subList(from, Math.min(items.size(), from + BUBBLES_PER_CAROUSEL));
			List<ObjectNode> bubbles = new ArrayList<>();
			for (Item item : page) {
				bubbles.add(this.templates.render(TEMPLATE, values(plan, division, item)));
			}
			if (bubbles.size() == 1) {
				out.add(bubbles.get(0));
				continue;
			}
			ObjectNode message = this.json.createObjectNode();
			message.put("type", "flex");
			message.put("altText", FlexTemplates.ellipsize("มาตรการที่ได้รับมอบหมาย " + page.size() + " รายการ สำหรับ "
					+ division.getName() + " ปีงบประมาณ " + plan.getFiscalYear(), 1500));
			ObjectNode carousel = message.putObject("contents");
			carousel.put("type", "carousel");
			ArrayNode contents = carousel.putArray("contents");
			bubbles.forEach(b -> contents.add(b.get("contents")));
			out.add(message);
		}
		return out;
	}

	private Map<String, String> values(Plan plan, Division division, Item item) {
		Measure m = item.measure();
		String steps = m.getSteps().isEmpty() ? "-" : String.join("\n", numbered(m.getSteps()));
		return Map.of("fiscalYear", String.valueOf(plan.getFiscalYear().buddhistYear()), "division", division.getName(),
				"number", String.valueOf(m.getNumber()), "title", m.getTitle(), "steps", steps, "dueOn",
				dueText(m, item.assignment().getDueOn(), ThaiDates::longDate),
				"assignmentId", item.assignment().getId(), "detailUrl",
				this.baseUrl + "/admin/assignments/" + item.assignment().getId());
	}

	/** The due date as people are told it: a monthly-meeting measure is due at every meeting, not at year end. */
	private static String dueText(Measure m, java.time.LocalDate dueOn,
			java.util.function.Function<java.time.LocalDate, String> format) {
		if (m.getCadence() != null && m.getCadence().monthly()) {
			return org.tidtam.measures.plan.MeasureCadence.EVERY_MONTHLY_MEETING;
		}
		return dueOn == null ? "-" : format.apply(dueOn);
	}

	private static List<String> numbered(List<String> steps) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			out.add((i + 1) + ". " + steps.get(i));
		}
		return out;
	}

	private String summary(Plan plan, Division division, List<Item> items) {
		StringBuilder text = new StringBuilder("📋 ").append(division.getName())
			.append(" ได้รับมอบหมายมาตรการ ")
			.append(items.size())
			.append(" รายการ (ปีงบประมาณ ")
			.append(plan.getFiscalYear())
			.append(")\n");
		for (Item item : items) {
			text.append("\n").append(item.measure().getNumber()).append(". ").append(item.measure().getTitle());
			if (item.assignment().getDueOn() != null) {
				text.append(" — กำหนด ").append(dueText(item.measure(), item.assignment().getDueOn(), ThaiDates::shortDate));
			}
		}
		text.append("\n\nหัวหน้าส่วนราชการได้รับรายละเอียดทางแชตส่วนตัวแล้วค่ะ");
		return text.toString();
	}

	private static String key(List<Item> items) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			items.stream().map(i -> i.assignment().getId()).sorted().forEach(id -> sha.update(id.getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

	private record Item(Assignment assignment, Measure measure) {
	}

}
