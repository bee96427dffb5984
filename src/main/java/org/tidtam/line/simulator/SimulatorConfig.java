package org.tidtam.line.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import org.tidtam.line.LineChannel;
import org.tidtam.line.limits.LineOpenApiValidator;

/**
 * The LINE simulator's wiring, only when no LINE channel is configured: the fake LINE platform with
 * the app's (simulated) channel secret and token, LINE's OpenAPI check when the spec is beside the
 * checkout, a seeded cast, and webhooks to this app's own port once the web server runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLineSimulator
class SimulatorConfig {

	private static final Logger log = LoggerFactory.getLogger(SimulatorConfig.class);

	@Bean
	FakeLinePlatform fakeLinePlatform(LineChannel channel, ObjectProvider<Clock> clock,
			@Value("${tidtam.simulator.validate-spec:true}") boolean validateSpec) {
		LineOpenApiValidator validator = null;
		if (validateSpec) {
			Optional<LineOpenApiValidator> found = LineOpenApiValidator.fromDefaultLocation();
			if (found.isEmpty()) {
				log.warn("LINE simulator: LINE's OpenAPI description not found (system property tidtam.shared.dir or "
						+ "../shared/line/openapi); checking LINE's message limits only");
			}
			validator = found.orElse(null);
		}
		FakeLinePlatform.Settings settings = new FakeLinePlatform.Settings(channel.channelSecret(),
				channel.channelToken(), SimulatorPersonas.lineId("U", "bot:tidtam"), Duration.ofSeconds(60), validator);
		return new FakeLinePlatform(settings, clock.getIfAvailable(Clock::systemDefaultZone));
	}

	@Bean
	SimulatorPersonas simulatorPersonas(FakeLinePlatform platform) {
		return SimulatorPersonas.seeded(platform);
	}

	@Bean
	SimulatorWebhookTarget simulatorWebhookTarget(FakeLinePlatform platform, LineChannel channel) {
		return new SimulatorWebhookTarget(platform, channel);
	}

	/** Points the platform's webhooks at this app once its port is known. */
	static final class SimulatorWebhookTarget {

		private final FakeLinePlatform platform;

		private final LineChannel channel;

		SimulatorWebhookTarget(FakeLinePlatform platform, LineChannel channel) {
			this.platform = platform;
			this.channel = channel;
		}

		@EventListener
		void on(WebServerInitializedEvent event) {
			if ("management".equals(event.getApplicationContext().getServerNamespace())) {
				return;
			}
			URI webhook = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + this.channel.webhookPath());
			this.platform.setWebhook(webhook);
			log.info("LINE simulator: webhooks go to {}", webhook);
		}

	}

}
