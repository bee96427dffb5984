package org.tidtam.line.simulator;

import java.security.SecureRandom;

/**
 * ULIDs as LINE uses for {@code webhookEventId}: 26 Crockford base-32 characters, 48 bits of
 * millisecond time then 80 random bits, so ids sort by event time.
 */
final class Ulid {

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ulid() {
	}

	static String of(long epochMillis) {
		char[] out = new char[26];
		long time = epochMillis;
		for (int i = 9; i >= 0; i--) {
			out[i] = CROCKFORD[(int) (time & 31)];
			time >>>= 5;
		}
		byte[] random = new byte[10];
		RANDOM.nextBytes(random);
		// 80 bits -> 16 characters of 5 bits
		long high = 0;
		for (int i = 0; i < 5; i++) {
			high = (high << 8) | (random[i] & 0xff);
		}
		long low = 0;
		for (int i = 5; i < 10; i++) {
			low = (low << 8) | (random[i] & 0xff);
		}
		for (int i = 17; i >= 10; i--) {
			out[i] = CROCKFORD[(int) (high & 31)];
			high >>>= 5;
		}
		for (int i = 25; i >= 18; i--) {
			out[i] = CROCKFORD[(int) (low & 31)];
			low >>>= 5;
		}
		return new String(out);
	}

}
