package org.tidtam.measures.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.measures.MeasureEdited;
import org.tidtam.measures.importing.DivisionRef;
import org.tidtam.measures.importing.ParsedMeasure;
import org.tidtam.shared.ThaiDates;

/**
 * Adds, edits, removes and imports the measures of a plan. In a published plan every change is followed
 * through to the assignments and announced; in a draft nobody has been told anything yet.
 */
@Service
public class MeasureService {

	private final MongoTemplate mongo;

	private final Assignments assignments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeasureService(MongoTemplate mongo, Assignments assignments, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.assignments = assignments;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Measure> find(String measureId) {
		return Optional.ofNullable(this.mongo.findById(measureId, Measure.class));
	}

	/** The plan's measures that are not archived, by number. */
	public List<Measure> measures(String planId) {
		return this.mongo.find(
				Query.query(Criteria.where(Measure.PLAN_ID).is(planId).and(Measure.ARCHIVED_AT).is(null))
					.with(Sort.by(Measure.NUMBER)),
				Measure.class);
	}

	/**
	 * Adds a measure with the form's number, or the next free one. A number already used in the plan is
	 * refused by the unique index ({@link DuplicateKeyException}).
	 */
	public Measure add(String planId, MeasureForm form) {
		return add(planId, form, null);
	}

	/**
	 * {@link #add(String, MeasureForm)} at most once per {@code formKey}, the one-time key of the web
	 * form: a double click or a form sent again returns the measure the first one added (without telling
	 * the divisions twice). A null key adds every time.
	 */
	public Measure add(String planId, MeasureForm form, String formKey) {
		Plan plan = plan(planId);
		if (formKey != null) {
			Measure earlier = byFormKey(formKey);
			if (earlier != null) {
				return earlier;
			}
		}
		Measure measure = null;
		// the next free number is read, then taken: two coordinators adding at once collide on the unique
		// index, and the later one simply takes the number after
		for (int attempt = 1; measure == null; attempt++) {
			int number = form.number() != null ? form.number() : nextNumber(planId);
			Measure fresh = new Measure(planId, number, now());
			fresh.apply(form, dueOn(form.cadence(), plan), now());
			fresh.setFormKey(formKey);
			try {
				measure = this.mongo.insert(fresh);
			}
			catch (DuplicateKeyException taken) {
				Measure earlier = formKey == null ? null : byFormKey(formKey);
				if (earlier != null) {
					return earlier;
				}
				if (form.number() != null || attempt >= 3) {
					throw taken;
				}
			}
		}
		if (plan.isPublished()) {
			this.assignments.sync(measure);
		}
		return measure;
	}

	private Measure byFormKey(String formKey) {
		return this.mongo.findOne(Query.query(Criteria.where(Measure.FORM_KEY).is(formKey)), Measure.class);
	}

	/**
	 * Adds a meeting's resolution (มติที่ประชุม) as a follow-up item of the plan: one division, due on a
	 * date, numbered from {@link Measure#RESOLUTION_NUMBERS_FROM}. In a published plan the division is
	 * assigned at once (and told, as for any measure); it is then followed up and reported on like a
	 * measure. Not part of the year's measures table.
	 */
	public Measure addResolution(String planId, String meetingId, String text, String divisionId, LocalDate dueOn) {
		Plan plan = plan(planId);
		MeasureForm form = MeasureForm.of(text, List.of(), List.of(divisionId), MeasureCadence.byDate(dueOn));
		Measure measure = null;
		for (int attempt = 1; measure == null; attempt++) {
			Measure fresh = new Measure(planId, nextResolutionNumber(planId), now());
			fresh.apply(form, dueOn, now());
			fresh.resolutionOf(meetingId);
			try {
				measure = this.mongo.insert(fresh);
			}
			catch (DuplicateKeyException taken) {
				if (attempt >= 3) {
					throw taken;
				}
			}
		}
		if (plan.isPublished()) {
			this.assignments.sync(measure);
		}
		return measure;
	}

	/**
	 * Starts a draft plan without measures as a copy of another year's measures, since most carry over from
	 * year to year: every measure that is not archived and not a meeting resolution, with its number,
	 * indicator, steps, follow-up and the owners among {@code activeDivisionIds}; a written due date moves
	 * by the years between the two plans. Returns how many were copied; nothing is copied into a published
	 * plan or one that has measures already (a second press copies nothing more).
	 */
	public int copyMeasures(String fromPlanId, String toPlanId, Set<String> activeDivisionIds) {
		Plan from = plan(fromPlanId);
		Plan to = plan(toPlanId);
		if (to.isPublished() || !measures(toPlanId).isEmpty()) {
			return 0;
		}
		int years = to.getFiscalYear().buddhistYear() - from.getFiscalYear().buddhistYear();
		int copied = 0;
		for (Measure m : measures(fromPlanId)) {
			if (m.isResolution()) {
				continue;
			}
			MeasureCadence cadence = m.getCadence();
			if (cadence != null && cadence.kind() == MeasureCadence.Kind.BY_DATE) {
				cadence = MeasureCadence.byDate(cadence.date().plusYears(years));
			}
			add(toPlanId, new MeasureForm(m.getNumber(), m.getIndicatorCode(), m.getTitle(), m.getSteps(),
					m.getDivisionIds().stream().filter(activeDivisionIds::contains).toList(), cadence,
					m.getFollowUpText(), m.getNotes()));
			copied++;
		}
		return copied;
	}

	/** The plan's resolutions that are not archived, by number. */
	public List<Measure> resolutions(String planId) {
		return this.mongo.find(Query.query(Criteria.where(Measure.PLAN_ID)
			.is(planId)
			.and(Measure.ARCHIVED_AT)
			.is(null)
			.and(Measure.KIND)
			.is(Measure.Kind.RESOLUTION)).with(Sort.by(Measure.NUMBER)), Measure.class);
	}

	/**
	 * Edits a measure (its number stays). In a published plan, added owners get assignments, removed
	 * owners' assignments are archived, due dates move, and {@link MeasureEdited} tells the listeners what
	 * changed when anything a head cares about did.
	 */
	public MeasureChanged edit(String measureId, MeasureForm form) {
		Measure measure = find(measureId).orElseThrow(() -> new IllegalArgumentException("No measure " + measureId));
		Plan plan = plan(measure.getPlanId());
		LocalDate newDue = dueOn(form.cadence(), plan);
		MeasureChanged changed = diff(measure, form, newDue);
		measure.apply(form, newDue, now());
		measure = this.mongo.save(measure);
		if (plan.isPublished() && !measure.isArchived()) {
			this.assignments.sync(measure);
			if (!changed.isEmpty()) {
				this.events.publishEvent(new MeasureEdited(measureId, plan.getId(), changed.changes()));
			}
		}
		return changed;
	}

	/**
	 * Removes a measure from a draft plan. In a published plan the measure and its assignments are
	 * archived instead: heads were told about it and may have reported on it.
	 */
	public Removal remove(String measureId) {
		Measure measure = find(measureId).orElseThrow(() -> new IllegalArgumentException("No measure " + measureId));
		Plan plan = plan(measure.getPlanId());
		if (!plan.isPublished()) {
			this.mongo.remove(measure);
			return Removal.DELETED;
		}
		if (!measure.isArchived()) {
			measure.archive(now());
			measure = this.mongo.save(measure);
		}
		this.assignments.sync(measure);
		return Removal.ARCHIVED;
	}

	/**
	 * Saves the measures of a confirmed import preview, exactly once per {@code importKey}: a second call
	 * with the same key (a double-click on "confirm", a resent form) saves nothing and answers with the
	 * first call's measures. The key is stored under a unique index before the measures; a call that
	 * finds it stored but not completed (the first call crashed, or is still running) saves only the
	 * measures that are missing, and the unique (plan, number) index keeps two concurrent calls from
	 * saving one twice. Measures keep the importer's numbers.
	 *
	 * @throws MeasureNumbersTaken when one of the numbers is already used in the plan by another
	 * measure, so an import never silently merges with measures entered by hand
	 */
	public ImportResult importConfirmed(String planId, List<ParsedMeasure> parsed, String importKey) {
		if (importKey == null || importKey.isBlank()) {
			throw new IllegalArgumentException("An import needs a key");
		}
		Plan plan = plan(planId);
		MeasureImport existing = findImport(importKey);
		if (existing != null && existing.getCompletedAt() != null) {
			return new ImportResult(importKey, existing.getMeasureIds(), true);
		}
		if (existing != null && !existing.getPlanId().equals(planId)) {
			throw new IllegalStateException("Import " + importKey + " belongs to another plan");
		}
		List<Integer> taken = takenNumbers(planId, parsed, importKey);
		if (!taken.isEmpty()) {
			throw new MeasureNumbersTaken(taken);
		}
		if (existing == null) {
			try {
				this.mongo.insert(new MeasureImport(importKey, planId, parsed.size(), now()));
			}
			catch (DuplicateKeyException concurrent) {
				MeasureImport other = findImport(importKey);
				if (other != null && other.getCompletedAt() != null) {
					return new ImportResult(importKey, other.getMeasureIds(), true);
				}
			}
		}
		List<Measure> saved = new ArrayList<>();
		for (ParsedMeasure p : parsed) {
			saved.add(saveImported(plan, p, importKey));
		}
		if (plan.isPublished()) {
			saved.forEach(this.assignments::sync);
		}
		List<String> ids = saved.stream().map(Measure::getId).toList();
		this.mongo.updateFirst(
				Query.query(Criteria.where(MeasureImport.IMPORT_KEY).is(importKey).and(MeasureImport.COMPLETED_AT).is(null)),
				new Update().set(MeasureImport.COMPLETED_AT, now()).set(MeasureImport.MEASURE_IDS, ids),
				MeasureImport.class);
		return new ImportResult(importKey, ids, false);
	}

	/**
	 * The numbers of {@code parsed} that the plan already uses for measures other than this import's
	 * (ascending): what {@link #importConfirmed} would refuse, for the preview to show before confirming.
	 */
	public List<Integer> takenNumbers(String planId, List<ParsedMeasure> parsed, String importKey) {
		List<Integer> numbers = parsed.stream().map(ParsedMeasure::number).toList();
		Query taken = Query.query(Criteria.where(Measure.PLAN_ID)
			.is(planId)
			.and(Measure.NUMBER)
			.in(numbers)
			.and(Measure.IMPORT_KEY)
			.ne(importKey));
		return this.mongo.find(taken, Measure.class).stream().map(Measure::getNumber).distinct().sorted().toList();
	}

	private Measure saveImported(Plan plan, ParsedMeasure p, String importKey) {
		Query same = Query.query(Criteria.where(Measure.PLAN_ID).is(plan.getId()).and(Measure.NUMBER).is(p.number()));
		Measure already = this.mongo.findOne(same, Measure.class);
		if (already != null) {
			return already;
		}
		MeasureForm form = new MeasureForm(p.number(), p.indicator(), p.title(), p.steps(),
				p.owners().stream().map(DivisionRef::id).toList(), MeasureCadence.from(p.cadence()), p.followUpText(),
				p.notes());
		Measure measure = new Measure(plan.getId(), p.number(), now());
		measure.apply(form, dueOn(form.cadence(), plan), now());
		measure.importedBy(importKey);
		try {
			return this.mongo.insert(measure);
		}
		catch (DuplicateKeyException concurrent) {
			return this.mongo.findOne(same, Measure.class);
		}
	}

	private MeasureImport findImport(String importKey) {
		return this.mongo.findOne(Query.query(Criteria.where(MeasureImport.IMPORT_KEY).is(importKey)),
				MeasureImport.class);
	}

	/** What changed, in the words a head reads on LINE; number, indicator and notes are not announced. */
	static MeasureChanged diff(Measure before, MeasureForm after, LocalDate newDue) {
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(before.getTitle(), after.title())) {
			changes.add("ชื่อมาตรการ: " + before.getTitle() + " → " + after.title());
		}
		if (!before.getSteps().equals(after.steps())) {
			changes.add("ขั้นตอนหรือวิธีการ: " + numbered(after.steps()));
		}
		if (!Objects.equals(before.getDueOn(), newDue)) {
			changes.add("กำหนดส่ง: " + thaiDate(before.getDueOn()) + " → " + thaiDate(newDue));
		}
		List<String> added = after.divisionIds().stream().filter(d -> !before.getDivisionIds().contains(d)).toList();
		List<String> removed = before.getDivisionIds().stream().filter(d -> !after.divisionIds().contains(d)).toList();
		if (!added.isEmpty()) {
			changes.add("ผู้รับผิดชอบที่เพิ่ม: " + String.join(", ", added));
		}
		if (!removed.isEmpty()) {
			changes.add("ผู้รับผิดชอบที่ถอนออก: " + String.join(", ", removed));
		}
		return new MeasureChanged(before.getId(), changes, added, removed);
	}

	private static String numbered(List<String> steps) {
		if (steps.isEmpty()) {
			return "(ไม่มี)";
		}
		List<String> out = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			out.add(ThaiDates.thaiDigits(String.valueOf(i + 1)) + ". " + steps.get(i));
		}
		return String.join(" ", out);
	}

	private static String thaiDate(LocalDate date) {
		return date == null ? "ไม่กำหนด" : ThaiDates.longDate(date);
	}

	private int nextNumber(String planId) {
		Measure last = this.mongo.findOne(Query.query(Criteria.where(Measure.PLAN_ID).is(planId)
			.and(Measure.KIND)
			.ne(Measure.Kind.RESOLUTION)).with(Sort.by(Sort.Direction.DESC, Measure.NUMBER)).limit(1), Measure.class);
		return last == null ? 1 : last.getNumber() + 1;
	}

	private int nextResolutionNumber(String planId) {
		Measure last = this.mongo.findOne(Query.query(Criteria.where(Measure.PLAN_ID).is(planId)
			.and(Measure.KIND)
			.is(Measure.Kind.RESOLUTION)).with(Sort.by(Sort.Direction.DESC, Measure.NUMBER)).limit(1), Measure.class);
		return last == null ? Measure.RESOLUTION_NUMBERS_FROM : last.getNumber() + 1;
	}

	private Plan plan(String planId) {
		Plan plan = this.mongo.findById(planId, Plan.class);
		if (plan == null) {
			throw new IllegalArgumentException("No plan " + planId);
		}
		return plan;
	}

	private static LocalDate dueOn(MeasureCadence cadence, Plan plan) {
		return cadence == null ? null : cadence.dueOn(plan.getFiscalYear());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/** What {@link #remove} did. */
	public enum Removal {

		/** Gone: the plan was a draft, nobody had been told. */
		DELETED,
		/** Kept with its history, follow-up stopped: the plan was published. */
		ARCHIVED

	}

	/**
	 * @param measureIds the import's measures, in the order given
	 * @param alreadyImported true when this key had been imported before and nothing was saved now
	 */
	public record ImportResult(String importKey, List<String> measureIds, boolean alreadyImported) {

		public ImportResult {
			measureIds = List.copyOf(measureIds);
		}

	}

}
