/**
 * The complaint side of the LINE adapter: tells citizens when officers change their cases (with the
 * rating buttons on closure), tells division heads of cases assigned, forwarded or reopened, and looks
 * up a citizen's display name when they chose to be named by it.
 */
package org.tidtam.line.complaints;
