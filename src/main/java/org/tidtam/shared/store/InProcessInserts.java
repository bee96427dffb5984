package org.tidtam.shared.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.MongoClientSettings;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;

/**
 * Inserts into the embedded store by a call in this JVM instead of a round trip over the MongoDB wire
 * protocol on loopback: the webhook's inbox writes, where that round trip (the driver's encoding, two
 * socket hops, the embedded server's threads and decoding) was most of the cost of an acknowledgement.
 * The documents are encoded by the driver's codec and decoded by the server's, exactly as over the wire,
 * and go through the collection's own insert, so its unique indexes refuse duplicates as they would for
 * the driver. Only in embedded mode: with a real MongoDB the driver is the only way in.
 */
public final class InProcessInserts {

	/** MongoDB's code for a duplicate key. */
	public static final int DUPLICATE_KEY = 11000;

	private final AbstractMongoBackend backend;

	private final String database;

	private final Codec<org.bson.Document> codec = MongoClientSettings.getDefaultCodecRegistry()
		.get(org.bson.Document.class);

	public InProcessInserts(AbstractMongoBackend backend, String database) {
		this.backend = backend;
		this.database = database;
	}

	/**
	 * Inserts every document that does not repeat a stored unique key (in one call, unordered: one
	 * duplicate does not stop the others) and returns the positions of those that did; empty when the
	 * collection does not exist yet, so that the caller goes through the driver, which creates it.
	 * Any other refusal is thrown.
	 */
	public Optional<Set<Integer>> insertNew(String collection, List<org.bson.Document> documents) {
		MongoCollection<?> target = this.backend.resolveDatabase(this.database).resolveCollection(collection, false);
		if (target == null) {
			return Optional.empty();
		}
		List<Document> decoded = new ArrayList<>(documents.size());
		for (org.bson.Document document : documents) {
			RawBsonDocument raw = new RawBsonDocument(document, this.codec);
			decoded.add(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(raw.getByteBuffer().asNIO())));
		}
		Set<Integer> duplicates = new HashSet<>();
		for (Document error : target.insertDocuments(decoded, false)) {
			Object code = error.get("code");
			if (!(code instanceof Number n) || n.intValue() != DUPLICATE_KEY) {
				throw new IllegalStateException("Insert into " + collection + " refused: " + error.get("errmsg"));
			}
			duplicates.add(((Number) error.get("index")).intValue());
		}
		return Optional.of(duplicates);
	}

}
