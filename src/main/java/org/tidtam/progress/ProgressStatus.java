package org.tidtam.progress;

import org.tidtam.measures.AssignmentState;

/** What a report says about the work, in the words staff use; maps onto the assignment's state. */
public enum ProgressStatus {

	/** ดำเนินการแล้ว (done). */
	DONE("ดำเนินการแล้ว", AssignmentState.DONE),
	/** อยู่ระหว่างดำเนินการ (in progress). */
	IN_PROGRESS("อยู่ระหว่างดำเนินการ", AssignmentState.IN_PROGRESS),
	/** ยังไม่ดำเนินการ (not done yet). */
	NOT_DONE("ยังไม่ดำเนินการ", AssignmentState.NOT_DONE),
	/** ติดปัญหา (blocked): work started but stuck; the assignment stays in progress. */
	BLOCKED("ติดปัญหา", AssignmentState.IN_PROGRESS);

	private final String thai;

	private final AssignmentState state;

	ProgressStatus(String thai, AssignmentState state) {
		this.thai = thai;
		this.state = state;
	}

	public String thai() {
		return this.thai;
	}

	public AssignmentState assignmentState() {
		return this.state;
	}

}
