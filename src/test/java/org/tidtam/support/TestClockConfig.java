package org.tidtam.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** One settable Asia/Bangkok clock for the whole app under test. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

	@Bean
	@Primary
	public MutableClock testClock() {
		return new MutableClock();
	}

}
