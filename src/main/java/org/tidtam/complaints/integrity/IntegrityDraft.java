package org.tidtam.complaints.integrity;

import java.util.List;

/** A corruption report being told. Never logged, never echoed back in full. */
public record IntegrityDraft(String description, List<String> evidence, boolean evidenceDone, boolean toldLimit,
		String identity, String name, String phone) {

	public static final String ANONYMOUS = "ANONYMOUS";

	public static final String NAMED = "NAMED";

	public IntegrityDraft {
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	IntegrityDraft with(String description, List<String> evidence, boolean evidenceDone, boolean toldLimit,
			String identity, String name, String phone) {
		return new IntegrityDraft(description, evidence, evidenceDone, toldLimit, identity, name, phone);
	}

	@Override
	public String toString() {
		return "IntegrityDraft[confidential]";
	}

}
