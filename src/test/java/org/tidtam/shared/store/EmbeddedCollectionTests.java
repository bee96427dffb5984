package org.tidtam.shared.store;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's collection answers exactly as mongo-java-server's stock collection: queries by id
 * with more conditions (found by the id index, then matched), and sorted queries with a limit (which hold
 * only the documents they can return), ties and missing fields included.
 */
class EmbeddedCollectionTests {

	final List<MongoServer> servers = new ArrayList<>();

	final List<MongoClient> clients = new ArrayList<>();

	MongoCollection<Document> ours;

	MongoCollection<Document> stock;

	@BeforeEach
	void start() {
		this.ours = collection(new ValueOrderedH2Backend(MVStore.open(null)));
		this.stock = collection(new H2Backend(MVStore.open(null)));
		Random random = new Random(42);
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			Document d = new Document("_id", "e" + (1000 + random.nextInt(9000)) + "-" + i)
				.append("n", random.nextInt(12))
				.append("at", new Date(1_700_000_000_000L + random.nextInt(50) * 1000L))
				.append("payload", "ข้อความ " + i);
			if (random.nextInt(5) > 0) {
				d.append("chat", "user:U" + random.nextInt(6));
			}
			documents.add(d);
		}
		this.ours.insertMany(documents);
		this.stock.insertMany(documents);
	}

	private MongoCollection<Document> collection(H2Backend backend) {
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		this.servers.add(server);
		MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.clients.add(client);
		return client.getDatabase("t").getCollection("c");
	}

	@AfterEach
	void stop() {
		this.clients.forEach(MongoClient::close);
		this.servers.forEach(MongoServer::shutdownNow);
	}

	@Test
	void sortedQueriesWithALimitAnswerAsTheStockSortDoes() {
		List<Query> queries = List.of(new Query(Filters.empty(), Sorts.ascending("n"), 0, 10, null),
				new Query(Filters.empty(), Sorts.orderBy(Sorts.descending("n"), Sorts.ascending("chat")), 5, 20, null),
				new Query(Filters.empty(), Sorts.ascending("chat"), 0, 50, null),
				new Query(Filters.gte("n", 5), Sorts.descending("at"), 0, 7, Projections.include("n", "at")),
				new Query(Filters.in("chat", "user:U1", "user:U2"),
						Sorts.orderBy(Sorts.ascending("at"), Sorts.ascending("n")), 3, 500, null),
				new Query(Filters.eq("n", 3), Sorts.ascending("n"), 0, 1000, Projections.include("_id")),
				new Query(Filters.eq("n", 99), Sorts.ascending("at"), 0, 5, null));
		for (Query query : queries) {
			assertThat(query.run(this.ours)).as(query.toString()).isEqualTo(query.run(this.stock));
		}
		assertThat(new Query(Filters.empty(), Sorts.ascending("n"), 0, 10, null).run(this.ours)).hasSize(10);
	}

	@Test
	void queriesByIdWithMoreConditionsAnswerAsTheStockScanDoes() {
		Document some = this.stock.find().skip(17).first();
		Object id = some.get("_id");
		int n = some.getInteger("n");
		// flat, as Spring Data writes them, and under $and, as the driver's Filters.and does
		List<Bson> filters = List.of(new Document("_id", id).append("n", n), new Document("_id", id).append("n", n + 1),
				new Document("_id", id).append("$or", List.of(new Document("n", -1), new Document("n", n))),
				new Document("_id", id).append("$or", List.of(new Document("n", -1), new Document("n", n + 1))),
				Filters.and(Filters.eq("_id", id), Filters.eq("n", n)),
				Filters.and(Filters.eq("_id", id), Filters.gt("n", n)),
				new Document("_id", "no such id").append("n", n),
				new Document("_id", new Document("$in", List.of(id, "e0"))).append("n", n),
				Filters.and(Filters.eq("_id", id)));
		for (Bson filter : filters) {
			assertThat(this.ours.find(filter).into(new ArrayList<>())).as(filter.toString())
				.isEqualTo(this.stock.find(filter).into(new ArrayList<>()));
		}
		assertThat(this.ours.find(filters.get(0)).into(new ArrayList<>())).containsExactly(some);
		assertThat(this.ours.find(filters.get(1)).into(new ArrayList<>())).isEmpty();
		// a claim: find-and-modify by id and state takes the document once
		Bson claim = new Document("_id", id).append("n", n);
		for (MongoCollection<Document> c : List.of(this.ours, this.stock)) {
			assertThat(c.findOneAndUpdate(claim, com.mongodb.client.model.Updates.set("n", -1))).isEqualTo(some);
			assertThat(c.findOneAndUpdate(claim, com.mongodb.client.model.Updates.set("n", -1))).isNull();
		}
	}

	@Test
	void theFirstInOrderAreThoseOfAStableSortOfEverything() {
		List<de.bwaldvogel.mongo.bson.Document> documents = IntStream.range(0, 10_000)
			.mapToObj(i -> new de.bwaldvogel.mongo.bson.Document("k", i % 7).append("i", i))
			.toList();
		Comparator<de.bwaldvogel.mongo.bson.Document> byK = Comparator.comparingInt(d -> (Integer) d.get("k"));
		List<de.bwaldvogel.mongo.bson.Document> first = EmbeddedCollection.firstInOrder(documents.stream(), byK, 25);
		// a stable sort of everything, then the first 25: all with k = 0, in the order they came
		assertThat(first).isEqualTo(documents.stream().sorted(byK).limit(25).toList());
		assertThat(first).extracting(d -> d.get("i")).startsWith(0, 7, 14, 21);
		assertThat(EmbeddedCollection.firstInOrder(documents.stream().limit(3), byK, 25)).hasSize(3);
	}

	record Query(Bson filter, Bson sort, int skip, int limit, Bson projection) {

		List<Document> run(MongoCollection<Document> collection) {
			FindIterable<Document> find = collection.find(this.filter).sort(this.sort).skip(this.skip).limit(this.limit);
			if (this.projection != null) {
				find = find.projection(this.projection);
			}
			return find.into(new ArrayList<>());
		}

	}

}
