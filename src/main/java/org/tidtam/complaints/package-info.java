/**
 * Citizen voice (เสียงประชาชน): complaints and grievances (เรื่องร้องเรียน/ร้องทุกข์) with their categories,
 * ticket numbers per fiscal year, status history, public and internal notes and photos; the chat dialogs
 * a citizen uses to file and track them ({@code intake}).
 * <p>
 * Publishes {@link org.tidtam.complaints.ComplaintSubmitted}, {@link org.tidtam.complaints.ComplaintStatusChanged}
 * and {@link org.tidtam.complaints.ComplaintForwarded}. Knows LINE only as opaque user ids and photo message
 * ids; the {@code line} adapter tells citizens and division heads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "conversation",
		"measures::organisation" })
package org.tidtam.complaints;
