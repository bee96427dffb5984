package org.tidtam.complaints.integrity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

@Component
class ServiceIntegrityDesk implements IntegrityDesk {

	private final IntegrityService service;

	ServiceIntegrityDesk(IntegrityService service) {
		this.service = service;
	}

	@Override
	public String submit(NewIntegrityReport report) {
		return this.service.submit(report);
	}

	@Override
	public Optional<IntegrityStatus> status(String lineUserId, String ticket) {
		return this.service.statusForReporter(lineUserId, ticket);
	}

	@Override
	public boolean add(String lineUserId, String ticket, String text, List<String> evidenceMessageIds,
			String dialogId) {
		return this.service.addInformation(lineUserId, ticket, text, evidenceMessageIds, dialogId);
	}

}
