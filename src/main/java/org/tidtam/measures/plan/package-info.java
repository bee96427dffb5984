/**
 * The year's plan (แผน): ITA indicator sets (data per fiscal year, with built-in presets), the plan of a
 * fiscal year, its measures, and their assignments to divisions. Invariants are held by unique indexes
 * and single-document conditional updates, because the embedded store has no transactions.
 */
@org.springframework.modulith.NamedInterface("plan")
package org.tidtam.measures.plan;
