/**
 * Reports (รายงาน): the monthly meeting follow-up summary (รายงานการติดตามผลการดำเนินงานตามมาตรการ ประจำเดือน),
 * the meeting's resolutions (มติที่ประชุม) as follow-up items, and the printed forms of them in the
 * official memo style (บันทึกข้อความ) as DOCX, XLSX and PDF.
 * <p>
 * Reads the measures module (plan, organisation) and progress. The citizen-voice section comes through
 * {@link org.tidtam.reports.CitizenVoiceFigures}, which the complaints module will implement; until it
 * does, the section says there are no figures. Knows nothing of LINE: the managers' reminder and card
 * live in {@code org.tidtam.line.reports}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "measures", "measures::plan",
		"measures::organisation", "progress" })
package org.tidtam.reports;
