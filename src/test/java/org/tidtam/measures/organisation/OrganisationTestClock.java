package org.tidtam.measures.organisation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.tidtam.support.MutableClock;

/** The clock of the organisation tests' context: moved by hand, so expiry and lock-outs need no waiting. */
@TestConfiguration(proxyBeanMethods = false)
class OrganisationTestClock {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

}
