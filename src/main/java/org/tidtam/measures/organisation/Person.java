package org.tidtam.measures.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiNames;

/**
 * A person of the organisation (ผู้บริหาร, ผู้ประสานงาน, หัวหน้าส่วนราชการ, เจ้าหน้าที่), who may have a LINE
 * account linked. {@code lineUserId} is absent from the document until linked, and unique when present
 * (a sparse unique index), so one LINE account speaks for one person. An unfollow keeps the id and only
 * marks the link inactive: following again restores it without a new code.
 */
@Document(Person.COLLECTION)
public class Person {

	public static final String COLLECTION = "people";

	public static final String NAME = "name";

	public static final String DIVISION_ID = "divisionId";

	public static final String ROLES = "roles";

	public static final String LINE_USER_ID = "lineUserId";

	public static final String LINE_LINK_ACTIVE = "lineLinkActive";

	public static final String LINKED_AT = "linkedAt";

	public static final String UNLINKED_AT = "unlinkedAt";

	public static final String FORM_KEY = "formKey";

	@Id
	private String id;

	private String name;

	/** ตำแหน่ง, e.g. ผู้อำนวยการกองช่าง. */
	private String position;

	/** Null for executives and others who belong to no division. */
	private String divisionId;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String phone;

	private String lineUserId;

	private boolean lineLinkActive;

	private Instant linkedAt;

	private Instant unlinkedAt;

	private Instant createdAt;

	/** The one-time key of the web form that added the person: the same form sent twice adds them once. */
	private String formKey;

	@Version
	private Long version;

	public Person() {
	}

	public Person(String name, String position, String divisionId, Set<Role> roles, String phone) {
		this.name = name;
		this.position = position;
		this.divisionId = divisionId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.phone = phone;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Linked to a LINE account that still follows the bot. */
	public boolean lineLinked() {
		return this.lineUserId != null && this.lineLinkActive;
	}

	/** How chat messages name the person: คุณ + name (without นาย/นาง/นางสาว), and the position in brackets when known. */
	public String addressed() {
		String who = ThaiNames.polite(this.name);
		return this.position == null || this.position.isBlank() ? who : who + " (" + this.position + ")";
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

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getDivisionId() {
		return this.divisionId;
	}

	public void setDivisionId(String divisionId) {
		this.divisionId = divisionId;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getLineUserId() {
		return this.lineUserId;
	}

	public void setLineUserId(String lineUserId) {
		this.lineUserId = lineUserId;
	}

	public boolean isLineLinkActive() {
		return this.lineLinkActive;
	}

	public void setLineLinkActive(boolean lineLinkActive) {
		this.lineLinkActive = lineLinkActive;
	}

	public Instant getLinkedAt() {
		return this.linkedAt;
	}

	public void setLinkedAt(Instant linkedAt) {
		this.linkedAt = linkedAt;
	}

	public Instant getUnlinkedAt() {
		return this.unlinkedAt;
	}

	public void setUnlinkedAt(Instant unlinkedAt) {
		this.unlinkedAt = unlinkedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** Leaves out the phone number and the LINE user id: both are personal data. */
	@Override
	public String toString() {
		return "Person[" + this.id + ", " + this.name + ", roles=" + this.roles + ", linked=" + lineLinked() + "]";
	}

	public String getFormKey() {
		return this.formKey;
	}

	void setFormKey(String formKey) {
		this.formKey = formKey;
	}

}
