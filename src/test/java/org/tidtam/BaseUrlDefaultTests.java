package org.tidtam;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without APP_BASE_URL, the links the bot sends (the privacy page in the welcome, ดูรายละเอียด on an assignment)
 * point at the port the app listens on: a first run on another port (PORT, or --server.port because 8080 is
 * taken) must not send the simulator's user to a dead http://localhost:8080.
 */
class BaseUrlDefaultTests {

	@Test
	void theDefaultPublicAddressFollowsThePort() throws IOException {
		assertThat(baseUrl(Map.of())).isEqualTo("http://localhost:8080");
		assertThat(baseUrl(Map.of("PORT", "9090"))).isEqualTo("http://localhost:9090");
		assertThat(baseUrl(Map.of("server.port", "18080"))).isEqualTo("http://localhost:18080");
		assertThat(baseUrl(Map.of("APP_BASE_URL", "https://tidtam.example.go.th", "PORT", "9090")))
			.isEqualTo("https://tidtam.example.go.th");
	}

	private static String baseUrl(Map<String, Object> settings) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		return environment.getProperty("tidtam.base-url");
	}

}
