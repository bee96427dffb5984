package org.tidtam.complaints.intake;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tidtam.complaints.SurveyService.SurveyedService;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.ConversationServiceTestSupport;
import org.tidtam.conversation.Dialogs;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyFlowTests {

	final List<String> recorded = new ArrayList<>();

	List<SurveyedService> services = List.of(new SurveyedService("S1", "งานทะเบียนราษฎร"),
			new SurveyedService("S2", "งานจัดเก็บภาษี"));

	final Dialogs dialogs = new Dialogs(List.<Flow<?>>of(new SurveyFlow(new SurveyFlow.Answers() {
		@Override
		public List<SurveyedService> services() {
			return SurveyFlowTests.this.services;
		}

		@Override
		public void record(String code, List<Integer> answers, String dialogId) {
			SurveyFlowTests.this.recorded.add(code + " " + answers);
		}
	})), ConversationServiceTestSupport.sessions(), ConversationServiceTestSupport.messages(), new MutableClock(), e -> {
	});

	final ChatRef citizen = ChatRef.user("U1");

	@Test
	void fromTheQrCodeStraightToTheQuestions() {
		List<Reply> first = this.dialogs.respond(this.citizen, new UserInput.Text("ประเมินความพึงพอใจ S2", false)).orElseThrow();
		assertThat(((Reply.Text) first.get(0)).text()).contains("ไม่เก็บชื่อ").contains("งานจัดเก็บภาษี");
		assertThat(((Reply.Text) first.get(1)).text()).startsWith("ข้อ 1/5");
		assertThat(first.get(1).options()).extracting(Reply.Option::label).containsExactly("1", "2", "3", "4", "5");
		List<String> six = say("6");
		assertThat(six.get(0)).contains("1 ถึง 5");
		assertThat(six.get(1)).startsWith("ข้อ 1/5");
		for (String answer : List.of("5", "๔", "3")) {
			say(answer);
		}
		// question 4 tapped twice: the second tap answers nothing, question 5 still waits
		assertThat(tap("survey=4:5")).singleElement().asString().startsWith("ข้อ 5/5");
		assertThat(tap("survey=4:5")).isEmpty();
		assertThat(tap("survey=5:4")).containsExactly("ขอบคุณที่ประเมินงานจัดเก็บภาษีค่ะ");
		assertThat(this.recorded).containsExactly("S2 [5, 4, 3, 5, 4]");
	}

	private List<String> tap(String data) {
		return this.dialogs.respond(this.citizen, new UserInput.Choice(data, java.util.Map.of()))
			.orElseThrow()
			.stream()
			.map(r -> ((Reply.Text) r).text())
			.toList();
	}

	@Test
	void fromTheMenuTheServiceIsChosenFirst() {
		assertThat(say("ประเมินความพึงพอใจ").get(1)).contains("รับบริการใด");
		assertThat(say("งานทะเบียนราษฎร").get(1)).startsWith("ข้อ 1/5");
		for (int i = 0; i < 5; i++) {
			say("5");
		}
		assertThat(this.recorded).containsExactly("S1 [5, 5, 5, 5, 5]");
	}

	@Test
	void anOfficeWithMoreServicesThanButtonsListsThemAllAndANumberChooses() {
		List<SurveyedService> many = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			many.add(new SurveyedService("S" + i, "บริการที่ " + i));
		}
		this.services = many;
		List<Reply> ask = this.dialogs.respond(this.citizen, new UserInput.Text("ประเมินความพึงพอใจ", false)).orElseThrow();
		assertThat(ask.get(1).options()).hasSize(13);
		assertThat(((Reply.Text) ask.get(1)).text()).contains("พิมพ์หมายเลข").contains("\n17. บริการที่ 17").contains("\n20. บริการที่ 20");
		// a word that names no service is told so, and the list comes again
		List<String> unknown = say("ห้องน้ำ");
		assertThat(unknown.get(0)).isEqualTo("ไม่พบบริการ \"ห้องน้ำ\" ค่ะ");
		assertThat(unknown.get(1)).contains("17. บริการที่ 17");
		assertThat(say("๑๗").get(1)).startsWith("ข้อ 1/5");
		for (int i = 0; i < 5; i++) {
			say("4");
		}
		assertThat(this.recorded).containsExactly("S17 [4, 4, 4, 4, 4]");
	}

	@Test
	void withNoServicesTheCitizenIsToldAndNoDialogIsLeftOpen() {
		this.services = List.of();
		assertThat(say("ประเมินความพึงพอใจ")).singleElement().asString().contains("ยังไม่มีบริการ");
		assertThat(this.dialogs.respond(this.citizen, new UserInput.Text("สวัสดี", false))).isEmpty();
	}

	private List<String> say(String text) {
		return this.dialogs.respond(this.citizen, new UserInput.Text(text, false))
			.orElseThrow()
			.stream()
			.map(r -> ((Reply.Text) r).text())
			.toList();
	}

}
