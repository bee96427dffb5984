package org.tidtam.measures.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The one-time code that links a person's LINE account. One document per person (the id is the person's
 * id), so issuing a new code replaces the old one. Only a hash of the code is stored: someone who reads
 * the database cannot type the code into LINE. Used and expired codes stay until the next issue or the
 * sweep, so that typing one again gets "already used" or "expired" rather than "wrong".
 */
@Document(LineLinkCode.COLLECTION)
public class LineLinkCode {

	public static final String COLLECTION = "line_link_codes";

	public static final String CODE_HASH = "codeHash";

	public static final String EXPIRES_AT = "expiresAt";

	public static final String USED_AT = "usedAt";

	public static final String USED_BY = "usedBy";

	/** The person's id. */
	@Id
	private String id;

	private String codeHash;

	private Instant issuedAt;

	private Instant expiresAt;

	private Instant usedAt;

	/** The LINE user id that redeemed the code. */
	private String usedBy;

	public LineLinkCode() {
	}

	public LineLinkCode(String personId, String codeHash, Instant issuedAt, Instant expiresAt) {
		this.id = personId;
		this.codeHash = codeHash;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	/** Unused and not expired at {@code now}. */
	public boolean live(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getCodeHash() {
		return this.codeHash;
	}

	public void setCodeHash(String codeHash) {
		this.codeHash = codeHash;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	public void setIssuedAt(Instant issuedAt) {
		this.issuedAt = issuedAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

	public Instant getUsedAt() {
		return this.usedAt;
	}

	public void setUsedAt(Instant usedAt) {
		this.usedAt = usedAt;
	}

	public String getUsedBy() {
		return this.usedBy;
	}

	public void setUsedBy(String usedBy) {
		this.usedBy = usedBy;
	}

}
