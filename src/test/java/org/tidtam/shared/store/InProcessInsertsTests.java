package org.tidtam.shared.store;

import java.net.InetSocketAddress;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inserts by a call in the JVM land exactly as the driver's would, over the wire: the same values of the
 * same types, found by the driver, and duplicates of a unique key refused one by one without stopping
 * the others.
 */
class InProcessInsertsTests {

	ValueOrderedH2Backend backend;

	MongoServer server;

	MongoClient client;

	MongoDatabase db;

	InProcessInserts inserts;

	@BeforeEach
	void start() {
		this.backend = new ValueOrderedH2Backend(MVStore.open(null));
		this.server = new MongoServer(this.backend);
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.db = this.client.getDatabase("t");
		this.inserts = new InProcessInserts(this.backend, "t");
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
		this.backend.close();
	}

	static Document sample(String id, int n) {
		return new Document("_id", id).append("_class", "org.example.Sample")
			.append("text", "ผู้ร้องเรียน \"อ้าง\"\nบรรทัดใหม่ " + n)
			.append("count", n)
			.append("sequence", 1_763_000_000_000_000L + n)
			.append("flag", n % 2 == 0)
			.append("at", new Date(1_763_000_000_000L + n))
			.append("ratio", n / 3.0)
			.append("oid", new ObjectId("0123456789abcdef01234567"))
			.append("none", null)
			.append("nested", new Document("k", "v").append("list", List.of(1, "two", new Document("x", 3L))));
	}

	@Test
	void storesTheSameDocumentTheDriverWould() {
		MongoCollection<Document> docs = this.db.getCollection("docs");
		docs.insertOne(sample("by-driver", 1));

		assertThat(this.inserts.insertNew("docs", List.of(sample("in-process", 1)))).contains(Set.of());

		Document byDriver = docs.find(Filters.eq("_id", "by-driver")).first();
		Document inProcess = docs.find(Filters.eq("_id", "in-process")).first();
		assertThat(inProcess).isNotNull();
		byDriver.remove("_id");
		inProcess.remove("_id");
		assertThat(inProcess).isEqualTo(byDriver);
		assertThat(inProcess.get("at")).isInstanceOf(Date.class);
		assertThat(inProcess.get("sequence")).isInstanceOf(Long.class);
		assertThat(inProcess.get("count")).isInstanceOf(Integer.class);
		// and queries by value find it
		assertThat(docs.countDocuments(Filters.and(Filters.eq("flag", false), Filters.gt("at", new Date(1_763_000_000_000L)))))
			.isEqualTo(2);
	}

	@Test
	void duplicatesOfAUniqueKeyAreRefusedOneByOneAndTheOthersStored() {
		MongoCollection<Document> docs = this.db.getCollection("docs");
		docs.createIndex(Indexes.ascending("count"), new IndexOptions().unique(true));
		docs.insertOne(sample("a", 1));

		Optional<Set<Integer>> duplicates = this.inserts.insertNew("docs",
				List.of(sample("a", 100), sample("b", 2), sample("b", 3), sample("c", 2), sample("d", 4)));

		// "a" is stored already, the second "b" repeats the first, "c" repeats b's unique count
		assertThat(duplicates).contains(Set.of(0, 2, 3));
		assertThat(docs.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>())).containsExactlyInAnyOrder("a",
				"b", "d");
		assertThat(docs.find(Filters.eq("_id", "a")).first().getInteger("count")).isEqualTo(1);
	}

	@Test
	void aCollectionThatDoesNotExistIsLeftToTheDriver() {
		assertThat(this.inserts.insertNew("missing", List.of(sample("x", 1)))).isEmpty();
		assertThat(this.db.listCollectionNames().into(new java.util.ArrayList<>())).doesNotContain("missing");
	}

	@Test
	void anInvalidDocumentIsRefusedWithTheStoresReason() {
		this.db.getCollection("docs").insertOne(sample("a", 1));
		assertThatThrownBy(() -> this.inserts.insertNew("docs", List.of(new Document("_id", List.of(1, 2)))))
			.isInstanceOf(RuntimeException.class);
		assertThat(this.db.getCollection("docs").countDocuments()).isEqualTo(1);
	}

}
