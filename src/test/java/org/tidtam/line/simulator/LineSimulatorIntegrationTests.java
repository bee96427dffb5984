package org.tidtam.line.simulator;

import java.util.List;
import java.util.UUID;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.PushMessageResponse;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.tidtam.line.LineChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app with no LINE channel configured: the simulator is wired, the LINE SDK pointed at the
 * app's own (simulated) end points reaches the fake platform, and webhooks go to the app's port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "line.bot.channel-secret=", "line.bot.channel-token=" })
class LineSimulatorIntegrationTests {

	@Autowired
	LineChannel channel;

	@Autowired
	FakeLinePlatform platform;

	@Autowired
	SimulatorPersonas personas;

	@Test
	void theSdkOnTheSimulatedChannelReachesTheFakePlatform() throws Exception {
		assertThat(this.channel.simulated()).isTrue();
		String somchai = this.personas.find("somchai").orElseThrow().userId();
		MessagingApiClient client = MessagingApiClient.builder(this.channel.channelToken())
			.apiEndPoint(this.channel.apiEndPoint())
			.usingDefaultLogger(false)
			.build();
		Result<PushMessageResponse> result = client
			.pushMessage(UUID.randomUUID(), new PushMessageRequest(somchai, List.of(new TextMessage("ทดสอบ")), false, null))
			.get();
		assertThat(result.body().sentMessages()).hasSize(1);
		assertThat(this.platform.sentTo(somchai)).extracting(Sent::firstText).contains("ทดสอบ");
		assertThat(this.platform.settings().channelSecret()).isEqualTo(this.channel.channelSecret());
	}

	@Test
	void webhooksAreDeliveredToTheAppsOwnPort() {
		String malee = this.personas.find("malee").orElseThrow().userId();
		WebhookOutcome outcome = this.platform.text(Chat.user(malee), "สวัสดี");
		// no webhook controller in this module: any HTTP answer proves the URL is the app's own
		assertThat(outcome.status()).isGreaterThan(0);
		assertThat(this.platform.timeline(malee, 0)).isNotEmpty();
	}

}
