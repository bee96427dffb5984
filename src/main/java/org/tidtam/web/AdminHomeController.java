package org.tidtam.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxRepository;
import org.tidtam.line.webhook.InboxEvent;
import org.tidtam.line.webhook.InboxRepository;

/**
 * The admin home: how the LINE pipeline is doing at a glance. Dead letters (events and messages that
 * failed too often) are shown first, because nothing else will ever look at them but an admin.
 */
@Controller
class AdminHomeController {

	static final String VIEW = "web/home";

	private final InboxRepository inbox;

	private final OutboxRepository outbox;

	AdminHomeController(InboxRepository inbox, OutboxRepository outbox) {
		this.inbox = inbox;
		this.outbox = outbox;
	}

	@GetMapping("/")
	String root() {
		return "redirect:/admin";
	}

	@GetMapping({ "/admin", "/admin/" })
	String home(Model model) {
		List<StateCount> events = Arrays.stream(InboxEvent.State.values())
			.map(state -> new StateCount(state.name(), this.inbox.countByState(state)))
			.toList();
		List<StateCount> messages = Arrays.stream(OutboxMessage.State.values())
			.map(state -> new StateCount(state.name(), this.outbox.countByState(state)))
			.toList();
		long deadEvents = count(events, InboxEvent.State.DEAD.name());
		long deadMessages = count(messages, OutboxMessage.State.DEAD.name());
		model.addAttribute("eventCounts", events);
		model.addAttribute("messageCounts", messages);
		model.addAttribute("deadEvents", deadEvents);
		model.addAttribute("deadMessages", deadMessages);
		model.addAttribute("deadLetters", deadEvents + deadMessages);
		return VIEW;
	}

	private static long count(List<StateCount> counts, String state) {
		return counts.stream().filter(c -> c.state().equals(state)).mapToLong(StateCount::count).sum();
	}

	/** One state and how many are in it. */
	record StateCount(String state, long count) {
	}

}
