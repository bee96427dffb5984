package org.tidtam.shared;

/**
 * The office's name as people read it in LINE (the welcome, the group greeting) and on the privacy page:
 * the name the coordinator saved in the organisation profile, or {@code tidtam.organisation-name} until
 * one is saved. Implemented by the {@code measures} module, which owns the profile.
 */
@FunctionalInterface
public interface OrganisationName {

	String current();

}
