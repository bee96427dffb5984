package org.tidtam.progress;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The report dialog over an in-memory division, for tests of other packages (the chat fuzz test): two
 * linked people of กองช่าง, 23 open assignments (three pages, long titles among them), reports and
 * attachments recorded in lists. {@code submissions} gets one entry per effectful completion, with its key.
 */
public final class ProgressFlowFixture {

	public static final String SOMCHAI = "U00000000000000000000000000000001";

	public static final String WILAI = "U00000000000000000000000000000002";

	public final List<ProgressReport> recorded = new ArrayList<>();

	private final List<String> submissions;

	private final Clock clock;

	private final List<ReportTarget> targets = IntStream.rangeClosed(1, 23)
		.mapToObj(n -> new ReportTarget("a" + n, n,
				n % 5 == 0 ? "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณประจำปีให้ประชาชนตรวจสอบได้ทุกไตรมาส 😀👨‍👩‍👧"
						: "มาตรการที่ " + n + " ทำป้ายประชาสัมพันธ์",
				n % 4 == 0 ? null : "2026-0" + (1 + n % 9) + "-28", n % 7 == 0))
		.toList();

	private final ProgressService progress = mock(ProgressService.class);

	private final ProgressReportFlow flow;

	public ProgressFlowFixture(Clock clock, MessageSource messages, List<String> submissions) {
		this.clock = clock;
		this.submissions = submissions;
		when(this.progress.record(any())).thenAnswer(call -> {
			ProgressReport report = call.getArgument(0);
			this.submissions.add("progress:" + report.getIdempotencyKey());
			report.setId("r" + (this.recorded.size() + 1));
			report.setReportedAt(this.clock.instant());
			if (report.getCorrects() != null) {
				this.recorded.stream()
					.filter(r -> r.getId().equals(report.getCorrects()))
					.forEach(r -> r.setSupersededBy(report.getId()));
			}
			this.recorded.add(report);
			return report;
		});
		when(this.progress.addEvidence(any(), any())).thenAnswer(call -> {
			// several attachments to one report are several submissions
			this.submissions.add("progress-attach:" + call.getArgument(0) + "#" + this.submissions.size());
			return ((List<?>) call.getArgument(1)).size();
		});
		when(this.progress.withdraw(any())).thenAnswer(call -> {
			this.submissions.add("progress-withdraw:" + call.getArgument(0));
			this.recorded.stream()
				.filter(r -> r.getId().equals(call.getArgument(0)))
				.forEach(r -> r.setWithdrawnAt(this.clock.instant()));
			return true;
		});
		this.flow = new ProgressReportFlow(context(), this.progress, files(), messages);
	}

	/** Forgets every report: the next run starts with none. */
	public void reset() {
		this.recorded.clear();
	}

	public Flow<?> flow() {
		return this.flow;
	}

	private ReportContext context() {
		return new ReportContext() {
			@Override
			public Optional<Reporter> reporter(ChatRef chat) {
				return switch (chat.userId()) {
					case SOMCHAI -> Optional.of(new Reporter("p1", "สมชาย", "d-works", "กองช่าง"));
					case WILAI -> Optional.of(new Reporter("p2", "นางสาววิไล", "d-works", "กองช่าง"));
					default -> Optional.empty();
				};
			}

			@Override
			public List<ReportTarget> openTargets(String divisionId) {
				return ProgressFlowFixture.this.targets;
			}

			@Override
			public Optional<ReportTarget> target(String assignmentId) {
				return Optional.of(new ReportTarget(assignmentId, 1, "มาตรการที่ทำเสร็จไปแล้ว", null));
			}

			@Override
			public boolean stillAssigned(String assignmentId) {
				return !"a13".equals(assignmentId);
			}

			@Override
			public List<ReportTarget> recentReports(ChatRef chat) {
				// newest first, as the store answers
				List<ProgressReport> newestFirst = new ArrayList<>(ProgressFlowFixture.this.recorded);
				java.util.Collections.reverse(newestFirst);
				return newestFirst.stream()
					.filter(r -> chat.chatId().equals(r.getChatId()) && chat.userId().equals(r.getLineUserId())
							&& !r.getReportedAt().isBefore(ProgressFlowFixture.this.clock.instant().minus(Duration.ofMinutes(5))))
					.map(r -> ProgressFlowFixture.this.targets.stream()
						.filter(t -> t.assignmentId().equals(r.getAssignmentId()))
						.findFirst()
						.map(t -> new ReportTarget(r.getId(), t.number(), t.title(), null)))
					.flatMap(Optional::stream)
					.toList();
			}

			@Override
			public Optional<ProgressReport> lastReportBy(String personId) {
				List<ProgressReport> mine = ProgressFlowFixture.this.recorded.stream()
					.filter(r -> personId.equals(r.getReportedBy()) && r.current())
					.toList();
				return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
			}
		};
	}

	private static EvidenceFiles files() {
		return new EvidenceFiles() {
			@Override
			public Optional<Evidence> stored(String messageId) {
				return messageId.startsWith("lost") ? Optional.empty()
						: Optional.of(new Evidence("gridfs-" + messageId, messageId + ".jpg", "image/jpeg", 1234, "ab12",
								messageId, null));
			}

			@Override
			public Optional<Content> open(String fileId) {
				return Optional.empty();
			}

			@Override
			public Optional<Evidence> store(String fileName, String contentType, byte[] bytes, String uploadedBy) {
				return Optional.empty();
			}
		};
	}

}
