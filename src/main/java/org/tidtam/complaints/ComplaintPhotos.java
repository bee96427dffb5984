package org.tidtam.complaints;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The photos of complaints: officers' uploads in their own GridFS bucket, and the citizen's photos
 * that the LINE adapter already stored (bucket {@value #CHAT_BUCKET}, found by LINE message id).
 * Photos can be deleted (faces are personal data: the office decides).
 */
@Service
public class ComplaintPhotos {

	public static final String BUCKET = "complaint_photos";

	/** Where the LINE adapter keeps what people send (LineMediaStore.BUCKET): read here by name only. */
	static final String CHAT_BUCKET = "line_media";

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

	static final long MAX_BYTES = 10L * 1024 * 1024;

	public record Content(byte[] bytes, String contentType) {
	}

	private final MongoTemplate mongo;

	ComplaintPhotos(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores an officer's photo; refuses what is not an image or too large. Returns the file id. */
	public String store(String complaintId, String fileName, String contentType, byte[] bytes) {
		if (contentType == null || !TYPES.contains(contentType) || !looksLikeImage(bytes)) {
			throw new ComplaintException("complaints.error.photo-type");
		}
		if (bytes.length > MAX_BYTES) {
			throw new ComplaintException("complaints.error.photo-size");
		}
		Document metadata = new Document("complaintId", complaintId).append("contentType", contentType);
		ObjectId id = bucket(BUCKET).uploadFromStream(fileName == null ? "photo" : fileName, new ByteArrayInputStream(bytes),
				new GridFSUploadOptions().metadata(metadata));
		return id.toHexString();
	}

	/** The content of a photo of the complaint, wherever it came from. */
	public Optional<Content> content(Complaint.Photo photo) {
		GridFSFile file = null;
		GridFSBucket bucket;
		if (photo.fileId() != null && ObjectId.isValid(photo.fileId())) {
			bucket = bucket(BUCKET);
			file = bucket.find(Filters.eq("_id", new ObjectId(photo.fileId()))).first();
		}
		else {
			bucket = bucket(CHAT_BUCKET);
			if (photo.lineMessageId() != null) {
				file = bucket.find(Filters.eq("metadata.messageId", photo.lineMessageId())).first();
			}
		}
		if (file == null) {
			return Optional.empty();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		bucket.downloadToStream(file.getObjectId(), out);
		String type = file.getMetadata() == null ? null : file.getMetadata().getString("contentType");
		return Optional.of(new Content(out.toByteArray(), type == null ? "application/octet-stream" : type));
	}

	private static boolean looksLikeImage(byte[] b) {
		if (b.length < 4) {
			return false;
		}
		boolean jpeg = (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
		boolean png = (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
		boolean gif = b[0] == 'G' && b[1] == 'I' && b[2] == 'F';
		boolean webp = b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[8] == 'W' && b[9] == 'E';
		return jpeg || png || gif || webp;
	}

	/** Deletes a photo's file, from the officers' bucket or the chat's (PDPA: a face, a house number). */
	public void delete(Complaint.Photo photo) {
		if (photo.fileId() != null && ObjectId.isValid(photo.fileId())) {
			GridFSBucket bucket = bucket(BUCKET);
			GridFSFile file = bucket.find(Filters.eq("_id", new ObjectId(photo.fileId()))).first();
			if (file != null) {
				bucket.delete(file.getObjectId());
			}
		}
		else if (photo.lineMessageId() != null) {
			GridFSBucket bucket = bucket(CHAT_BUCKET);
			for (GridFSFile file : bucket.find(Filters.eq("metadata.messageId", photo.lineMessageId()))) {
				bucket.delete(file.getObjectId());
			}
		}
	}

	private GridFSBucket bucket(String name) {
		return GridFSBuckets.create(this.mongo.getDb(), name);
	}

}
