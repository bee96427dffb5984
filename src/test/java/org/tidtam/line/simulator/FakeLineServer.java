package org.tidtam.line.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A {@link FakeLinePlatform} on its own ports, for tests that talk to LINE over real HTTP (the LINE
 * SDK clients, or the app started in another process). Two servers, because LINE has two hosts and
 * the SDK's Retrofit paths are absolute ({@code /v2/bot/...}): a path prefix in the end point would
 * be dropped, so the host is told apart by port, as at LINE.
 * <pre>
 * try (FakeLineServer line = FakeLineServer.start(platform)) {
 *     MessagingApiClient client = MessagingApiClient.builder(token).apiEndPoint(URI.create(line.apiUrl())).build();
 * }
 * </pre>
 */
public final class FakeLineServer implements AutoCloseable {

	private final FakeLinePlatform platform;

	private final MockWebServer api = new MockWebServer();

	private final MockWebServer data = new MockWebServer();

	private boolean started;

	public FakeLineServer(FakeLinePlatform platform) {
		this.platform = platform;
		this.api.setDispatcher(dispatcher(FakeRequest.Host.API));
		this.data.setDispatcher(dispatcher(FakeRequest.Host.DATA));
	}

	/** Starts both hosts on free loopback ports (once; later calls do nothing). */
	public synchronized FakeLineServer start() {
		if (!this.started) {
			try {
				this.api.start(InetAddress.getLoopbackAddress(), 0);
				this.data.start(InetAddress.getLoopbackAddress(), 0);
			}
			catch (IOException ex) {
				close();
				throw new UncheckedIOException(ex);
			}
			this.started = true;
		}
		return this;
	}

	/** A started server for {@code platform}. */
	public static FakeLineServer start(FakeLinePlatform platform) {
		return new FakeLineServer(platform).start();
	}

	/** A platform with default settings for this secret and token, on the given clock. */
	public static FakeLineServer start(String channelSecret, String channelToken, Clock clock) {
		return start(new FakeLinePlatform(FakeLinePlatform.Settings.defaults(channelSecret, channelToken), clock));
	}

	/** The {@code api.line.me} stand-in, e.g. {@code http://127.0.0.1:40123} (no trailing slash). */
	public String apiUrl() {
		return "http://127.0.0.1:" + this.api.getPort();
	}

	/** The {@code api-data.line.me} stand-in. */
	public String dataUrl() {
		return "http://127.0.0.1:" + this.data.getPort();
	}

	public FakeLinePlatform platform() {
		return this.platform;
	}

	/** The LINE SDK's client on this server, with the platform's token and no request logging. */
	public MessagingApiClient client() {
		return MessagingApiClient.builder(this.platform.settings().channelToken())
			.apiEndPoint(URI.create(apiUrl()))
			.usingDefaultLogger(false)
			.build();
	}

	/** The LINE SDK's blob (content) client on this server. */
	public MessagingApiBlobClient blobClient() {
		return MessagingApiBlobClient.builder(this.platform.settings().channelToken())
			.apiEndPoint(URI.create(dataUrl()))
			.usingDefaultLogger(false)
			.build();
	}

	@Override
	public void close() {
		this.api.close();
		this.data.close();
	}

	private Dispatcher dispatcher(FakeRequest.Host host) {
		return new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest recorded) {
				Map<String, String> headers = new LinkedHashMap<>();
				recorded.getHeaders().forEach((pair) -> headers.put(pair.getFirst(), pair.getSecond()));
				byte[] body = (recorded.getBody() != null) ? recorded.getBody().toByteArray() : new byte[0];
				FakeResponse response = FakeLineServer.this.platform
					.handle(new FakeRequest(host, recorded.getMethod(), recorded.getTarget(), headers, body));
				MockResponse.Builder builder = new MockResponse.Builder().code(response.status());
				response.headers().forEach(builder::addHeader);
				if (response.contentType() != null) {
					builder.setHeader("Content-Type", response.contentType());
				}
				builder.body(new Buffer().write(response.body()));
				if (!response.delay().isZero()) {
					builder.headersDelay(response.delay().toMillis(), TimeUnit.MILLISECONDS);
				}
				return builder.build();
			}
		};
	}

}
