package org.tidtam.line.simulator;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.PushMessageResponse;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.UserProfileResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The real LINE SDK client against the fake platform over HTTP: what the app's messenger will see. */
class FakeLineServerSdkTests {

	static final String TOKEN = "sdk-token";

	static final String SOMCHAI = "U" + "1".repeat(32);

	FakeLineServer server;

	MessagingApiClient client;

	@BeforeEach
	void start() {
		this.server = FakeLineServer.start("0123456789abcdef0123456789abcdef", TOKEN, new MutableClock());
		this.server.platform().putUser(SOMCHAI, "สมชาย ใจดี", null);
		this.client = MessagingApiClient.builder(TOKEN)
			.apiEndPoint(URI.create(this.server.apiUrl()))
			.usingDefaultLogger(false)
			.build();
		assertThat(this.server.start()).isSameAs(this.server);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void sameRetryKeyTwiceIsA409ThatNamesTheAcceptedRequest() throws Exception {
		UUID key = UUID.randomUUID();
		PushMessageRequest request = new PushMessageRequest(SOMCHAI, List.of(new TextMessage("แจ้งผลการดำเนินการ")), false,
				null);
		Result<PushMessageResponse> first = this.client.pushMessage(key, request).get();
		assertThat(first.requestId()).isNotBlank();
		assertThat(first.body().sentMessages()).hasSize(1);

		Throwable thrown = catchThrowable(() -> this.client.pushMessage(key, request).get());
		assertThat(thrown).isInstanceOf(ExecutionException.class);
		MessagingApiClientException conflict = (MessagingApiClientException) thrown.getCause();
		assertThat(conflict.getCode()).isEqualTo(409);
		assertThat(conflict.getHeader("x-line-accepted-request-id")).isEqualTo(first.requestId());
		assertThat(conflict.getSentMessages()).hasSize(1);
		assertThat(this.server.platform().sentTo(SOMCHAI)).hasSize(1);
	}

	@Test
	void profilesAndContentThroughTheSdk() throws Exception {
		UserProfileResponse profile = this.client.getProfile(SOMCHAI).get().body();
		assertThat(profile.displayName()).isEqualTo("สมชาย ใจดี");

		Throwable missing = catchThrowable(() -> this.client.getProfile("U" + "9".repeat(32)).get());
		assertThat(((MessagingApiClientException) missing.getCause()).getCode()).isEqualTo(404);

		this.server.platform().putContent("42", "ภาพ".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/jpeg");
		MessagingApiBlobClient blob = this.server.blobClient();
		assertThat(blob.getMessageContent("42").get().body().mimeType()).isEqualTo("image/jpeg");
		assertThat(this.server.client().getBotInfo().get().body().userId())
			.isEqualTo(this.server.platform().botUserId());
	}

	@Test
	void sdkDropsAPathPrefixFromItsEndPoint() throws Exception {
		// Retrofit paths are absolute: why the app cannot rely on a path-prefixed fake host (see report)
		MessagingApiClient prefixed = MessagingApiClient.builder(TOKEN)
			.apiEndPoint(URI.create(this.server.apiUrl() + "/simulator/line-api/"))
			.usingDefaultLogger(false)
			.build();
		prefixed.getProfile(SOMCHAI).get();
		assertThat(this.server.platform().calls()).last()
			.satisfies((call) -> assertThat(call.path()).isEqualTo("/v2/bot/profile/" + SOMCHAI));
	}

}
