package org.tidtam.line;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class LineChannelConfig {

	@Bean
	@ConditionalOnMissingBean
	LineChannel lineChannel(LineProperties properties, Environment environment) {
		if (properties.configured()) {
			return LineChannel.real(properties);
		}
		if (!properties.simulated()) {
			throw new IllegalStateException(
					"LINE channel half configured: set both line.bot.channel-secret (LINE_CHANNEL_SECRET) and line.bot.channel-token (LINE_CHANNEL_TOKEN), or neither to run the simulator");
		}
		return LineChannel.simulated(properties, () -> environment.getRequiredProperty("local.server.port", Integer.class));
	}

}
