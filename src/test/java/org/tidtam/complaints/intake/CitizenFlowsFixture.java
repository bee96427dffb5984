package org.tidtam.complaints.intake;

import java.util.ArrayList;
import java.util.List;

import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.SurveyService.SurveyedService;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;

/**
 * The citizen dialogs over in-memory desks, for tests of other packages (the chat fuzz test). Every
 * effectful completion adds one entry to {@code submissions}, with its idempotency key; what was filed is
 * kept to check against the dialogs' own limits.
 */
public final class CitizenFlowsFixture {

	public final List<NewComplaint> complaints = new ArrayList<>();

	public final List<String> feedback = new ArrayList<>();

	public final List<List<Integer>> surveys = new ArrayList<>();

	private final List<String> submissions;

	private final FakeDesk desk;

	public CitizenFlowsFixture(List<String> submissions) {
		this.submissions = submissions;
		this.desk = new FakeDesk() {
			@Override
			public Filed submit(NewComplaint complaint) {
				CitizenFlowsFixture.this.submissions.add("complaint:" + complaint.idempotencyKey());
				CitizenFlowsFixture.this.complaints.add(complaint);
				return super.submit(complaint);
			}

			@Override
			public boolean rate(String complaintId, String lineUserId, int rating) {
				// a rating is no dialog's completion: numbered, not keyed
				CitizenFlowsFixture.this.submissions.add("rate#" + CitizenFlowsFixture.this.submissions.size());
				return complaintId.equals("c1");
			}
		};
		// as many categories as an office may set up, beyond what quick replies can show
		for (int i = 1; i <= 14; i++) {
			this.desk.categories.add(1, new ComplaintDesk.CategoryChoice("c" + i,
					i % 3 == 0 ? i + ". ท่อระบายน้ำอุดตัน น้ำท่วมขังบนถนนสายหลักหน้าตลาดสดเทศบาล" : "หมวดที่ " + i, 3, 15));
		}
	}

	/** The citizen's dialogs, in the order the app's beans come. */
	public List<Flow<?>> flows() {
		ServiceArea area = new ServiceArea(13.7563, 100.5018, 15);
		return List.of(new ComplaintFlow(this.desk, area, 10), new TrackingFlow(this.desk), new CaseAnswerFlow(this.desk),
				new FeedbackFlow((user, kind, text, key) -> {
					this.submissions.add("feedback:" + key);
					this.feedback.add(text);
				}), new SurveyFlow(new SurveyFlow.Answers() {
					@Override
					public List<SurveyedService> services() {
						return List.of(new SurveyedService("S1", "งานทะเบียนราษฎร"), new SurveyedService("S2",
								"งานจัดเก็บภาษีโรงเรือนและที่ดิน ภาษีป้าย และค่าธรรมเนียมใบอนุญาตต่าง ๆ"));
					}

					@Override
					public void record(String code, List<Integer> answers, String dialogId) {
						CitizenFlowsFixture.this.submissions.add("survey:" + dialogId);
						CitizenFlowsFixture.this.surveys.add(answers);
					}
				}), new DataRequestFlow((user, kind, key) -> this.submissions.add("data-request:" + key)));
	}

	/** Forgets everything filed: the next run starts from an empty desk. */
	public void reset() {
		this.complaints.clear();
		this.feedback.clear();
		this.surveys.clear();
		this.desk.filed.clear();
		this.desk.ticketsByKey.clear();
		this.desk.today = 0;
	}

	/** The citizen's main menu, as its bean offers it. */
	public static List<Reply.Option> menu() {
		return new CitizenMenu().options();
	}

	/** Complaints filed today by anyone (the fake desk counts them all): at 10 the next one is refused. */
	public long filedToday() {
		return this.desk.today;
	}

}
