package org.tidtam.complaints.integrity;

import java.util.List;
import java.util.Optional;

/** What the reporter's dialogs need, so that they stay pure functions tested as scripts. */
public interface IntegrityDesk {

	String submit(NewIntegrityReport report);

	Optional<IntegrityStatus> status(String lineUserId, String ticket);

	boolean add(String lineUserId, String ticket, String text, List<String> evidenceMessageIds, String dialogId);

}
