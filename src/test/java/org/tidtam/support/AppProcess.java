package org.tidtam.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

/**
 * The app in a JVM of its own, so a test can kill it the hard way (SIGKILL, no shutdown hooks) and
 * start it again on the same data directory.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	public static AppProcess start(Path log, List<String> args) {
		int port = freePort();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(classpath);
		command.add("org.tidtam.TidtamApplication");
		command.add("--server.port=" + port);
		command.add("--spring.main.banner-mode=off");
		command.addAll(args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			AppProcess app = new AppProcess(process, port, log);
			app.awaitUp();
			return app;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	public int port() {
		return this.port;
	}

	/** SIGKILL: no graceful shutdown, no final commit. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
					kill();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void awaitUp() {
		HttpClient http = HttpClient.newHttpClient();
		Awaitility.await("app on port " + this.port + " (log: " + this.log + ")")
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("The app exited early; see " + this.log);
				}
				try {
					HttpResponse<String> r = http.send(
							HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(2)).build(),
							HttpResponse.BodyHandlers.ofString());
					return r.statusCode() == 200 && r.body().contains("UP");
				}
				catch (IOException e) {
					return false;
				}
			});
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static String separator() {
		return File.pathSeparator;
	}

}
