package org.tidtam.shared.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.h2.H2UniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend, with changes that make it several times faster:
 * <ul>
 * <li>the keys of unique indexes (the {@code _id} index of every collection among them) are ordered by
 * their values. The stock backend keeps them in H2's generic object type, which orders a key it does not
 * know by Java-serialising both sides of every comparison: each look-up by id cost some thirty
 * serialisations, most of the time of an insert, an update by id or a find by ids;</li>
 * <li>documents are written to the file as BSON (mongo-java-server's own encoder) instead of by Java
 * serialisation, which was most of the time of every commit;</li>
 * <li>index keys of strings, numbers, ids, booleans and times are written in a compact form of their own,
 * for the same reason ({@link KeyOrder});</li>
 * <li>a query by id with more conditions uses the id index, and a sorted query with a limit holds only as
 * many documents as it can return, not every match ({@link EmbeddedCollection}).</li>
 * </ul>
 * A file written by the stock backend is converted once, at the first start (its index maps re-sorted,
 * its documents re-written), and marked.
 */
public final class ValueOrderedH2Backend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(ValueOrderedH2Backend.class);

	/**
	 * A map of this store's own facts: {@code index-key-order = values} and {@code document-format = bson}
	 * once the file is in this backend's format.
	 */
	static final String FORMAT_MAP = "tidtam.store-format";

	static final String KEY_ORDER = "index-key-order";

	static final String VALUE_ORDER = "values";

	static final String DOCUMENT_FORMAT = "document-format";

	static final String BSON = "bson";

	private static final String DATA_MAP_PREFIX = "databases.";

	private static final String INDEX_MAP_MARK = "._index_";

	public ValueOrderedH2Backend(MVStore store) {
		super(prepared(store));
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	/**
	 * The store with its index maps opened in value order and its data maps in BSON, before the backend
	 * opens them (MVStore hands out the map already open, with its types); a file the stock backend wrote
	 * is converted first and marked, so that the conversion happens once.
	 */
	private static MVStore prepared(MVStore store) {
		MVMap<String, String> format = store.openMap(FORMAT_MAP);
		boolean sorted = VALUE_ORDER.equals(format.get(KEY_ORDER));
		boolean bson = BSON.equals(format.get(DOCUMENT_FORMAT));
		int resorted = 0;
		int rewritten = 0;
		for (String name : new ArrayList<>(store.getMapNames())) {
			if (name.contains(INDEX_MAP_MARK)) {
				resorted += openIndex(store, name, !sorted);
			}
			else if (name.startsWith(DATA_MAP_PREFIX)) {
				rewritten += openData(store, name, !bson);
			}
		}
		if (sorted && bson) {
			return store;
		}
		format.put(KEY_ORDER, VALUE_ORDER);
		format.put(DOCUMENT_FORMAT, BSON);
		if (store.getFileStore() != null) {
			store.commit();
		}
		if (resorted > 0 || rewritten > 0) {
			log.info("Embedded store converted once from the stock backend's format: {} index(es) re-sorted by value, "
					+ "the documents of {} collection(s) re-written as BSON", resorted, rewritten);
		}
		return store;
	}

	/** Opens an index map in value order; re-sorts it when asked and not empty (1 if it did). */
	private static int openIndex(MVStore store, String name, boolean resort) {
		MVMap<KeyValue, Object> index = openIndex(store, name);
		if (!resort || index.isEmpty()) {
			return 0;
		}
		// walking the pages needs no comparison; putting back sorts by value
		List<Map.Entry<KeyValue, Object>> entries = new ArrayList<>();
		index.entrySet().forEach(e -> entries.add(Map.entry(e.getKey(), e.getValue())));
		index.clear();
		entries.forEach(e -> index.put(e.getKey(), e.getValue()));
		return 1;
	}

	/** Opens a data map in BSON; when asked, re-writes it from the stock (Java serialisation) format first (1 if it did). */
	private static int openData(MVStore store, String name, boolean rewrite) {
		if (!rewrite) {
			openData(store, name);
			return 0;
		}
		MVMap<Object, Object> old = store.openMap(name);
		MVMap<Object, Document> copy = openData(store, name + ".bson-conversion");
		copy.clear();
		old.entrySet().forEach(e -> copy.put(e.getKey(), (Document) e.getValue()));
		store.removeMap(old);
		store.renameMap(copy, name);
		return 1;
	}

	static MVMap<Object, Document> openData(MVStore store, String name) {
		return store.openMap(name,
				new MVMap.Builder<Object, Document>().keyType(new ThreadSafeObjects()).valueType(new BsonDocuments()));
	}

	static MVMap<KeyValue, Object> openIndex(MVStore store, String name) {
		return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
	}

	/** The stock database, except that it opens its unique indexes in value order and its collections in BSON. */
	private static final class Database extends H2Database {

		private static final Field STORE;

		private static final Constructor<H2UniqueIndex> INDEX;

		static {
			// H2Database keeps its store private and H2UniqueIndex's constructor is package-private
			// (mongo-java-server 1.47.0); a later version that changes either fails here, at start
			try {
				STORE = H2Database.class.getDeclaredField("mvStore");
				STORE.setAccessible(true);
				INDEX = H2UniqueIndex.class.getDeclaredConstructor(MVMap.class, String.class, List.class, boolean.class);
				INDEX.setAccessible(true);
			}
			catch (ReflectiveOperationException e) {
				throw new ExceptionInInitializerError(e);
			}
		}

		Database(String databaseName, MVStore store, CursorRegistry cursors) {
			super(databaseName, store, cursors);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			MVStore store = store(this);
			String fullName = getFullCollectionNamespace(collectionName);
			return new EmbeddedCollection(this, collectionName, options, openData(store, DATA_MAP_PREFIX + fullName),
					store.openMap("meta." + fullName), this.cursorRegistry);
		}

		private static MVStore store(H2Database database) {
			try {
				return (MVStore) STORE.get(database);
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			try {
				MVStore store = store(this);
				MVMap<KeyValue, Object> map = openIndex(store,
						getFullCollectionNamespace(collectionName) + INDEX_MAP_MARK + indexName);
				@SuppressWarnings("unchecked")
				Index<Object> index = (Index<Object>) (Index<?>) INDEX.newInstance(map, indexName, keys, sparse);
				return index;
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException("Cannot open the index " + indexName + " of " + collectionName, e);
			}
		}

		/**
		 * The embedded server has no secondary (non-unique) indexes: it scans instead, which is fast enough
		 * at one office's size. The stock database says so with a warning per index at every start, which
		 * reads like a fault to whoever watches the log; the indexes serve a real MongoDB, so here they are
		 * noted at debug level only and left empty, as the stock database leaves them.
		 */
		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			log.debug("Secondary index {} of {} is used on a real MongoDB only; the embedded store scans", indexName,
					collectionName);
			return new EmptyIndex<>(indexName, keys);
		}

	}

	/**
	 * H2's generic object type, safe to share between threads: it remembers the type of the last value
	 * it saw in a field of its own, and H2 writes pages on a thread of its own while the store's threads
	 * search the same map, so a key of one type could be compared as another ("Can not compare"). Same
	 * order and file format as the stock type.
	 */
	static class ThreadSafeObjects extends ObjectDataType {

		@Override
		public synchronized int compare(Object a, Object b) {
			return super.compare(a, b);
		}

		@Override
		public synchronized int getMemory(Object obj) {
			return super.getMemory(obj);
		}

		@Override
		public synchronized void write(WriteBuffer buffer, Object obj) {
			super.write(buffer, obj);
		}

		@Override
		public synchronized Object read(ByteBuffer buffer) {
			return super.read(buffer);
		}

	}

	/**
	 * Index keys in value order: element by element, by kind (nothing, number, string, id, boolean, time,
	 * UUID, anything else) and then by value; ties that are not equal are broken by the serialised bytes
	 * (the stock order), so two keys are the same exactly when they were before.
	 * <p>
	 * Keys made of strings, numbers, ids, booleans, times and nulls are written in a compact form of their
	 * own ({@link #COMPACT_KEY}); any other key, and every key of a file written before, in the stock form
	 * (Java serialisation), which is read as before. Every commit rewrites the index pages it touched, and
	 * Java-serialising their keys was most of a commit's time.
	 */
	static final class KeyOrder extends ThreadSafeObjects {

		/** A tag H2's generic type never writes (its highest is 119). */
		static final int COMPACT_KEY = 0xC0;

		private static final int NULL = 0;

		private static final int STRING = 1;

		private static final int INT = 2;

		private static final int LONG = 3;

		private static final int DOUBLE = 4;

		private static final int TRUE = 5;

		private static final int FALSE = 6;

		private static final int OBJECT_ID = 7;

		private static final int INSTANT = 8;

		@Override
		public void write(WriteBuffer buffer, Object obj) {
			if (obj instanceof KeyValue key && compact(key)) {
				buffer.put((byte) COMPACT_KEY).putVarInt(key.size());
				for (Object value : key) {
					writeValue(buffer, value);
				}
				return;
			}
			super.write(buffer, obj);
		}

		@Override
		public Object read(ByteBuffer buffer) {
			if ((buffer.get(buffer.position()) & 0xff) != COMPACT_KEY) {
				return super.read(buffer);
			}
			buffer.get();
			int size = DataUtils.readVarInt(buffer);
			List<Object> values = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				values.add(readValue(buffer));
			}
			return new KeyValue(values);
		}

		private static boolean compact(KeyValue key) {
			for (Object value : key) {
				if (!(value == null || value instanceof String || value instanceof Integer || value instanceof Long
						|| value instanceof Double || value instanceof Boolean || value instanceof ObjectId
						|| value instanceof Instant)) {
					return false;
				}
			}
			return true;
		}

		private static void writeValue(WriteBuffer buffer, Object value) {
			if (value == null) {
				buffer.put((byte) NULL);
			}
			else if (value instanceof String text) {
				buffer.put((byte) STRING).putVarInt(text.length()).putStringData(text, text.length());
			}
			else if (value instanceof Integer number) {
				buffer.put((byte) INT).putInt(number);
			}
			else if (value instanceof Long number) {
				buffer.put((byte) LONG).putLong(number);
			}
			else if (value instanceof Double number) {
				buffer.put((byte) DOUBLE).putDouble(number);
			}
			else if (value instanceof Boolean flag) {
				buffer.put((byte) (flag ? TRUE : FALSE));
			}
			else if (value instanceof ObjectId id) {
				buffer.put((byte) OBJECT_ID).put(id.toByteArray());
			}
			else {
				Instant time = (Instant) value;
				buffer.put((byte) INSTANT).putLong(time.getEpochSecond()).putInt(time.getNano());
			}
		}

		private static Object readValue(ByteBuffer buffer) {
			int kind = buffer.get();
			return switch (kind) {
				case NULL -> null;
				case STRING -> DataUtils.readString(buffer);
				case INT -> buffer.getInt();
				case LONG -> buffer.getLong();
				case DOUBLE -> buffer.getDouble();
				case TRUE -> Boolean.TRUE;
				case FALSE -> Boolean.FALSE;
				case OBJECT_ID -> {
					byte[] id = new byte[12];
					buffer.get(id);
					yield new ObjectId(id);
				}
				case INSTANT -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
				default -> throw new IllegalStateException("Unknown value kind " + kind + " in an index key");
			};
		}

		@Override
		public int compare(Object a, Object b) {
			if (a == b) {
				return 0;
			}
			if (a instanceof KeyValue x && b instanceof KeyValue y) {
				int n = Math.min(x.size(), y.size());
				for (int i = 0; i < n; i++) {
					int c = compareValues(x.get(i), y.get(i));
					if (c != 0) {
						return c;
					}
				}
				int c = Integer.compare(x.size(), y.size());
				if (c != 0) {
					return c;
				}
				if (x.equals(y)) {
					return 0;
				}
			}
			return super.compare(a, b);
		}

		private int compareValues(Object a, Object b) {
			int ka = kind(a);
			int kb = kind(b);
			if (ka != kb) {
				return Integer.compare(ka, kb);
			}
			return switch (ka) {
				case 1 -> Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
				case 2 -> ((String) a).compareTo((String) b);
				case 3 -> ((ObjectId) a).compareTo((ObjectId) b);
				case 4 -> Boolean.compare((Boolean) a, (Boolean) b);
				case 5 -> ((Date) a).compareTo((Date) b);
				case 6 -> ((Instant) a).compareTo((Instant) b);
				case 7 -> ((UUID) a).compareTo((UUID) b);
				case 8 -> super.compare(a, b);
				default -> 0;
			};
		}

		private static int kind(Object v) {
			if (v == null || v instanceof Missing) {
				return 0;
			}
			if (v instanceof Number) {
				return 1;
			}
			if (v instanceof String) {
				return 2;
			}
			if (v instanceof ObjectId) {
				return 3;
			}
			if (v instanceof Boolean) {
				return 4;
			}
			if (v instanceof Date) {
				return 5;
			}
			if (v instanceof Instant) {
				return 6;
			}
			if (v instanceof UUID) {
				return 7;
			}
			return 8;
		}

	}

	/** Documents as BSON, through mongo-java-server's own encoder and decoder (the wire format). */
	static final class BsonDocuments extends BasicDataType<Document> {

		private static final int MAX_ENCODE_ATTEMPTS = 1000;

		@Override
		public int getMemory(Document document) {
			return estimate(document);
		}

		/**
		 * mongo-java-server updates a stored document in place (then puts it back), while H2 may be
		 * writing an older page that holds the same object on its own thread: an update that adds or
		 * removes a field meanwhile makes the encoder fail with a {@link ConcurrentModificationException},
		 * which would close the store. The encoding is then simply done again; the page with the
		 * updated document is written at the next commit in any case (the stock backend's Java
		 * serialisation had the same race and did not notice it).
		 */
		@Override
		public void write(WriteBuffer buffer, Document document) {
			ByteBuf bson = Unpooled.buffer(256);
			try {
				for (int attempt = 1;; attempt++) {
					try {
						BsonEncoder.encodeDocument(document, bson);
						break;
					}
					catch (ConcurrentModificationException e) {
						if (attempt == MAX_ENCODE_ATTEMPTS) {
							throw e;
						}
						bson.clear();
						// let the updating thread finish its few steps
						Thread.yield();
					}
				}
				buffer.putVarInt(bson.readableBytes());
				buffer.put(bson.nioBuffer());
			}
			finally {
				bson.release();
			}
		}

		@Override
		public Document read(ByteBuffer buffer) {
			int length = DataUtils.readVarInt(buffer);
			ByteBuffer bson = buffer.slice();
			bson.limit(length);
			buffer.position(buffer.position() + length);
			return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
		}

		@Override
		public Document[] createStorage(int size) {
			return new Document[size];
		}

		private static int estimate(Object value) {
			if (value instanceof Map<?, ?> map) {
				int bytes = 48;
				for (Map.Entry<?, ?> e : map.entrySet()) {
					bytes += 40 + 2 * String.valueOf(e.getKey()).length() + estimate(e.getValue());
				}
				return bytes;
			}
			if (value instanceof java.util.Collection<?> list) {
				int bytes = 32;
				for (Object item : list) {
					bytes += 8 + estimate(item);
				}
				return bytes;
			}
			if (value instanceof String text) {
				return 40 + 2 * text.length();
			}
			if (value instanceof byte[] bytes) {
				return 16 + bytes.length;
			}
			return 24;
		}

	}

}
