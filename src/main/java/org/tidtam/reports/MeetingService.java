package org.tidtam.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;

/**
 * The monthly meetings: dated from the organisation's meeting rule, movable by the coordinator, and the
 * resolutions recorded after each, which become follow-up items of the year's plan.
 */
@Service
public class MeetingService {

	private final MongoTemplate mongo;

	private final OrganisationService organisation;

	private final PlanService plans;

	private final MeasureService measures;

	private final Clock clock;

	private final org.tidtam.shared.WorkingCalendar calendar;

	MeetingService(MongoTemplate mongo, OrganisationService organisation, PlanService plans, MeasureService measures,
			Clock clock, org.tidtam.shared.WorkingCalendar calendar) {
		this.calendar = calendar;
		this.mongo = mongo;
		this.organisation = organisation;
		this.plans = plans;
		this.measures = measures;
		this.clock = clock;
	}

	/** The meeting of {@code month}: the stored one, or a new one on the day the schedule gives. */
	public Meeting forMonth(YearMonth month) {
		Optional<Meeting> stored = inMonth(month);
		if (stored.isPresent()) {
			return stored.get();
		}
		// an organisation that has not chosen a meeting day yet gets the common rule (second Tuesday)
		LocalDate day = this.organisation.profile()
			.filter(o -> o.getMeetingDayOfWeek() != null)
			.map(Organisation::meetingRule)
			.orElseGet(MeetingRule::secondTuesday)
			// the public holidays too, as the reporting deadlines read them (ReportingPeriods.withPublicHolidays)
			.withHolidays(this.calendar.holidaysBetween(month.atDay(1), month.atEndOfMonth().plusMonths(1)))
			.meetingIn(month);
		return at(day);
	}

	/** The meeting on {@code date}, created when there is none (idempotent under the unique date). */
	public Meeting at(LocalDate date) {
		Meeting existing = this.mongo.findOne(Query.query(Criteria.where(Meeting.DATE).is(date)), Meeting.class);
		if (existing != null) {
			return existing;
		}
		try {
			return this.mongo.insert(new Meeting(date, this.clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			return this.mongo.findOne(Query.query(Criteria.where(Meeting.DATE).is(date)), Meeting.class);
		}
	}

	public Optional<Meeting> find(String meetingId) {
		return Optional.ofNullable(this.mongo.findById(meetingId, Meeting.class));
	}

	public Meeting get(String meetingId) {
		return find(meetingId).orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
	}

	/**
	 * Moves a meeting to another day of its month (a holiday, the mayor's diary). The organisation's
	 * meeting rule takes the day as that month's meeting, so the monthly reports fall due the working day
	 * before the new day, and the organisation page shows it.
	 */
	public Meeting reschedule(String meetingId, LocalDate newDate) {
		Meeting meeting = get(meetingId);
		if (!java.time.YearMonth.from(newDate).equals(java.time.YearMonth.from(meeting.getDate()))) {
			throw new IllegalArgumentException("A meeting moves within its month: " + meeting.getDate() + " -> " + newDate);
		}
		this.organisation.profile().ifPresent(o -> {
			// an organisation that has not chosen its meeting day meets on the common rule (as forMonth reads it)
			MeetingRule rule = o.getMeetingDayOfWeek() != null ? o.meetingRule() : MeetingRule.secondTuesday();
			o.setMeetingRule(rule.withMeetingOn(newDate));
			this.organisation.save(o);
		});
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(meetingId)),
				new Update().set(Meeting.DATE, newDate).set("updatedAt", this.clock.instant()).inc("version", 1),
				Meeting.class);
		return get(meetingId);
	}

	/** The meeting held before {@code meeting}, if any was recorded. */
	public Optional<Meeting> previous(Meeting meeting) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where(Meeting.DATE).lt(meeting.getDate()))
			.with(Sort.by(Sort.Direction.DESC, Meeting.DATE))
			.limit(1), Meeting.class));
	}

	/** Meetings before {@code date}, oldest first. */
	public List<Meeting> before(LocalDate date) {
		return this.mongo.find(Query.query(Criteria.where(Meeting.DATE).lt(date)).with(Sort.by(Meeting.DATE)),
				Meeting.class);
	}

	/** All meetings, newest first. */
	public List<Meeting> all() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, Meeting.DATE)), Meeting.class);
	}

	/**
	 * Records a resolution (มติที่ประชุม) of {@code meetingId}: an action item for one division, due on a
	 * date. It becomes a follow-up item of the plan of the meeting's fiscal year, assigned and followed up
	 * like a measure, and the next summaries report on it.
	 */
	public Measure recordResolution(String meetingId, String text, String divisionId, LocalDate dueOn) {
		return record(null, meetingId, text, divisionId, dueOn).orElseThrow();
	}

	/**
	 * {@link #recordResolution} from the meeting page's form, at most once per {@code formKey} (the
	 * one-time key the page was drawn with). A second submit of the same page records nothing and
	 * answers empty.
	 */
	public Optional<Measure> recordResolutionOnce(String formKey, String meetingId, String text, String divisionId,
			LocalDate dueOn) {
		if (formKey == null || formKey.isBlank()) {
			throw new IllegalArgumentException("A form's resolution needs its key");
		}
		return record(formKey, meetingId, text, divisionId, dueOn);
	}

	private Optional<Measure> record(String formKey, String meetingId, String text, String divisionId,
			LocalDate dueOn) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A resolution needs its text");
		}
		Meeting meeting = get(meetingId);
		Plan plan = this.plans.forYear(FiscalYear.containing(meeting.getDate()))
			.orElseThrow(() -> new IllegalStateException("No plan for the fiscal year of " + meeting.getDate()));
		// the item is another document than the meeting (no transactions): the key is claimed on the
		// meeting first, so of two racing submits one goes on, and given back if the item fails
		if (formKey != null && !claim(meetingId, formKey)) {
			return Optional.empty();
		}
		Measure resolution;
		try {
			resolution = this.measures.addResolution(plan.getId(), meetingId, text.strip(), divisionId, dueOn);
		}
		catch (RuntimeException e) {
			if (formKey != null) {
				this.mongo.updateFirst(Query.query(Criteria.where("_id").is(meetingId)),
						new Update().pull(Meeting.FORM_KEYS, formKey), Meeting.class);
			}
			throw e;
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(meetingId)),
				new Update().push(Meeting.RESOLUTION_IDS, resolution.getId()).set("updatedAt", this.clock.instant()),
				Meeting.class);
		return Optional.of(resolution);
	}

	private boolean claim(String meetingId, String formKey) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(meetingId).and(Meeting.FORM_KEYS).ne(formKey)),
					new Update().push(Meeting.FORM_KEYS, formKey), Meeting.class)
			.getModifiedCount() == 1;
	}

	private Optional<Meeting> inMonth(YearMonth month) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where(Meeting.DATE)
			.gte(month.atDay(1))
			.lte(month.atEndOfMonth())).with(Sort.by(Meeting.DATE)).limit(1), Meeting.class));
	}

}
