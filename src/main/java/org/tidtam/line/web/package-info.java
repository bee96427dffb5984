/**
 * LINE admin pages: the webhook inbox and the outbox, for ADMIN and COORDINATOR, with an ADMIN-only
 * retry of dead letters. A citizen's message content (personal data under the PDPA) is put into a
 * page's model only for ADMIN. Uses the web shell's layout by template name only, never its classes.
 */
package org.tidtam.line.web;
