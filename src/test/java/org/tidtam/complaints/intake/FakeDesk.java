package org.tidtam.complaints.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tidtam.complaints.NewComplaint;

/** An in-memory desk: records what was filed, numbers tickets from 1. */
class FakeDesk implements ComplaintDesk {

	final List<CategoryChoice> categories = new ArrayList<>();

	final Map<String, NewComplaint> filed = new LinkedHashMap<>();

	final Map<String, String> ticketsByKey = new LinkedHashMap<>();

	long today;

	FakeDesk() {
		this.categories.add(new CategoryChoice("light", "ไฟฟ้าส่องสว่างชำรุด", 3, 15));
		this.categories.add(new CategoryChoice("road", "ถนน ทางเท้าชำรุด", 3, 15));
		this.categories.add(new CategoryChoice("other", "อื่น ๆ", 5, 20));
	}

	@Override
	public List<CategoryChoice> categories() {
		return this.categories;
	}

	@Override
	public long filedToday(String lineUserId) {
		return this.today;
	}

	@Override
	public Filed submit(NewComplaint complaint) {
		String ticket = this.ticketsByKey.computeIfAbsent(complaint.idempotencyKey(),
				k -> "ร-2569-%06d".formatted(this.ticketsByKey.size() + 1));
		this.filed.put(ticket, complaint);
		this.today++;
		return new Filed(ticket, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 23));
	}

	@Override
	public Optional<String> displayName(String lineUserId) {
		return Optional.of("สมชาย LINE");
	}

	@Override
	public List<CaseLine> casesOf(String lineUserId) {
		return this.filed.entrySet()
			.stream()
			.filter(e -> e.getValue().lineUserId().equals(lineUserId))
			.map(e -> new CaseLine(e.getKey(), "ถนน", "รอรับเรื่อง", LocalDate.of(2026, 3, 2)))
			.toList();
	}

	@Override
	public Optional<CaseDetail> caseOf(String lineUserId, String ticket) {
		NewComplaint c = this.filed.get(ticket);
		if (c == null || !c.lineUserId().equals(lineUserId)) {
			return Optional.empty();
		}
		return Optional.of(new CaseDetail(ticket, "ถนน", "รอรับเรื่อง", LocalDate.of(2026, 3, 2),
				List.of(new Step("รอรับเรื่อง", java.time.Instant.parse("2026-03-02T03:00:00Z"), null))));
	}

	@Override
	public boolean rate(String complaintId, String lineUserId, int rating) {
		return true;
	}

	@Override
	public Optional<String> reopen(String complaintId, String lineUserId) {
		return Optional.of("ร-2569-000001");
	}

}
