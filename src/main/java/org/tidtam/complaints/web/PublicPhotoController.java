package org.tidtam.complaints.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintPhotos;
import org.tidtam.shared.LinkSigner;

/**
 * An officer's photo of a case, for LINE to show the citizen (LINE fetches images from an HTTPS URL
 * with no login): served only with a valid signature of the file id, and only images.
 */
@Controller
class PublicPhotoController {

	static final String PATH = "/media/complaint-photos/";

	private final ComplaintPhotos photos;

	private final LinkSigner signer;

	PublicPhotoController(ComplaintPhotos photos, LinkSigner signer) {
		this.photos = photos;
		this.signer = signer;
	}

	@GetMapping(PATH + "{fileId}")
	ResponseEntity<byte[]> photo(@PathVariable String fileId, @RequestParam(name = "s", required = false) String signature) {
		if (!this.signer.verify(fileId, signature)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ComplaintPhotos.Content content = this.photos.content(new Complaint.Photo(null, fileId, null, null))
			.filter(c -> c.contentType().equals("image/jpeg") || c.contentType().equals("image/png"))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "private, max-age=86400")
			.body(content.bytes());
	}

}
