package org.tidtam.line;

import java.time.Duration;

import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;

import org.springframework.stereotype.Component;

/**
 * The official LINE SDK clients, built on first use (in simulator mode the endpoints are on this app's
 * own port, known only once the web server runs). The SDK's request logger is off: it would log the
 * bearer token ({@code com.linecorp.bot.client.wire} is also silenced in application.yml).
 */
@Component
public class LineClients {

	private final LineChannel channel;

	private volatile MessagingApiClient api;

	private volatile MessagingApiBlobClient blob;

	public LineClients(LineChannel channel) {
		this.channel = channel;
	}

	public MessagingApiClient api() {
		MessagingApiClient client = this.api;
		if (client == null) {
			synchronized (this) {
				if (this.api == null) {
					this.api = MessagingApiClient.builder(this.channel.channelToken())
						.apiEndPoint(this.channel.apiEndPoint())
						.usingDefaultLogger(false)
						.connectTimeout(Duration.ofSeconds(5))
						.readTimeout(Duration.ofSeconds(10))
						.writeTimeout(Duration.ofSeconds(10))
						.build();
				}
				client = this.api;
			}
		}
		return client;
	}

	public MessagingApiBlobClient blob() {
		MessagingApiBlobClient client = this.blob;
		if (client == null) {
			synchronized (this) {
				if (this.blob == null) {
					this.blob = MessagingApiBlobClient.builder(this.channel.channelToken())
						.apiEndPoint(this.channel.blobEndPoint())
						.usingDefaultLogger(false)
						.connectTimeout(Duration.ofSeconds(5))
						.readTimeout(Duration.ofSeconds(30))
						.build();
				}
				client = this.blob;
			}
		}
		return client;
	}

	@Override
	public String toString() {
		return "LineClients[" + this.channel + "]";
	}

}
