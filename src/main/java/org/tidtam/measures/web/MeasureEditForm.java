package org.tidtam.measures.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.shared.FormText;

/**
 * The measure form as the browser sends it: steps one per line, owners as checkboxes, the cadence as
 * a kind with its quarter or date. {@link #toForm()} turns it into the service's {@link MeasureForm}
 * and says in Thai-keyed errors what is missing.
 */
public class MeasureEditForm {

	/** As the form's {@code maxlength}s, checked again here: a request need not come from the form. */
	static final int MAX_TITLE = 1000;

	static final int MAX_STEPS = 10_000;

	static final int MAX_INDICATOR = 20;

	static final int MAX_FOLLOW_UP = 500;

	static final int MAX_NOTES = 2000;

	private Integer number;

	private String indicatorCode;

	private String title;

	private String steps;

	private List<String> divisionIds = new ArrayList<>();

	private MeasureCadence.Kind cadence;

	private Integer quarter;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private String followUpText;

	private String notes;

	/** The one-time key of a new-measure form (see {@code MeasureService.add}); not used when editing. */
	private String formKey;

	static MeasureEditForm of(Measure m) {
		MeasureEditForm form = new MeasureEditForm();
		form.number = m.getNumber();
		form.indicatorCode = m.getIndicatorCode();
		form.title = m.getTitle();
		form.steps = String.join("\n", m.getSteps());
		form.divisionIds = new ArrayList<>(m.getDivisionIds());
		if (m.getCadence() != null) {
			form.cadence = m.getCadence().kind();
			form.quarter = m.getCadence().quarter();
			form.date = m.getCadence().date();
		}
		form.followUpText = m.getFollowUpText();
		form.notes = m.getNotes();
		return form;
	}

	/** As {@link #problem()}, and a date to report by must fall in the plan's fiscal year. */
	String problem(org.tidtam.shared.FiscalYear year) {
		String problem = problem();
		if (problem == null && this.cadence == MeasureCadence.Kind.BY_DATE && year != null
				&& (this.date.isBefore(year.start()) || this.date.isAfter(year.end()))) {
			return "measure.error.date-outside-year";
		}
		return problem;
	}

	/** The message key of the first problem, or null when the form can be saved. */
	String problem() {
		if (this.title == null || this.title.isBlank()) {
			return "measure.error.title";
		}
		if (this.title.strip().length() > MAX_TITLE) {
			return "measure.error.title-too-long";
		}
		if (FormText.longerThan(this.steps, MAX_STEPS)) {
			return "measure.error.steps-too-long";
		}
		if (FormText.longerThan(this.indicatorCode, MAX_INDICATOR)) {
			return "measure.error.indicator-too-long";
		}
		if (FormText.longerThan(this.followUpText, MAX_FOLLOW_UP)) {
			return "measure.error.follow-up-too-long";
		}
		if (FormText.longerThan(this.notes, MAX_NOTES)) {
			return "measure.error.notes-too-long";
		}
		if (this.number != null && this.number < 1) {
			return "measure.error.number";
		}
		if (this.cadence == MeasureCadence.Kind.WITHIN_QUARTER && (this.quarter == null || this.quarter < 1 || this.quarter > 4)) {
			return "measure.error.quarter";
		}
		if (this.cadence == MeasureCadence.Kind.BY_DATE && this.date == null) {
			return "measure.error.date";
		}
		return null;
	}

	MeasureForm toForm() {
		List<String> stepList = this.steps == null ? List.of()
				: Arrays.stream(this.steps.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new MeasureForm(this.number, blankToNull(this.indicatorCode), this.title.strip(), stepList, this.divisionIds,
				cadenceValue(), blankToNull(this.followUpText), blankToNull(this.notes));
	}

	private MeasureCadence cadenceValue() {
		if (this.cadence == null) {
			return null;
		}
		return switch (this.cadence) {
			case MONTHLY_MEETING -> MeasureCadence.monthlyMeeting();
			case WITHIN_QUARTER -> MeasureCadence.withinQuarter(this.quarter);
			case FISCAL_YEAR_END -> MeasureCadence.fiscalYearEnd();
			case BY_DATE -> MeasureCadence.byDate(this.date);
		};
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getIndicatorCode() {
		return this.indicatorCode;
	}

	public void setIndicatorCode(String indicatorCode) {
		this.indicatorCode = indicatorCode;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSteps() {
		return this.steps;
	}

	public void setSteps(String steps) {
		this.steps = steps;
	}

	public List<String> getDivisionIds() {
		return this.divisionIds;
	}

	public void setDivisionIds(List<String> divisionIds) {
		this.divisionIds = divisionIds == null ? new ArrayList<>() : new ArrayList<>(divisionIds);
	}

	public MeasureCadence.Kind getCadence() {
		return this.cadence;
	}

	public void setCadence(MeasureCadence.Kind cadence) {
		this.cadence = cadence;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	public void setQuarter(Integer quarter) {
		this.quarter = quarter;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getFollowUpText() {
		return this.followUpText;
	}

	public void setFollowUpText(String followUpText) {
		this.followUpText = followUpText;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getFormKey() {
		return this.formKey;
	}

	public void setFormKey(String formKey) {
		this.formKey = formKey;
	}

}
