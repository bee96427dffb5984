package org.tidtam.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.tidtam.shared.store.ValueOrderedH2Backend;

/**
 * The embedded MongoDB-wire store in a JVM of its own, for the reports benchmark: the app's heap is
 * then the app's alone (as with a real MongoDB in production), and can be held to {@code -Xmx256m}.
 * The child prints its port, serves until its standard input closes (so it ends with the test JVM,
 * however that ends) and keeps its data in memory.
 */
final class SeparateStore implements AutoCloseable {

	private final Process process;

	private final int port;

	private SeparateStore(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static SeparateStore start(String maxHeap) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
				SeparateStore.class.getName())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		do {
			// the child's log lines come first
			line = out.readLine();
		}
		while (line != null && !line.startsWith("port "));
		if (line == null) {
			process.destroyForcibly();
			throw new IOException("the store process ended before it told its port");
		}
		Thread drain = new Thread(() -> {
			try {
				while (out.readLine() != null) {
					// keep the child's output pipe from filling up
				}
			}
			catch (IOException e) {
				// the child is gone
			}
		}, "separate-store-output");
		drain.setDaemon(true);
		drain.start();
		return new SeparateStore(process, Integer.parseInt(line.substring(5).trim()));
	}

	String uri(String database) {
		return "mongodb://127.0.0.1:" + this.port + "/" + database;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	public static void main(String[] args) throws IOException {
		MongoServer server = new MongoServer(new ValueOrderedH2Backend(MVStore.open(null)));
		InetSocketAddress address = server.bind();
		System.out.println("port " + address.getPort());
		System.out.flush();
		while (System.in.read() >= 0) {
			// serve until the parent goes away
		}
		server.shutdownNow();
	}

}
