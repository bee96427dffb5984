package org.tidtam.shared.store;

import com.mongodb.ConnectionString;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real MongoDB, named by {@code spring.mongodb.uri} or the {@code MONGODB_URI} environment variable.
 * Acknowledged writes that matter use a majority, journaled write concern.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.mongodb.uri:${MONGODB_URI:}}'.isBlank()")
class ExternalMongoConfig {

	@Bean
	@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
	MongoConnectionDetails mongoUriFromEnvironment(@Value("${MONGODB_URI}") String uri) {
		ConnectionString cs = new ConnectionString(uri);
		return () -> cs;
	}

	@Bean
	@ConditionalOnMissingBean
	StoreDurability writeConcernDurability() {
		return StoreDurability.WRITE_CONCERN;
	}

}
