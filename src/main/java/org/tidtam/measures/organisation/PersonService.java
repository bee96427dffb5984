package org.tidtam.measures.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.tidtam.shared.Role;

/** The organisation's people and their roles. LINE links are made by {@link LinkingService}. */
@Service
public class PersonService {

	public static final int MAX_NAME = 100;

	public static final int MAX_POSITION = 100;

	public static final int MAX_PHONE = 20;

	/** Digits, spaces, dashes and a leading or international +: "081-234-5678", "+66 81 234 5678". */
	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{1," + MAX_PHONE + "}");

	private final MongoTemplate mongo;

	private final DivisionService divisions;

	private final Clock clock;

	public PersonService(MongoTemplate mongo, DivisionService divisions, Clock clock) {
		this.mongo = mongo;
		this.divisions = divisions;
		this.clock = clock;
	}

	public Person create(String name, String position, String divisionId, Set<Role> roles, String phone) {
		return create(name, position, divisionId, roles, phone, null);
	}

	/**
	 * {@link #create(String, String, String, Set, String)} at most once per {@code formKey}, the one-time
	 * key of the web form: the same form sent twice (a double click) returns the person it added first. A
	 * null key adds every time.
	 */
	public Person create(String name, String position, String divisionId, Set<Role> roles, String phone,
			String formKey) {
		if (formKey != null) {
			Person earlier = byFormKey(formKey);
			if (earlier != null) {
				return earlier;
			}
		}
		checkDetails(name, position, phone);
		if (divisionId != null) {
			this.divisions.get(divisionId);
		}
		Person person = new Person(name.strip(), position == null ? null : position.strip(), divisionId, roles,
				phone == null || phone.isBlank() ? null : phone.strip());
		person.setCreatedAt(this.clock.instant());
		person.setFormKey(formKey);
		try {
			return this.mongo.insert(person);
		}
		catch (org.springframework.dao.DuplicateKeyException taken) {
			Person earlier = formKey == null ? null : byFormKey(formKey);
			if (earlier == null) {
				throw taken;
			}
			return earlier;
		}
	}

	private Person byFormKey(String formKey) {
		return this.mongo.findOne(Query.query(Criteria.where(Person.FORM_KEY).is(formKey)), Person.class);
	}

	public Person updateRoles(String personId, Set<Role> roles) {
		Person person = get(personId);
		person.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
		return this.mongo.save(person);
	}

	/** Changes name, position, division (null for none) and phone; the LINE link is left as it is. */
	public Person updateDetails(String personId, String name, String position, String divisionId, String phone) {
		checkDetails(name, position, phone);
		if (divisionId != null) {
			this.divisions.get(divisionId);
		}
		Person person = get(personId);
		person.setName(name.strip());
		person.setPosition(position == null || position.isBlank() ? null : position.strip());
		person.setDivisionId(divisionId);
		person.setPhone(phone == null || phone.isBlank() ? null : phone.strip());
		return this.mongo.save(person);
	}

	/** The forms' limits, held here too: a request need not come from the form. */
	private static void checkDetails(String name, String position, String phone) {
		if (name == null || name.isBlank()) {
			throw new OrganisationException("organisation.error.person-name-missing");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new OrganisationException("organisation.error.person-name-too-long", MAX_NAME);
		}
		if (position != null && position.strip().length() > MAX_POSITION) {
			throw new OrganisationException("organisation.error.position-too-long", MAX_POSITION);
		}
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			throw new OrganisationException("organisation.error.phone-invalid", MAX_PHONE);
		}
	}

	public Person get(String personId) {
		return find(personId).orElseThrow(() -> new OrganisationException("organisation.error.person-not-found"));
	}

	public Optional<Person> find(String personId) {
		return Optional.ofNullable(personId == null ? null : this.mongo.findById(personId, Person.class));
	}

	/** The person a LINE account is linked to, whether or not it currently follows the bot. */
	public Optional<Person> findByLineUserId(String lineUserId) {
		if (lineUserId == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findOne(new Query(Criteria.where(Person.LINE_USER_ID).is(lineUserId)),
				Person.class));
	}

	/** The heads (หัวหน้าส่วนราชการ) of a division: those notified of its assignments. */
	public List<Person> divisionHeadsOf(String divisionId) {
		return this.mongo.find(new Query(Criteria.where(Person.DIVISION_ID).is(divisionId)
			.and(Person.ROLES).is(Role.DIVISION_HEAD.name())).with(Sort.by(Person.NAME)), Person.class);
	}

	public List<Person> people(Role role) {
		return this.mongo.find(new Query(Criteria.where(Person.ROLES).is(role.name())).with(Sort.by(Person.NAME)),
				Person.class);
	}

	public List<Person> all() {
		return this.mongo.find(new Query().with(Sort.by(Person.NAME)), Person.class);
	}

}
