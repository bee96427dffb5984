package org.tidtam.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time. Everything that needs "now" takes this {@link Clock}; tests replace it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ThaiDates.BANGKOK);
	}

	static ZoneId zone() {
		return ThaiDates.BANGKOK;
	}

}
