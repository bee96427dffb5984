package org.tidtam.measures.organisation;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Reads and saves the single organisation profile. Nothing is created until the coordinator saves it. */
@Service
public class OrganisationService {

	private final MongoTemplate mongo;

	private final Clock clock;

	public OrganisationService(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Optional<Organisation> profile() {
		return Optional.ofNullable(this.mongo.findById(Organisation.DEFAULT_ID, Organisation.class));
	}

	/** Saves the profile (optimistic locking: a stale form fails rather than overwriting a newer edit). */
	public Organisation save(Organisation organisation) {
		organisation.setId(Organisation.DEFAULT_ID);
		organisation.meetingRule(); // validates the meeting fields before they are stored
		organisation.setUpdatedAt(this.clock.instant());
		return this.mongo.save(organisation);
	}

}
