/**
 * The year's plan (แผน): ITA indicator sets (data per fiscal year, with built-in presets), the plan of a
 * fiscal year, its measures, and their assignments to divisions. Invariants are held by unique indexes
 * and single-document conditional updates, because the embedded store has no transactions.
 * <p>
 * A named interface of the measures module: the LINE adapter, the reminder job and the admin pages call
 * {@link org.tidtam.measures.plan.PlanService}, {@link org.tidtam.measures.plan.MeasureService} and
 * {@link org.tidtam.measures.plan.AssignmentService}. The documents they return can only be changed
 * through those services.
 */
@org.springframework.modulith.NamedInterface("plan")
package org.tidtam.measures.plan;
