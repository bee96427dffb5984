package org.tidtam.line.simulator;

import java.io.IOException;

import org.openqa.selenium.chrome.ChromeDriver;

/** {@link HeadlessChromium} for browser tests in other packages. */
public final class HeadlessChromiumAccess implements AutoCloseable {

	private final HeadlessChromium chromium;

	private HeadlessChromiumAccess(HeadlessChromium chromium) {
		this.chromium = chromium;
	}

	public static HeadlessChromiumAccess start(int width, int height) throws IOException {
		return new HeadlessChromiumAccess(HeadlessChromium.start(width, height));
	}

	public ChromeDriver driver() {
		return this.chromium.driver();
	}

	@Override
	public void close() {
		this.chromium.close();
	}

}
