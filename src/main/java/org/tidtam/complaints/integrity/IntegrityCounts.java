package org.tidtam.complaints.integrity;

import java.util.Map;

/** What everyone but integrity officers may know of corruption reports: how many, by status. */
public record IntegrityCounts(int fiscalYear, long total, Map<IntegrityStatus, Long> byStatus) {
}
