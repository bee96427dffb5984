/**
 * The organisation and its people: the profile (kind, memo prefix, fiscal year in use, the monthly
 * meeting rule), its divisions (ส่วนราชการ, with the aliases documents use), its people and their roles,
 * the one-time codes that link a person's LINE account, and which LINE group speaks for which division.
 * Knows LINE only as opaque user and group ids; the chat wiring lives in the {@code line} module, and the
 * admin pages in {@code measures.web}: exposed to them as a named interface.
 */
@org.springframework.modulith.NamedInterface("organisation")
package org.tidtam.measures.organisation;
