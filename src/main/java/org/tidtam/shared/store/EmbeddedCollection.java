package org.tidtam.shared.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store that answers two kinds of query with far less work than
 * mongo-java-server's stock collection:
 * <ul>
 * <li><b>by id, with more conditions</b> ({@code {_id: x, state: ...}}, as in a claim by find-and-modify):
 * the stock collection uses an index only when the query names exactly its keys, so such a query read
 * every document of the collection. Here the document is found by the {@code _id} index and the whole
 * query is then matched against it, which gives the same answer;</li>
 * <li><b>sorted, with a limit</b>: the stock collection sorts every matching document before it applies
 * the limit (and the projection after that), so a query for the first 500 of a hundred thousand matches
 * held a hundred thousand whole documents on the heap at once; with {@code -Xmx256m} a large backlog of
 * inbox events made the inbox scan run out of memory. Here a heap of {@code skip + limit} documents is
 * kept while the matches stream past. Ties keep the order in which the documents were met, as the stock
 * (stable) sort does, so answers are the same.</li>
 * </ul>
 */
final class EmbeddedCollection extends H2Collection {

	/** Above this many, the stock sort (a heap of that size would save little). */
	static final int MAX_KEPT = 10_000;

	EmbeddedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
		super(database, collectionName, options, dataMap, metaMap, cursors);
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		Object id = idEquality(query);
		if (id != null) {
			Document byId = new Document(getIdField(), id);
			for (Index<Object> index : getIndexes()) {
				if (index.canHandle(byId)) {
					return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
							fieldSelector);
				}
			}
		}
		return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
	}

	/**
	 * The value the query requires the id to equal, at its top level or in a top-level {@code $and} (the
	 * driver's {@code Filters.and} writes one), or null.
	 */
	private Object idEquality(Document query) {
		Object id = query.get(getIdField());
		if (isPlainValue(id)) {
			return id;
		}
		if (id == null && query.get("$and") instanceof List<?> all) {
			for (Object part : all) {
				if (part instanceof Document condition && isPlainValue(condition.get(getIdField()))) {
					return condition.get(getIdField());
				}
			}
		}
		return null;
	}

	/**
	 * An id the index finds exactly as the query matches it: a string, an object id or a UUID (not an
	 * operator, a pattern or an array; not a number or a time, which the query would also match in another
	 * numeric or time type).
	 */
	private static boolean isPlainValue(Object value) {
		return value instanceof String || value instanceof ObjectId || value instanceof UUID;
	}

	@Override
	protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int numberToSkip,
			int limit, int batchSize, Comparator<Document> order, Document fieldSelector) {
		long kept = (long) Math.max(numberToSkip, 0) + limit;
		if (order == null || limit <= 0 || kept > MAX_KEPT) {
			return super.matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, order,
					fieldSelector);
		}
		List<Document> first = firstInOrder(documents.filter(document -> documentMatchesQuery(document, query)), order,
				(int) kept);
		// the rest as the stock collection does it: skip, limit, projection; every document left matches
		return super.matchDocumentsFromStream(new Document(), first.stream(), numberToSkip, limit, batchSize, null,
				fieldSelector);
	}

	/** The first {@code count} documents in {@code order}, ties in the order met, holding no more than that. */
	static List<Document> firstInOrder(Stream<Document> documents, Comparator<Document> order, int count) {
		Comparator<Ranked> ranking = Comparator.comparing(Ranked::document, order).thenComparingLong(Ranked::met);
		PriorityQueue<Ranked> worstFirst = new PriorityQueue<>(count + 1, ranking.reversed());
		long[] met = { 0 };
		documents.forEachOrdered(document -> {
			worstFirst.add(new Ranked(document, met[0]++));
			if (worstFirst.size() > count) {
				worstFirst.poll();
			}
		});
		List<Ranked> ranked = new ArrayList<>(worstFirst);
		ranked.sort(ranking);
		return ranked.stream().map(Ranked::document).toList();
	}

	private record Ranked(Document document, long met) {
	}

}
