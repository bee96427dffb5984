package org.tidtam.measures;

/** Where a division stands with one measure; the Thai label is what reports and the bot show. */
public enum AssignmentState {

	/** ยังไม่เริ่ม (not started): assigned, nothing reported yet. */
	NOT_STARTED("ยังไม่เริ่ม"),
	/** อยู่ระหว่างดำเนินการ (in progress). */
	IN_PROGRESS("อยู่ระหว่างดำเนินการ"),
	/** ดำเนินการแล้ว (done), as in the status column of the measures table. */
	DONE("ดำเนินการแล้ว"),
	/** ยังไม่ดำเนินการ (not done), as in the status column of the measures table. */
	NOT_DONE("ยังไม่ดำเนินการ");

	private final String thai;

	AssignmentState(String thai) {
		this.thai = thai;
	}

	public String thai() {
		return this.thai;
	}

}
