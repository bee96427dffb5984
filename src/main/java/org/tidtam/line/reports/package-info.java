/**
 * The reports' LINE side: the executives' reminder before the monthly meeting and the summary card on
 * its morning, sent through {@link org.tidtam.line.outbound.LineMessenger} (multicast, batched).
 */
package org.tidtam.line.reports;
