package org.tidtam.reports;

import java.time.LocalDate;

/** The morning of the monthly meeting: executives get the summary card. */
public record MeetingDayArrived(String meetingId, LocalDate meetingDate) {

}
