package org.tidtam.shared.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * With no MongoDB URI configured, the app runs its own MongoDB-wire server (mongo-java-server) on
 * loopback, backed by an H2 file under {@code tidtam.data-dir} (default {@code ./data}) so data
 * survives restarts. With {@code spring.mongodb.uri} or {@code MONGODB_URI} set, none of this starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:${MONGODB_URI:}}'.isBlank()")
class EmbeddedMongoConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfig.class);

	@Bean(destroyMethod = "close")
	H2Backend embeddedMongoBackend(StoreProperties properties) {
		if (properties.inMemory()) {
			return new ValueOrderedH2Backend(MVStore.open(null));
		}
		Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the data directory " + dir, e);
		}
		Path file = dir.resolve("tidtam.mv");
		log.info("Embedded MongoDB-wire store: {}", file);
		// a page cache larger than H2's 16 MB default: a page read from the file is decoded entry by entry
		MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(properties.cacheMb()).open();
		return new ValueOrderedH2Backend(store);
	}

	/** The webhook inbox's inserts, by a call in this JVM rather than over loopback. */
	@Bean
	InProcessInserts embeddedInProcessInserts(H2Backend backend, StoreProperties properties) {
		return new InProcessInserts(backend, properties.database());
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(H2Backend backend) {
		MongoServer server = new MongoServer(backend);
		// no oplog: nothing here uses change streams, and with one every write is written twice
		server.bind("127.0.0.1", 0);
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, StoreProperties properties) {
		InetSocketAddress address = server.getLocalAddress();
		ConnectionString cs = new ConnectionString(
				"mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database());
		return () -> cs;
	}

	/**
	 * Boot's Mongo health check sends {@code hello}, which the embedded server does not know; a
	 * {@code ping} through the driver proves the same thing: the store answers.
	 */
	@Bean(name = { "mongoHealthIndicator", "mongoHealthContributor" })
	HealthIndicator embeddedMongoHealth(MongoTemplate mongo, StoreProperties properties) {
		return () -> {
			try {
				mongo.executeCommand(new Document("ping", 1));
				return Health.up().withDetail("store", properties.inMemory() ? "embedded (memory)" : "embedded (H2 file)").build();
			}
			catch (RuntimeException e) {
				return Health.down(e).build();
			}
		};
	}

	@Bean
	StoreDurability embeddedStoreDurability(H2Backend backend, StoreProperties properties) {
		if (!properties.commitOnAck()) {
			log.warn("tidtam.store.commit-on-ack=false: acknowledged webhook events can be lost in a crash");
			return () -> {
			};
		}
		return new GroupCommit(backend::commit);
	}

}
