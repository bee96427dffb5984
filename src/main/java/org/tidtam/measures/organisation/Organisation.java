package org.tidtam.measures.organisation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tidtam.shared.FiscalYear;

/**
 * The organisation's profile: one document, id {@value #DEFAULT_ID}, because one installation serves one
 * organisation. The meeting rule is kept as plain fields (weekday, nth, explicit dates, holidays) so the
 * coordinator edits it in a form; {@link #meetingRule()} turns them into the rule.
 */
@Document(Organisation.COLLECTION)
public class Organisation {

	public static final String COLLECTION = "organisation";

	public static final String DEFAULT_ID = "default";

	public static final String NAME = "name";

	public static final String KIND = "kind";

	public static final String FISCAL_YEAR = "fiscalYear";

	@Id
	private String id = DEFAULT_ID;

	private String name;

	private OrganisationKind kind;

	private String province;

	private String address;

	/** The prefix of memo reference numbers (ที่ … in a บันทึกข้อความ), e.g. "พบ ๕๑๐๐๑". */
	private String memoPrefix;

	/** The Buddhist-era fiscal year in use (ปีงบประมาณ); a plain number so no converter is needed. */
	private Integer fiscalYear;

	private DayOfWeek meetingDayOfWeek = DayOfWeek.TUESDAY;

	private int meetingNth = 2;

	private List<LocalDate> meetingExtraDates = new ArrayList<>();

	private List<LocalDate> holidays = new ArrayList<>();

	private Instant updatedAt;

	@Version
	private Long version;

	public Organisation() {
	}

	public Organisation(String name, OrganisationKind kind, String province) {
		this.name = name;
		this.kind = kind;
		this.province = province;
	}

	/** The meeting rule these fields describe. */
	public MeetingRule meetingRule() {
		return new MeetingRule(this.meetingDayOfWeek, this.meetingNth, this.meetingExtraDates, this.holidays);
	}

	public void setMeetingRule(MeetingRule rule) {
		this.meetingDayOfWeek = rule.dayOfWeek();
		this.meetingNth = rule.nth();
		this.meetingExtraDates = new ArrayList<>(rule.extraDates());
		this.holidays = new ArrayList<>(rule.holidays());
	}

	/** The monthly meeting's day in a month (see {@link MeetingRule#meetingIn(YearMonth)}). */
	public LocalDate meetingIn(YearMonth month) {
		return meetingRule().meetingIn(month);
	}

	/** The fiscal year in use, or null before the coordinator has chosen one. */
	public FiscalYear getFiscalYear() {
		return this.fiscalYear == null ? null : FiscalYear.of(this.fiscalYear);
	}

	public void setFiscalYear(FiscalYear fiscalYear) {
		this.fiscalYear = fiscalYear == null ? null : fiscalYear.buddhistYear();
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getMemoPrefix() {
		return this.memoPrefix;
	}

	public void setMemoPrefix(String memoPrefix) {
		this.memoPrefix = memoPrefix;
	}

	public DayOfWeek getMeetingDayOfWeek() {
		return this.meetingDayOfWeek;
	}

	public void setMeetingDayOfWeek(DayOfWeek meetingDayOfWeek) {
		this.meetingDayOfWeek = meetingDayOfWeek;
	}

	public int getMeetingNth() {
		return this.meetingNth;
	}

	public void setMeetingNth(int meetingNth) {
		this.meetingNth = meetingNth;
	}

	public List<LocalDate> getMeetingExtraDates() {
		return this.meetingExtraDates;
	}

	public void setMeetingExtraDates(List<LocalDate> meetingExtraDates) {
		this.meetingExtraDates = meetingExtraDates;
	}

	public List<LocalDate> getHolidays() {
		return this.holidays;
	}

	public void setHolidays(List<LocalDate> holidays) {
		this.holidays = holidays;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	@Override
	public String toString() {
		return "Organisation[" + this.name + ", " + this.kind + "]";
	}

}
