package org.tidtam.line.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.UserInput;
import org.tidtam.line.LineClients;
import org.tidtam.progress.Evidence;
import org.tidtam.progress.EvidenceFiles;

/**
 * Downloads what people send (photos, files) from LINE's content API at once, because LINE deletes
 * content after an undisclosed time, and keeps it in GridFS with its type, size, sender and SHA-256.
 */
@Service
public class LineMediaStore implements EvidenceFiles {

	public static final String BUCKET = "line_media";

	public enum Outcome {

		STORED, TOO_LARGE, NOT_ACCEPTED, EXPIRED

	}

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final LineClients clients;

	private final MongoTemplate mongo;

	private final MessageSource messages;

	private final long maxBytes;

	private final Set<String> acceptedTypes;

	private volatile GridFSBucket bucket;

	public LineMediaStore(LineClients clients, MongoTemplate mongo, MessageSource messages,
			@Value("${tidtam.media.max-bytes:10485760}") long maxBytes,
			@Value("${tidtam.media.accepted-types:image/jpeg,image/png,image/gif,image/webp,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-powerpoint,application/vnd.openxmlformats-officedocument.presentationml.presentation,video/mp4,audio/m4a,audio/x-m4a,audio/mp4}") Set<String> acceptedTypes) {
		this.clients = clients;
		this.mongo = mongo;
		this.messages = messages;
		this.maxBytes = maxBytes;
		this.acceptedTypes = acceptedTypes;
	}

	/**
	 * Fetches and stores one message's content (once: a second call for the same message is a no-op).
	 * {@code slow} runs before the download so the person sees LINE's loading animation.
	 */
	public Outcome download(UserInput.Media media, ChatRef chat, String eventId, Runnable slow) {
		if (bucket().find(Filters.eq("metadata.messageId", media.messageId())).first() != null) {
			return Outcome.STORED;
		}
		if (media.size() != null && media.size() > this.maxBytes) {
			return Outcome.TOO_LARGE;
		}
		if (chat.oneToOne()) {
			slow.run();
		}
		if (media.kind() == UserInput.MediaKind.VIDEO || media.kind() == UserInput.MediaKind.AUDIO) {
			Outcome preparing = transcoding(media.messageId());
			if (preparing != null) {
				return preparing;
			}
		}
		Result<BlobContent> result;
		try {
			result = this.clients.blob().getMessageContent(media.messageId()).get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof AbstractLineClientException line
					&& (line.getCode() == 404 || line.getCode() == 410)) {
				return Outcome.EXPIRED;
			}
			throw new IllegalStateException("Content download failed: " + e.getCause(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("Content download timed out", e);
		}
		BlobContent content = result.body();
		String type = content == null || content.mimeType() == null ? null
				: content.mimeType().split(";")[0].trim().toLowerCase(Locale.ROOT);
		byte[] bytes;
		// the body is closed on every path, read or not: an open one holds its connection
		try (InputStream in = content == null ? InputStream.nullInputStream() : content.byteStream()) {
			if (type == null) {
				// 202: LINE is still preparing a large video or audio; the inbox retries the event later
				throw new IllegalStateException("Content " + media.messageId() + " is not ready yet");
			}
			String named = GENERIC_TYPES.contains(type) ? typeByName(media) : null;
			if (!this.acceptedTypes.contains(named != null ? named : type)) {
				return Outcome.NOT_ACCEPTED;
			}
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (named != null) {
				// LINE served a generic type: the file's name says what it is, and its first bytes must agree
				if (!startsLike(named, bytes)) {
					return Outcome.NOT_ACCEPTED;
				}
				type = named;
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Content download broke off: " + e.getMessage(), e);
		}
		if (bytes.length > this.maxBytes) {
			return Outcome.TOO_LARGE;
		}
		Document metadata = new Document("messageId", media.messageId()).append("contentType", type)
			.append("size", bytes.length)
			.append("sha256", sha256(bytes))
			.append("kind", media.kind().name())
			.append("chatKey", chat.key())
			.append("userId", chat.userId())
			.append("eventId", eventId)
			.append("personalData", chat.oneToOne())
			.append("withdrawn", false);
		String name = media.fileName() != null ? media.fileName() : media.messageId();
		bucket().uploadFromStream(name, new ByteArrayInputStream(bytes), new GridFSUploadOptions().metadata(metadata));
		return Outcome.STORED;
	}

	/** Types LINE may serve for a file it did not recognise, where the file's own name says more. */
	private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream",
			"application/zip", "application/x-zip-compressed", "application/x-ole-storage", "application/x-tika-ooxml",
			"application/x-tika-msoffice");

	/** The type a file message's name stands for, among the documents and photos people send as evidence. */
	private static final Map<String, String> TYPE_BY_EXTENSION = Map.ofEntries(
			Map.entry("pdf", "application/pdf"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("png", "image/png"), Map.entry("doc", "application/msword"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("ppt", "application/vnd.ms-powerpoint"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

	private static String typeByName(UserInput.Media media) {
		String name = media.fileName();
		if (media.kind() != UserInput.MediaKind.FILE || name == null || name.lastIndexOf('.') < 0) {
			return null;
		}
		return TYPE_BY_EXTENSION.get(name.substring(name.lastIndexOf('.') + 1).strip().toLowerCase(Locale.ROOT));
	}

	/** Whether the bytes begin as a file of {@code type} does (a renamed program is not a PDF). */
	static boolean startsLike(String type, byte[] bytes) {
		byte[] magic = switch (type) {
			case "application/pdf" -> new byte[] { '%', 'P', 'D', 'F', '-' };
			case "image/jpeg" -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
			case "image/png" -> new byte[] { (byte) 0x89, 'P', 'N', 'G' };
			case "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint" -> new byte[] {
					(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
			default -> new byte[] { 'P', 'K', 3, 4 }; // the Office Open XML formats are zip files
		};
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

	/** What was stored for one LINE message, as progress evidence; nothing if not stored or taken back. */
	@Override
	public Optional<Evidence> stored(String lineMessageId) {
		GridFSFile file = bucket().find(Filters.eq("metadata.messageId", lineMessageId)).first();
		if (file == null || file.getMetadata() == null || Boolean.TRUE.equals(file.getMetadata().getBoolean("withdrawn"))) {
			return Optional.empty();
		}
		Document m = file.getMetadata();
		return Optional.of(new Evidence(file.getObjectId().toHexString(), file.getFilename(), m.getString("contentType"),
				file.getLength(), m.getString("sha256"), lineMessageId, null));
	}

	@Override
	public Optional<Content> open(String fileId) {
		if (!org.bson.types.ObjectId.isValid(fileId)) {
			return Optional.empty();
		}
		org.bson.types.ObjectId id = new org.bson.types.ObjectId(fileId);
		GridFSFile file = bucket().find(Filters.eq("_id", id)).first();
		if (file == null) {
			return Optional.empty();
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		bucket().downloadToStream(id, out);
		String type = file.getMetadata() == null ? null : file.getMetadata().getString("contentType");
		return Optional.of(new Content(file.getFilename(), type, out.toByteArray()));
	}

	@Override
	public Optional<Evidence> store(String fileName, String contentType, byte[] bytes, String uploadedBy) {
		String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
		if (bytes.length == 0 || bytes.length > this.maxBytes || !this.acceptedTypes.contains(type)) {
			return Optional.empty();
		}
		String sha = sha256(bytes);
		Document metadata = new Document("contentType", type).append("size", bytes.length)
			.append("sha256", sha)
			.append("uploadedBy", uploadedBy)
			.append("source", "web")
			.append("personalData", false)
			.append("withdrawn", false);
		String name = fileName == null || fileName.isBlank() ? "evidence" : fileName;
		org.bson.types.ObjectId id = bucket().uploadFromStream(name, new ByteArrayInputStream(bytes),
				new GridFSUploadOptions().metadata(metadata));
		return Optional.of(new Evidence(id.toHexString(), name, type, bytes.length, sha, null, null));
	}

	/**
	 * LINE prepares videos and audio after they are sent (the content answers 202 until then): asks
	 * whether it is ready. Still preparing throws, so the inbox tries the event again after its
	 * back-off; null means go ahead.
	 */
	private Outcome transcoding(String messageId) {
		try {
			var status = this.clients.blob().getMessageContentTranscodingByMessageId(messageId).get(30, TimeUnit.SECONDS).body();
			if (status == null || status.status() == null) {
				return null;
			}
			return switch (status.status()) {
				case SUCCEEDED -> null;
				case FAILED -> Outcome.NOT_ACCEPTED;
				default -> throw new IllegalStateException("Content " + messageId + " is still being prepared by LINE");
			};
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof AbstractLineClientException line && (line.getCode() == 404 || line.getCode() == 410)) {
				return Outcome.EXPIRED;
			}
			throw new IllegalStateException("Transcoding status failed: " + e.getCause(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("Transcoding status timed out", e);
		}
	}

	/** LINE's unsend: the sender took the message back, so the file is marked withdrawn (kept for audit). */
	public void withdraw(String messageId) {
		this.mongo.getCollection(BUCKET + ".files")
			.updateMany(Filters.eq("metadata.messageId", messageId), Updates.set("metadata.withdrawn", true));
	}

	/** A Thai sentence telling the person why their file was not kept. */
	public String explain(Outcome outcome) {
		return switch (outcome) {
			case TOO_LARGE -> this.messages.getMessage("chat.media.too-large", new Object[] { this.maxBytes / (1024 * 1024) },
					THAI);
			case NOT_ACCEPTED -> this.messages.getMessage("chat.media.not-accepted", null, THAI);
			case EXPIRED -> this.messages.getMessage("chat.media.unavailable", null, THAI);
			case STORED -> "";
		};
	}

	private GridFSBucket bucket() {
		GridFSBucket b = this.bucket;
		if (b == null) {
			b = GridFSBuckets.create(this.mongo.getDb(), BUCKET);
			this.bucket = b;
		}
		return b;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
