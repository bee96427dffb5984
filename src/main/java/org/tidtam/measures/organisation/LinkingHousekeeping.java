package org.tidtam.measures.organisation;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: forget linking codes long dead and stale wrong-try counts (the embedded store has no TTL). */
@Component
class LinkingHousekeeping {

	private final LinkingService linking;

	LinkingHousekeeping(LinkingService linking) {
		this.linking = linking;
	}

	@Scheduled(cron = "${tidtam.linking.sweep-cron:0 30 3 * * *}", zone = "Asia/Bangkok")
	long sweep() {
		return this.linking.sweep();
	}

}
