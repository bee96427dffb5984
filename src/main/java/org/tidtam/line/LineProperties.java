package org.tidtam.line;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LINE channel, by LINE's usual property names ({@code line.bot.*}; environment variables
 * {@code LINE_CHANNEL_SECRET}, {@code LINE_CHANNEL_TOKEN} …). With no secret and no token the app
 * runs the LINE simulator instead of talking to LINE. {@link #toString()} never shows the secrets.
 */
@ConfigurationProperties("line.bot")
public record LineProperties(String channelSecret, String channelToken,
		@DefaultValue("https://api.line.me") URI apiEndPoint, @DefaultValue("https://api-data.line.me") URI blobEndPoint,
		@DefaultValue Handler handler) {

	public record Handler(@DefaultValue("/callback") String path) {
	}

	/** True when no real channel is configured: the simulator and its fake LINE platform take its place. */
	public boolean simulated() {
		return isBlank(this.channelSecret) && isBlank(this.channelToken);
	}

	public boolean configured() {
		return !isBlank(this.channelSecret) && !isBlank(this.channelToken);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	@Override
	public String toString() {
		return "LineProperties[channelSecret=" + mask(this.channelSecret) + ", channelToken=" + mask(this.channelToken)
				+ ", apiEndPoint=" + this.apiEndPoint + ", blobEndPoint=" + this.blobEndPoint + ", handler="
				+ this.handler + "]";
	}

	private static String mask(String secret) {
		return isBlank(secret) ? "(none)" : "(set)";
	}

}
