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
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxRepository;

/**
 * {@code /admin/line/outbox}: the messages the bot sends to LINE, newest first, for ADMIN and
 * COORDINATOR. Message content marked as personal data is shown to ADMIN only; sending a dead or
 * failed message again is ADMIN only.
 */
@Controller
@RequestMapping("/admin/line/outbox")
class LineOutboxController {

	static final String LIST_VIEW = "line/outbox";

	static final String DETAIL_VIEW = "line/outbox-message";

	private final OutboxRepository outbox;

	private final LineRetries retries;

	LineOutboxController(OutboxRepository outbox, LineRetries retries) {
		this.outbox = outbox;
		this.retries = retries;
	}

	@GetMapping
	String list(@RequestParam(required = false) OutboxMessage.State state, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), LineEventsController.PAGE_SIZE);
		Page<OutboxMessage> messages = (state == null) ? this.outbox.findAllByOrderByCreatedAtDesc(request)
				: this.outbox.findByStateOrderByCreatedAtDesc(state, request);
		model.addAttribute("rows", messages.getContent().stream().map(MessageRow::of).toList());
		model.addAttribute("page", messages);
		model.addAttribute("state", state);
		model.addAttribute("states", List.of(OutboxMessage.State.values()));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model, Authentication who) {
		OutboxMessage message = this.outbox.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean contentVisible = !message.isConfidential() && AdminAccess.maySeeContent(message.isPersonalData(), who);
		model.addAttribute("message", message);
		model.addAttribute("recipient", MessageRow.of(message));
		model.addAttribute("problemKey", problemKeyOf(message));
		model.addAttribute("contentVisible", contentVisible);
		model.addAttribute("messagesJson", contentVisible ? PrettyJson.of(message.getMessagesJson()) : null);
		model.addAttribute("retryable",
				AdminAccess.isAdmin(who) && LineRetries.RETRYABLE_MESSAGES.contains(message.getState()));
		model.addAttribute("mayDuplicate", this.retries.mayDuplicate(message));
		return DETAIL_VIEW;
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable String id, @RequestParam(defaultValue = "false") boolean acceptDuplicate,
			RedirectAttributes redirect) {
		if (!this.outbox.existsById(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		switch (this.retries.retryMessage(id, acceptDuplicate)) {
			case RETRIED -> redirect.addFlashAttribute("flash", "line.retry.done");
			case NEEDS_CONFIRMATION -> redirect.addFlashAttribute("flashError", "line.retry.confirm-duplicate");
			case NOT_RETRYABLE -> redirect.addFlashAttribute("flashError", "line.retry.not-retryable");
		}
		return "redirect:/admin/line/outbox/{id}";
	}

	/**
	 * A list row: the message and its recipient (or number of recipients) with ids shortened; no recipient
	 * for a confidential message.
	 */
	/**
	 * What went wrong with {@code message}'s last attempt, in words an office reads ({@code line.outbox.problem.*}),
	 * beside LINE's own text: LINE busy or down (tried again), the channel's token refused, the message refused,
	 * LINE unreachable. Null when there was no problem.
	 */
	static String problemKeyOf(OutboxMessage message) {
		Integer status = message.getLastStatus();
		if (status == null) {
			return message.getLastError() == null ? null : "line.outbox.problem.unreachable";
		}
		if (status == 429) {
			return "line.outbox.problem.rate-limited";
		}
		if (status >= 500) {
			return "line.outbox.problem.line-down";
		}
		if (status == 401 || status == 403) {
			return "line.outbox.problem.token";
		}
		if (status == 409) {
			return "line.outbox.problem.already-sent";
		}
		return status >= 400 ? "line.outbox.problem.refused" : null;
	}

	record MessageRow(OutboxMessage message, String to, String toFull, int recipients) {

		static MessageRow of(OutboxMessage message) {
			int recipients = message.getRecipients() == null ? 0 : message.getRecipients().size();
			if (message.isConfidential()) {
				return new MessageRow(message, null, null, recipients);
			}
			return new MessageRow(message, LineIds.shorten(message.getTo()), message.getTo(), recipients);
		}

		/**
		 * The message naming what the message is for ({@code line.purpose.complaint-status}; an answer to any
		 * webhook event, {@code answer:message}, is {@code line.purpose.answer}); null without a purpose. A
		 * purpose without a message shows as it is.
		 */
		public String problemKey() {
			return problemKeyOf(this.message);
		}

		public String purposeKey() {
			String purpose = this.message.getPurpose();
			if (purpose == null) {
				return null;
			}
			int colon = purpose.indexOf(':');
			return "line.purpose." + (colon < 0 ? purpose : purpose.substring(0, colon));
		}

	}

}
