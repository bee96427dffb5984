package org.tidtam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared folder beside the checkout (LINE's OpenAPI files, webhook examples, seeds). */
public final class SharedFiles {

	private SharedFiles() {
	}

	public static Path dir() {
		String configured = System.getProperty("tidtam.shared.dir");
		Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("The shared folder is missing: " + dir.toAbsolutePath());
		}
		return dir;
	}

	public static Path path(String relative) {
		return dir().resolve(relative);
	}

	public static byte[] bytes(String relative) {
		try {
			return Files.readAllBytes(path(relative));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
