package org.tidtam.complaints.integrity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a reporter's LINE user id with AES-256-GCM (random 96-bit nonce, stored with the ciphertext),
 * and derives a keyed lookup hash so a reporter can find their own report without anything readable
 * in the database. The key comes from configuration ({@code tidtam.integrity.key}) and is never stored.
 */
@Component
public class IntegritySeal {

	private static final int NONCE = 12;

	private final SecretKeySpec key;

	private final SecretKeySpec lookupKey;

	private final SecureRandom random = new SecureRandom();

	/** The key shipped in application.yml for the simulator: never for a real LINE channel. */
	static final String DEVELOPMENT_KEY = "hOkCNwhC/74xx+Bf7w6/45XJt9nMSJ++nVVxITAuYOw=";

	public IntegritySeal(@Value("${tidtam.integrity.key}") String base64Key) {
		this(base64Key, "", "");
	}

	/**
	 * Refuses the development key when the bot talks to the real LINE platform (a channel token and LINE's
	 * own API host): its reports would be sealed with a key anyone can read in the source. Against the
	 * simulator or a fake LINE API the development key is allowed, with a warning when a token is set.
	 */
	@Autowired
	public IntegritySeal(@Value("${tidtam.integrity.key}") String base64Key,
			@Value("${line.bot.channel-token:}") String channelToken,
			@Value("${line.bot.api-end-point:https://api.line.me}") String apiEndPoint) {
		if (!channelToken.isBlank() && DEVELOPMENT_KEY.equals(base64Key.strip())) {
			if (realLine(apiEndPoint)) {
				throw new IllegalStateException("A real LINE channel is configured but tidtam.integrity.key is the "
						+ "development key from application.yml: set TIDTAM_INTEGRITY_KEY (openssl rand -base64 32) "
						+ "so that corruption reporters' LINE ids are sealed with a key of your own");
			}
			LoggerFactory.getLogger(IntegritySeal.class)
				.warn("Corruption reporters' LINE ids are sealed with the development key (fine against a fake LINE "
						+ "API, never for a real channel): set TIDTAM_INTEGRITY_KEY (openssl rand -base64 32)");
		}
		byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("tidtam.integrity.key must be 32 bytes in base64");
		}
		this.key = new SecretKeySpec(bytes, "AES");
		this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, "HmacSHA256"), "lookup"), "HmacSHA256");
	}

	/** LINE's own API host ({@code api.line.me}), as opposed to the simulator or a fake LINE platform. */
	private static boolean realLine(String apiEndPoint) {
		String host = URI.create(apiEndPoint.strip()).getHost();
		return host != null && host.toLowerCase(Locale.ROOT).endsWith(".line.me");
	}

	public String seal(String plain) {
		try {
			byte[] nonce = new byte[NONCE];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE);
			System.arraycopy(sealed, 0, out, NONCE, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Sealing failed", e);
		}
	}

	public String open(String sealed) {
		try {
			byte[] in = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, in, 0, NONCE));
			return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Opening failed (wrong key?)");
		}
	}

	/** A keyed hash of the user id: equal ids give equal hashes, but the hash reveals nothing without the key. */
	public String lookup(String userId) {
		return HexFormat.of().formatHex(hmac(this.lookupKey, userId));
	}

	private static byte[] hmac(SecretKeySpec key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
