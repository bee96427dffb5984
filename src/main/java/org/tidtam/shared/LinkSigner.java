package org.tidtam.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs links that must work without a login, such as the photo LINE fetches to show a citizen the
 * after-photo of their case: the link carries an HMAC of what it points to, so it cannot be guessed or
 * changed. Key from {@code tidtam.media.link-secret}; without one, a random key per start (links then
 * work until the next restart, which is enough for LINE, which fetches at once and caches).
 */
@Component
public class LinkSigner {

	private final byte[] key;

	public LinkSigner(@Value("${tidtam.media.link-secret:}") String secret) {
		if (secret == null || secret.isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A URL-safe signature of {@code value}. */
	public String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] full = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 18));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether {@code signature} is this signer's for {@code value} (constant time). */
	public boolean verify(String value, String signature) {
		return signature != null && MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}

}
