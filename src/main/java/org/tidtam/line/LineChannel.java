package org.tidtam.line;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The channel the app talks to: the real LINE channel, or, with none configured, the simulator's fake
 * LINE platform inside this app (a secret and token made up at start, endpoints on this app's own
 * port, known only once the web server runs). {@link #toString()} never shows the secret or token.
 */
public final class LineChannel {

	/** Path of the fake LINE API host inside the app (simulator mode). */
	public static final String SIMULATED_API_PATH = "/simulator/line-api";

	/** Path of the fake LINE data (blob) host inside the app (simulator mode). */
	public static final String SIMULATED_DATA_PATH = "/simulator/line-data";

	private final String channelSecret;

	private final String channelToken;

	private final Supplier<URI> apiEndPoint;

	private final Supplier<URI> blobEndPoint;

	private final String webhookPath;

	private final boolean simulated;

	private LineChannel(String channelSecret, String channelToken, Supplier<URI> apiEndPoint,
			Supplier<URI> blobEndPoint, String webhookPath, boolean simulated) {
		this.channelSecret = channelSecret;
		this.channelToken = channelToken;
		this.apiEndPoint = apiEndPoint;
		this.blobEndPoint = blobEndPoint;
		this.webhookPath = webhookPath;
		this.simulated = simulated;
	}

	public static LineChannel real(LineProperties properties) {
		return new LineChannel(properties.channelSecret(), properties.channelToken(), properties::apiEndPoint,
				properties::blobEndPoint, properties.handler().path(), false);
	}

	/**
	 * The simulator's channel: a random secret and token for this run, endpoints on this app's port
	 * (asked for when first needed).
	 */
	public static LineChannel simulated(LineProperties properties, Supplier<Integer> localPort) {
		SecureRandom random = new SecureRandom();
		byte[] secret = new byte[16];
		byte[] token = new byte[24];
		random.nextBytes(secret);
		random.nextBytes(token);
		// trailing slash: the LINE SDK (Retrofit) refuses a base URL with a path that does not end in "/";
		// its request paths are absolute, so requests arrive as /v2/bot/... (the simulator serves both)
		return new LineChannel(HexFormat.of().formatHex(secret), "sim-" + HexFormat.of().formatHex(token),
				() -> URI.create("http://127.0.0.1:" + localPort.get() + SIMULATED_API_PATH + "/"),
				() -> URI.create("http://127.0.0.1:" + localPort.get() + SIMULATED_DATA_PATH + "/"),
				properties.handler().path(), true);
	}

	/** For tests: a channel with known secrets and endpoints (e.g. a fake LINE platform on another port). */
	public static LineChannel of(String secret, String token, URI api, URI blob, String webhookPath) {
		return new LineChannel(secret, token, () -> api, () -> blob, webhookPath, false);
	}

	public String channelSecret() {
		return this.channelSecret;
	}

	public String channelToken() {
		return this.channelToken;
	}

	public URI apiEndPoint() {
		return this.apiEndPoint.get();
	}

	public URI blobEndPoint() {
		return this.blobEndPoint.get();
	}

	public String webhookPath() {
		return this.webhookPath;
	}

	public boolean simulated() {
		return this.simulated;
	}

	@Override
	public String toString() {
		return "LineChannel[" + (this.simulated ? "simulated" : "LINE") + ", webhook " + this.webhookPath + "]";
	}

}
