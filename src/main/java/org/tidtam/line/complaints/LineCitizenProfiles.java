package org.tidtam.line.complaints;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.tidtam.complaints.CitizenProfiles;
import org.tidtam.line.LineClients;

/** Display names from LINE's profile API (only for citizens who chose "ใช้ชื่อ LINE"). */
@Component
class LineCitizenProfiles implements CitizenProfiles {

	private static final Logger log = LoggerFactory.getLogger(LineCitizenProfiles.class);

	private final LineClients clients;

	LineCitizenProfiles(LineClients clients) {
		this.clients = clients;
	}

	@Override
	public Optional<String> displayName(String lineUserId) {
		try {
			return Optional.ofNullable(this.clients.api().getProfile(lineUserId).get(5, TimeUnit.SECONDS).body().displayName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (Exception e) {
			// the case is filed anyway; officers see "ชื่อ LINE" without the name
			log.warn("Profile look-up failed: {}", e.getClass().getSimpleName());
			return Optional.empty();
		}
	}

}
