package org.tidtam.measures;

import org.tidtam.shared.FiscalYear;

/**
 * The year's plan of measures was published (เผยแพร่แผน): from now on its measures are followed up.
 * Published once per plan, however often "publish" is pressed.
 */
public record PlanPublished(String planId, FiscalYear fiscalYear) {
}
