package org.tidtam.line.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.line.webhook.InboxEvent;
import org.tidtam.line.webhook.InboxRepository;

/**
 * {@code /admin/line/events}: the webhook events LINE delivered, newest first, for ADMIN and
 * COORDINATOR (enforced in the web shell's security). The payload of an event from a citizen's 1:1
 * chat is personal data and goes into the model only for ADMIN; retrying a dead letter is ADMIN only.
 */
@Controller
@RequestMapping("/admin/line/events")
class LineEventsController {

	static final String LIST_VIEW = "line/events";

	static final String DETAIL_VIEW = "line/event";

	static final int PAGE_SIZE = 50;

	private final InboxRepository inbox;

	private final LineRetries retries;

	LineEventsController(InboxRepository inbox, LineRetries retries) {
		this.inbox = inbox;
		this.retries = retries;
	}

	@GetMapping
	String list(@RequestParam(required = false) InboxEvent.State state, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<InboxEvent> events = (state == null) ? this.inbox.findAllByOrderByReceivedAtDesc(request)
				: this.inbox.findByStateOrderByReceivedAtDesc(state, request);
		model.addAttribute("rows", events.getContent().stream().map(EventRow::of).toList());
		model.addAttribute("page", events);
		model.addAttribute("state", state);
		model.addAttribute("states", List.of(InboxEvent.State.values()));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model, Authentication who) {
		InboxEvent event = this.inbox.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean contentVisible = !event.isConfidential() && AdminAccess.maySeeContent(event.isPersonalData(), who);
		model.addAttribute("event", event);
		model.addAttribute("contentVisible", contentVisible);
		model.addAttribute("payload", contentVisible ? PrettyJson.of(event.getPayload()) : null);
		model.addAttribute("retryable",
				AdminAccess.isAdmin(who) && LineRetries.RETRYABLE_EVENTS.contains(event.getState()));
		return DETAIL_VIEW;
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect) {
		if (!this.inbox.existsById(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (this.retries.retryEvent(id)) {
			redirect.addFlashAttribute("flash", "line.retry.done");
		}
		else {
			redirect.addFlashAttribute("flashError", "line.retry.not-retryable");
		}
		return "redirect:/admin/line/events/{id}";
	}

	/** A list row: the event and its chat with ids shortened (no chat for a confidential event). */
	record EventRow(InboxEvent event, String chat, String chatFull) {

		static EventRow of(InboxEvent event) {
			if (event.isConfidential()) {
				return new EventRow(event, null, null);
			}
			String chat = event.getChatKey() != null ? event.getChatKey() : event.getUserId();
			return new EventRow(event, LineIds.shorten(chat), chat);
		}

	}

}
