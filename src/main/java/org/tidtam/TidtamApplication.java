package org.tidtam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tidtam (ติดตาม): follows up the year's ITA integrity measures and citizen voice through LINE.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TidtamApplication {

	public static void main(String[] args) {
		SpringApplication.run(TidtamApplication.class, args);
	}

}
