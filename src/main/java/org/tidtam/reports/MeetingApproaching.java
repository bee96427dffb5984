package org.tidtam.reports;

import java.time.LocalDate;

/** The monthly meeting is {@code daysBefore} days away: executives are told who has not reported yet. */
public record MeetingApproaching(String meetingId, LocalDate meetingDate, int daysBefore) {

}
