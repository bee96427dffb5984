/**
 * PDPA for citizens' data: the nightly erasure of personal data after the retention period, citizens'
 * requests for a copy or deletion (made in chat, decided by a coordinator, answered in LINE), and the
 * audit of who viewed personal data in the admin. A named interface: the LINE adapter listens to its
 * events.
 */
@org.springframework.modulith.NamedInterface("privacy")
package org.tidtam.complaints.privacy;
