package org.tidtam.measures.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.tidtam.measures.importing.DivisionRef;
import org.tidtam.measures.importing.SimpleDivisionDirectory;

/**
 * Creates and edits divisions. A name or alias must not match another division's name or alias the
 * way the importer matches them ("สำนักปลัด ฯ" = "สำนักปลัดฯ", "คลัง" = "กองคลัง"): otherwise a pasted
 * owner could belong to two divisions. Nothing is seeded; {@link #createDefaults} is for a button.
 */
@Service
public class DivisionService {

	/** As the forms' {@code maxlength}: a name or another name of a division. */
	public static final int MAX_NAME = 100;

	public static final int MAX_SHORT_NAME = 40;

	private final MongoTemplate mongo;

	private final Clock clock;

	public DivisionService(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Division create(String name, String shortName, List<String> aliases, boolean servesPublic,
			boolean regional) {
		String clean = required(name);
		List<String> cleanAliases = aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
		cleanAliases.forEach(DivisionService::notTooLong);
		if (shortName != null) {
			shortNameNotTooLong(shortName.strip());
		}
		checkFree(null, clean);
		for (String alias : cleanAliases) {
			checkFree(null, alias);
		}
		if (shortName != null && !shortName.isBlank()) {
			checkFree(null, shortName.strip());
		}
		Division division = new Division(clean, shortName == null ? null : shortName.strip(), cleanAliases,
				servesPublic, regional);
		division.setSortOrder(nextSortOrder());
		division.setCreatedAt(this.clock.instant());
		return insert(division);
	}

	public Division rename(String divisionId, String newName) {
		Division division = get(divisionId);
		String clean = required(newName);
		checkFree(divisionId, clean);
		division.setName(clean);
		return save(division);
	}

	/**
	 * Sets the short name documents use for a division (e.g. กช.), or clears it when blank; the plan
	 * importer matches it like the name.
	 */
	public Division changeShortName(String divisionId, String shortName) {
		Division division = get(divisionId);
		String clean = shortNameNotTooLong(shortName == null ? "" : shortName.strip());
		if (!clean.isEmpty()) {
			checkFree(divisionId, clean);
		}
		division.setShortName(clean.isEmpty() ? null : clean);
		return save(division);
	}

	public Division addAlias(String divisionId, String alias) {
		Division division = get(divisionId);
		String clean = required(alias);
		checkFree(divisionId, clean);
		if (!division.getAliases().contains(clean)) {
			division.getAliases().add(clean);
		}
		return save(division);
	}

	/** Takes a division out of new work; its name stays taken so old documents still match it. */
	public Division deactivate(String divisionId) {
		Division division = get(divisionId);
		division.setActive(false);
		return save(division);
	}

	public Division get(String divisionId) {
		return find(divisionId).orElseThrow(() -> new OrganisationException("organisation.error.division-not-found"));
	}

	public Optional<Division> find(String divisionId) {
		return Optional.ofNullable(divisionId == null ? null : this.mongo.findById(divisionId, Division.class));
	}

	/** Every division, active or not, in the organisation's order. */
	public List<Division> all() {
		return this.mongo.find(new Query().with(Sort.by(Division.SORT_ORDER, Division.NAME)), Division.class);
	}

	/** Division id → name, retired divisions included (old measures and cases still name them), in order. */
	public java.util.Map<String, String> names() {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		for (Division d : all()) {
			names.putIfAbsent(d.getId(), d.getName());
		}
		return names;
	}

	public List<Division> active() {
		return this.mongo.find(new Query(Criteria.where(Division.ACTIVE).is(true))
			.with(Sort.by(Division.SORT_ORDER, Division.NAME)), Division.class);
	}

	/**
	 * Creates the typical divisions of a kind of organisation, skipping those already there (by name or
	 * alias), so pressing the button twice does no harm. A province's regional agencies differ too much to
	 * guess: none are created for {@link OrganisationKind#PROVINCE}.
	 */
	public List<Division> createDefaults(OrganisationKind kind) {
		List<Division> created = new ArrayList<>();
		for (Default d : defaults(kind)) {
			if (conflict(null, d.name()).isEmpty()) {
				List<String> freeAliases = d.aliases().stream().filter(a -> conflict(null, a).isEmpty()).toList();
				created.add(create(d.name(), null, freeAliases, true, false));
			}
		}
		return created;
	}

	private record Default(String name, List<String> aliases) {
	}

	private static List<Default> defaults(OrganisationKind kind) {
		if (kind == OrganisationKind.PROVINCE) {
			return List.of();
		}
		String office = "สำนักปลัด" + kind.fullName();
		List<String> officeAliases = new ArrayList<>(List.of("สำนักปลัด", "สำนักปลัดฯ", "สำนักปลัด ฯ"));
		if (kind != OrganisationKind.MUNICIPALITY) {
			officeAliases.add("สำนักปลัด " + kind.label());
		}
		List<Default> out = new ArrayList<>();
		out.add(new Default(office, officeAliases));
		out.add(new Default("กองคลัง", List.of()));
		out.add(new Default("กองช่าง", List.of()));
		out.add(new Default("กองการศึกษา", List.of("กองการศึกษาฯ", "กองการศึกษา ศาสนาและวัฒนธรรม")));
		out.add(new Default("กองสาธารณสุขและสิ่งแวดล้อม", List.of("กองสาธารณสุขฯ", "กองสาธารณสุข")));
		return out;
	}

	private void checkFree(String selfId, String text) {
		conflict(selfId, text).ifPresent(other -> {
			throw new OrganisationException("organisation.error.name-taken", text.strip(), other.name());
		});
	}

	/** The other division that a name or alias would be read as, by the importer's own matching. */
	private Optional<DivisionRef> conflict(String selfId, String text) {
		List<DivisionRef> others = all().stream().filter(d -> !d.getId().equals(selfId)).map(Division::toRef).toList();
		return new SimpleDivisionDirectory(others).match(text);
	}

	private int nextSortOrder() {
		Division last = this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, Division.SORT_ORDER)).limit(1),
				Division.class);
		return last == null ? 1 : last.getSortOrder() + 1;
	}

	private Division insert(Division division) {
		try {
			return this.mongo.insert(division);
		}
		catch (DuplicateKeyException e) {
			throw new OrganisationException("organisation.error.division-exists", division.getName());
		}
	}

	private Division save(Division division) {
		try {
			return this.mongo.save(division);
		}
		catch (DuplicateKeyException e) {
			throw new OrganisationException("organisation.error.division-exists", division.getName());
		}
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw new OrganisationException("organisation.error.division-name-missing");
		}
		return notTooLong(text.strip());
	}

	private static String shortNameNotTooLong(String shortName) {
		if (shortName.length() > MAX_SHORT_NAME) {
			throw new OrganisationException("organisation.error.short-name-too-long", MAX_SHORT_NAME);
		}
		return shortName;
	}

	/** Checked before any matching: a name pasted by mistake can be megabytes long. */
	private static String notTooLong(String name) {
		if (name.length() > MAX_NAME) {
			throw new OrganisationException("organisation.error.division-name-too-long", MAX_NAME);
		}
		return name;
	}

}
