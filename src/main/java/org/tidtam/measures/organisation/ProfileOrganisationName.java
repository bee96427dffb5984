package org.tidtam.measures.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tidtam.shared.OrganisationName;

/**
 * The profile's name once the coordinator saved one (the admin page "ข้อมูลหน่วยงาน"), else the configured
 * {@code tidtam.organisation-name}: a first run names itself by the setting until the office fills in its page.
 * Read at each use (a follow, a group join, the privacy page), so a renamed office is named at once.
 */
@Component
class ProfileOrganisationName implements OrganisationName {

	private final OrganisationService organisations;

	private final String configured;

	ProfileOrganisationName(OrganisationService organisations, @Value("${tidtam.organisation-name}") String configured) {
		this.organisations = organisations;
		this.configured = configured;
	}

	@Override
	public String current() {
		return this.organisations.profile()
			.map(Organisation::getName)
			.filter(name -> !name.isBlank())
			.map(String::strip)
			.orElse(this.configured);
	}

}
