import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Webhook benchmark for Tidtam, a Java single-file source program (JDK 17, no dependencies):
 *
 * <pre>
 * java bench/WebhookBench.java sink --port-file F [--max-seconds 900]
 *     a fake LINE API on loopback: 200 {"sentMessages":[]} to every POST, 404 {} to the rest;
 *     GET /__bench/stats tells how many calls it got; exits by itself after --max-seconds
 * java bench/WebhookBench.java run --base-url http://127.0.0.1:PORT --secret S [options]
 *     the load client, see usage()
 * </pre>
 *
 * Run it through {@code bench/webhook.sh}, which starts the sink, the app and this client.
 */
public class WebhookBench {

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			usage();
			System.exit(2);
		}
		Map<String, String> opts = options(Arrays.copyOfRange(args, 1, args.length));
		switch (args[0]) {
			case "sink" -> sink(opts);
			case "run" -> new WebhookBench(opts).run();
			default -> {
				usage();
				System.exit(2);
			}
		}
	}

	static void usage() {
		System.err.println("""
				usage: java bench/WebhookBench.java sink --port-file FILE [--max-seconds 900]
				       java bench/WebhookBench.java run --base-url URL --secret SECRET [options]
				options of run (defaults in brackets):
				  --target-path P       intake under test [/callback]
				  --bare-path P         baseline: same HTTP work, no app logic [/bench/bare]
				  --threads N           closed-loop client threads [16]
				  --warmup S            warm-up seconds before each measured phase [15]
				  --duration S          measured seconds of each throughput phase [15]
				  --rounds N            the throughput phases in N alternating slices, bare then intake [3]
				  --rate R              events/s of the fixed-rate latency phase [200]
				  --latency-duration S  measured seconds of the latency phase [15]
				  --max-requests N      cap on requests of any one phase [2000000]
				  --drain-seconds S     longest wait for the app to handle its backlog after a phase [300]
				  --users N             distinct LINE users [200]
				  --sink-url URL        the fake LINE sink, for its call count [none]
				  --out FILE            also write the report there [target/bench/webhook.txt]
				""");
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> opts = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value, got: " + args[i]);
			}
			opts.put(args[i].substring(2), args[++i]);
		}
		return opts;
	}

	// ---------------------------------------------------------------- fake LINE sink

	static void sink(Map<String, String> opts) throws Exception {
		int maxSeconds = Integer.parseInt(opts.getOrDefault("max-seconds", "900"));
		int port = Integer.parseInt(opts.getOrDefault("port", "0"));
		Map<String, LongAdder> calls = new ConcurrentHashMap<>();
		AtomicLong requestIds = new AtomicLong();
		// without this the JDK server's header and body segments meet the client's delayed ACK: 40 ms a call
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/", exchange -> {
			try (exchange) {
				try (InputStream in = exchange.getRequestBody()) {
					in.readAllBytes();
				}
				String method = exchange.getRequestMethod();
				String path = exchange.getRequestURI().getPath();
				if (path.equals("/__bench/stats")) {
					StringBuilder json = new StringBuilder("{");
					new TreeMap<>(calls).forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
						.append('"').append(k).append("\":").append(v.sum()));
					respond(exchange, 200, json.append('}').toString());
					return;
				}
				calls.computeIfAbsent(method + " " + path.replaceAll("/U[0-9a-f]{32}", "/{userId}")
					.replaceAll("/C[0-9a-f]{32}", "/{groupId}")
					.replaceAll("/[0-9]{6,}/", "/{messageId}/"), k -> new LongAdder()).increment();
				exchange.getResponseHeaders().add("X-Line-Request-Id", "bench-" + requestIds.incrementAndGet());
				if (method.equals("POST")) {
					respond(exchange, 200, "{\"sentMessages\":[]}");
				}
				else {
					respond(exchange, 404, "{}");
				}
			}
		});
		server.start();
		int bound = server.getAddress().getPort();
		String portFile = opts.get("port-file");
		if (portFile != null) {
			Path tmp = Path.of(portFile + ".tmp");
			Files.writeString(tmp, Integer.toString(bound));
			Files.move(tmp, Path.of(portFile), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		System.out.println("fake LINE sink on http://127.0.0.1:" + bound + " (stops after " + maxSeconds + " s)");
		Thread.sleep(maxSeconds * 1000L);
		server.stop(0);
		System.exit(0);
	}

	static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	// ---------------------------------------------------------------- load client

	static final String[] THAI_TEXTS = { "สวัสดีค่ะ ขอแจ้งเรื่องร้องเรียนถนนชำรุดหน้าบ้าน",
			"ไฟฟ้าส่องสว่างสาธารณะดับทั้งซอย ตั้งแต่เมื่อวานค่ะ", "ขอสอบถามความคืบหน้ามาตรการส่งเสริมคุณธรรม ITA ครับ",
			"กองช่างรายงานผลการดำเนินงานไตรมาสที่ ๒ แล้วครับ", "ขยะไม่ได้เก็บมาสามวันแล้ว ช่วยตรวจสอบด้วยครับ",
			"ขอบคุณเจ้าหน้าที่ที่ให้บริการรวดเร็วมากค่ะ 👍" };

	static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	final URI base;

	final byte[] secret;

	final String targetPath;

	final String barePath;

	final int threads;

	final int warmup;

	final int duration;

	final int rounds;

	final int rate;

	final int latencyDuration;

	final long maxRequests;

	final int drainSeconds;

	final String sinkUrl;

	final Path out;

	final String[] users;

	final String destination;

	final long runPrefix;

	final AtomicLong sequence = new AtomicLong();

	final HttpClient client;

	final ExecutorService clientExecutor;

	WebhookBench(Map<String, String> o) {
		this.base = URI.create(required(o, "base-url").replaceAll("/$", ""));
		this.secret = required(o, "secret").getBytes(StandardCharsets.US_ASCII);
		this.targetPath = o.getOrDefault("target-path", "/callback");
		this.barePath = o.getOrDefault("bare-path", "/bench/bare");
		this.threads = Integer.parseInt(o.getOrDefault("threads", "16"));
		this.warmup = Integer.parseInt(o.getOrDefault("warmup", "15"));
		this.duration = Integer.parseInt(o.getOrDefault("duration", "15"));
		this.rounds = Math.max(1, Integer.parseInt(o.getOrDefault("rounds", "3")));
		this.rate = Integer.parseInt(o.getOrDefault("rate", "200"));
		this.latencyDuration = Integer.parseInt(o.getOrDefault("latency-duration", "15"));
		this.maxRequests = Long.parseLong(o.getOrDefault("max-requests", "2000000"));
		this.drainSeconds = Integer.parseInt(o.getOrDefault("drain-seconds", "300"));
		this.sinkUrl = o.get("sink-url");
		this.out = Path.of(o.getOrDefault("out", "target/bench/webhook.txt"));
		Random random = new Random(20260101L);
		this.users = new String[Integer.parseInt(o.getOrDefault("users", "200"))];
		for (int i = 0; i < this.users.length; i++) {
			this.users[i] = "U" + hex(random, 32);
		}
		this.destination = "U" + hex(random, 32);
		this.runPrefix = System.currentTimeMillis();
		this.clientExecutor = Executors.newFixedThreadPool(4);
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(this.clientExecutor)
			.build();
	}

	static String required(Map<String, String> o, String name) {
		String v = o.get(name);
		if (v == null || v.isBlank()) {
			usage();
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return v;
	}

	static String hex(Random random, int length) {
		StringBuilder s = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			s.append(Character.forDigit(random.nextInt(16), 16));
		}
		return s.toString();
	}

	/** ULID-like: 10 characters of time, 16 of run prefix and sequence; unique within and across runs. */
	String webhookEventId(long now, long seq) {
		char[] id = new char[26];
		long t = now;
		for (int i = 9; i >= 0; i--) {
			id[i] = CROCKFORD[(int) (t & 31)];
			t >>>= 5;
		}
		long r = this.runPrefix;
		for (int i = 15; i >= 10; i--) {
			id[i] = CROCKFORD[(int) (r & 31)];
			r >>>= 5;
		}
		long s = seq;
		for (int i = 25; i >= 16; i--) {
			id[i] = CROCKFORD[(int) (s & 31)];
			s >>>= 5;
		}
		return new String(id);
	}

	/** One text message event from a 1:1 chat, in LINE's current shape, as the exact bytes to sign and send. */
	byte[] body(long seq) {
		long now = System.currentTimeMillis();
		String user = this.users[(int) (seq % this.users.length)];
		String text = THAI_TEXTS[(int) (seq % THAI_TEXTS.length)] + " #" + seq;
		String replyToken = String.format("%016x%016x", this.runPrefix, seq);
		String json = "{\"destination\":\"" + this.destination + "\",\"events\":[{\"type\":\"message\",\"message\":"
				+ "{\"type\":\"text\",\"id\":\"" + (500000000000000000L + seq) + "\",\"quoteToken\":\"q" + seq
				+ "\",\"markAsReadToken\":\"m" + seq + "\",\"text\":\"" + text + "\"},\"webhookEventId\":\""
				+ webhookEventId(now, seq) + "\",\"deliveryContext\":{\"isRedelivery\":false},\"timestamp\":" + now
				+ ",\"source\":{\"type\":\"user\",\"userId\":\"" + user + "\"},\"replyToken\":\"" + replyToken
				+ "\",\"mode\":\"active\"}]}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

	final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	String sign(byte[] body) {
		return Base64.getEncoder().encodeToString(this.macs.get().doFinal(body));
	}

	HttpRequest request(String path) {
		byte[] body = body(this.sequence.incrementAndGet());
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("x-line-signature", sign(body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	/** Outcome counts of one phase. */
	static final class Tally {

		final LongAdder ok = new LongAdder();

		final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

		void record(int status) {
			if (status == 200) {
				this.ok.increment();
			}
			else {
				this.failures.computeIfAbsent("HTTP " + status, k -> new LongAdder()).increment();
			}
		}

		void error(Throwable e) {
			Throwable root = e;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			this.failures.computeIfAbsent(root.getClass().getSimpleName(), k -> new LongAdder()).increment();
		}

		long failed() {
			return this.failures.values().stream().mapToLong(LongAdder::sum).sum();
		}

		String failureText() {
			if (this.failures.isEmpty()) {
				return "none";
			}
			StringBuilder s = new StringBuilder();
			new TreeMap<>(this.failures).forEach((k, v) -> s.append(s.length() > 0 ? ", " : "").append(k).append(" × ").append(v.sum()));
			return s.toString();
		}

	}

	record Throughput(String path, long ok, long failed, String failures, double seconds) {

		double perSecond() {
			return this.ok / this.seconds;
		}

		static Throughput sum(List<Throughput> slices) {
			String failures = slices.stream().map(Throughput::failures).filter(f -> !"none".equals(f))
				.reduce((a, b) -> a + "; " + b).orElse("none");
			return new Throughput(slices.get(0).path(), slices.stream().mapToLong(Throughput::ok).sum(),
					slices.stream().mapToLong(Throughput::failed).sum(), failures,
					slices.stream().mapToDouble(Throughput::seconds).sum());
		}

	}

	record Latency(String path, int rate, long sent, long ok, long failed, String failures, double p50, double p90,
			double p99, double max, double achievedRate) {
	}

	/** Closed loop: {@code threads} workers send back to back until the time or the request cap runs out. */
	Throughput throughput(String path, int seconds, boolean quiet) throws InterruptedException {
		Tally tally = new Tally();
		AtomicLong budget = new AtomicLong(this.maxRequests);
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < this.threads; i++) {
			Thread worker = new Thread(() -> {
				while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
					try {
						HttpResponse<Void> response = this.client.send(request(path), HttpResponse.BodyHandlers.discarding());
						tally.record(response.statusCode());
					}
					catch (IOException e) {
						tally.error(e);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}, "bench-" + i);
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join(TimeUnit.SECONDS.toMillis(seconds + 30L));
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		Throughput result = new Throughput(path, tally.ok.sum(), tally.failed(), tally.failureText(), elapsed);
		if (!quiet) {
			log(String.format("%s: %,d × 200 in %.1f s = %,.0f events/s; non-200/errors: %s", path, result.ok(), elapsed,
					result.perSecond(), result.failures()));
		}
		return result;
	}

	/**
	 * Open loop at a fixed rate: request i is due at start + i/rate; its latency runs from that due time
	 * (not from when it was actually sent) to the response, so a stalled server is not hidden by the
	 * client waiting for it (coordinated omission).
	 */
	Latency fixedRate(String path, int rate, int seconds, boolean record) throws InterruptedException {
		int count = (int) Math.min((long) rate * seconds, this.maxRequests);
		long period = TimeUnit.SECONDS.toNanos(1) / rate;
		long[] latencies = new long[count];
		Arrays.fill(latencies, -1);
		Tally tally = new Tally();
		ExecutorService senders = Executors.newFixedThreadPool(Math.max(this.threads, 32));
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
		for (int i = 0; i < count; i++) {
			long due = start + i * period;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			int index = i;
			senders.execute(() -> {
				try {
					HttpResponse<Void> response = this.client.send(request(path), HttpResponse.BodyHandlers.discarding());
					latencies[index] = System.nanoTime() - due;
					tally.record(response.statusCode());
				}
				catch (IOException e) {
					latencies[index] = System.nanoTime() - due;
					tally.error(e);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		}
		long lastDue = start + (count - 1) * period;
		senders.shutdown();
		if (!senders.awaitTermination(30, TimeUnit.SECONDS)) {
			senders.shutdownNow();
		}
		double achieved = count / ((lastDue - start) / 1e9 + 1.0 / rate);
		long[] done = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
		Latency result = new Latency(path, rate, count, tally.ok.sum(), tally.failed() + (count - done.length),
				tally.failureText() + (count > done.length ? " (+" + (count - done.length) + " unanswered)" : ""),
				percentile(done, 50), percentile(done, 90), percentile(done, 99),
				done.length == 0 ? Double.NaN : done[done.length - 1] / 1e6, achieved);
		if (record) {
			log(String.format("%s at %d/s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; non-200/errors: %s", path,
					rate, result.p50(), result.p90(), result.p99(), result.max(), result.failures()));
		}
		return result;
	}

	static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
	}

	record Drain(long backlog, double seconds, double rate) {

		static Drain sum(List<Drain> drains) {
			long backlog = drains.stream().mapToLong(Drain::backlog).sum();
			double seconds = drains.stream().mapToDouble(Drain::seconds).sum();
			double handled = drains.stream().filter(d -> !Double.isNaN(d.rate())).mapToDouble(d -> d.rate() * d.seconds()).sum();
			return new Drain(backlog, seconds, backlog > 0 ? handled / seconds : Double.NaN);
		}

	}

	/**
	 * Waits (at most {@code --drain-seconds}, 300) until the app has handled every event it stored, so that one phase's
	 * asynchronous handling does not run into the next phase's measurement; tells the backlog found and
	 * how fast it was worked off.
	 */
	Drain drain(String when) throws InterruptedException {
		URI uri = this.base.resolve("/bench/inbox");
		String first = get(uri);
		if (jsonLong(first, "received") < 0) {
			log("no /bench/inbox (" + first + "): not waiting for the handling");
			return new Drain(-1, Double.NaN, Double.NaN);
		}
		long backlog = backlog(first);
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(this.drainSeconds);
		long left = backlog;
		while (left > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
			left = backlog(get(uri));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		log(String.format("handling %s: %,d events waiting, %s in %.1f s", when, backlog,
				left > 0 ? left + " still waiting" : "all handled", seconds));
		return new Drain(backlog, seconds, backlog > 0 ? (backlog - Math.max(left, 0)) / seconds : Double.NaN);
	}

	/** Events stored and neither handled nor given up, from {@code /bench/inbox}. */
	static long backlog(String inbox) {
		return jsonLong(inbox, "received") - jsonLong(inbox, "processed") - jsonLong(inbox, "dead");
	}

	String get(URI uri) {
		try {
			HttpResponse<String> response = this.client.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode();
		}
		catch (Exception e) {
			return e.getClass().getSimpleName() + ": " + e.getMessage();
		}
	}

	int post(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(this.base.resolve(path))
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	static long jsonLong(String json, String name) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*(-?\\d+)").matcher(json);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (Exception e) {
			return "n/a";
		}
	}

	static String mib(long bytes) {
		return bytes < 0 ? "n/a" : String.format("%.1f MiB", bytes / 1048576.0);
	}

	static void log(String line) {
		System.out.println("[bench " + Instant.now().toString().substring(11, 19) + "] " + line);
	}

	/** LINE's own known answer (LINE-PLATFORM.md §2.2): the signing here is the platform's. */
	static void checkSigning() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("8c570fa6dd201bb328f1c1eac23a96d8".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
		String signature = Base64.getEncoder()
			.encodeToString(mac.doFinal("{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}"
				.getBytes(StandardCharsets.UTF_8)));
		if (!signature.equals("GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=")) {
			throw new IllegalStateException("signing does not match LINE's known answer: " + signature);
		}
	}

	void run() throws Exception {
		checkSigning();
		long began = System.nanoTime();
		log("target " + this.base + this.targetPath + ", baseline " + this.base + this.barePath + ", " + this.threads
				+ " threads, warm-up " + this.warmup + " s, " + this.duration + " s per throughput phase, latency at "
				+ this.rate + "/s for " + this.latencyDuration + " s");
		String startupHeap = get(this.base.resolve("/bench/heap"));
		int reset = post("/bench/heap/reset");
		if (reset < 200 || reset > 299) {
			log("WARNING: POST /bench/heap/reset answered " + reset + " (is tidtam.bench.enabled=true and /bench/** permitted?)");
		}

		// 0. JIT and connection warm-up at full speed on the bare endpoint (it leaves no backlog behind)
		String loadBefore = loadAverage();
		log("warm-up: " + this.warmup + " s at full speed on " + this.barePath);
		throughput(this.barePath, this.warmup, true);

		// 1. latency at a fixed rate, while the app has no backlog from the saturation phases
		log("latency: warm-up " + this.warmup + " s at " + this.rate + "/s on " + this.targetPath);
		fixedRate(this.targetPath, this.rate, this.warmup, false);
		Latency latency = fixedRate(this.targetPath, this.rate, this.latencyDuration, true);

		Drain afterLatency = drain("after the latency phase");

		// 2. the baseline and 3. the intake, in alternating slices so that both meet the machine at the same
		// speed (on a shared machine it drifts by tens of per cent within minutes); the intake warms up
		// first, and after each of its slices the handling it left is worked off before the next bare slice
		int slice = Math.max(1, this.duration / this.rounds);
		log("throughput: warm-up " + this.warmup + " s on " + this.targetPath + ", then " + this.rounds + " rounds of "
				+ slice + " s on " + this.barePath + " and " + slice + " s on " + this.targetPath);
		throughput(this.targetPath, this.warmup, true);
		drain("after the intake warm-up");
		List<Throughput> bares = new ArrayList<>();
		List<Throughput> intakes = new ArrayList<>();
		List<Drain> drains = new ArrayList<>();
		String heapAfterIntake = null;
		for (int round = 1; round <= this.rounds; round++) {
			bares.add(throughput(this.barePath, slice, false));
			intakes.add(throughput(this.targetPath, slice, false));
			heapAfterIntake = get(this.base.resolve("/bench/heap"));
			drains.add(drain("after intake slice " + round));
		}
		Throughput bare = Throughput.sum(bares);
		Throughput intake = Throughput.sum(intakes);
		Drain afterIntake = Drain.sum(drains);

		// 4. heap over the whole run, the handling included
		String heap = get(this.base.resolve("/bench/heap"));
		String sinkStats = this.sinkUrl == null ? "n/a" : get(URI.create(this.sinkUrl + "/__bench/stats"));
		double ratio = intake.perSecond() / bare.perSecond();
		double total = (System.nanoTime() - began) / 1e9;

		StringWriter text = new StringWriter();
		PrintWriter w = new PrintWriter(text);
		w.println("Tidtam webhook benchmark — " + Instant.now());
		w.printf("machine: %d cores visible to the client, %s %s; app %s; client threads %d%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), this.base, this.threads);
		w.println("body: one text event per request (Thai text, " + this.users.length
				+ " users, unique webhookEventId), signed with the channel secret");
		w.println();
		w.println("| measure | value | target |");
		w.println("| --- | --- | --- |");
		w.printf("| intake throughput, POST %s | %,.0f events/s (%,d in %.1f s) | |%n", intake.path(),
				intake.perSecond(), intake.ok(), intake.seconds());
		w.printf("| bare throughput, POST %s | %,.0f events/s (%,d in %.1f s) | |%n", bare.path(), bare.perSecond(),
				bare.ok(), bare.seconds());
		w.printf("| ratio intake / bare | %.2f | ≥ 0.80 %s |%n", ratio, ratio >= 0.8 ? "met" : "NOT met");
		StringBuilder perRound = new StringBuilder();
		for (int i = 0; i < bares.size(); i++) {
			perRound.append(i == 0 ? "" : ", ").append(String.format("%,.0f / %,.0f = %.2f", intakes.get(i).perSecond(),
					bares.get(i).perSecond(), intakes.get(i).perSecond() / bares.get(i).perSecond()));
		}
		w.printf("| each round, intake / bare events/s | %s | |%n", perRound);
		w.printf("| ack latency at %d events/s (open loop, %d s), p50 | %.2f ms | |%n", latency.rate(),
				this.latencyDuration, latency.p50());
		w.printf("| ack latency, p90 | %.2f ms | |%n", latency.p90());
		w.printf("| ack latency, p99 | %.2f ms | ≤ 50 ms %s |%n", latency.p99(), latency.p99() <= 50 ? "met" : "NOT met");
		w.printf("| ack latency, max | %.2f ms | |%n", latency.max());
		w.printf("| latency phase: sent / 200 / achieved rate | %,d / %,d / %.1f per s | |%n", latency.sent(),
				latency.ok(), latency.achievedRate());
		long peak = jsonLong(heap, "peakHeapBytes");
		w.printf("| app peak heap during the run (sampled every 20 ms) | %s of max %s | |%n", mib(peak),
				mib(jsonLong(heap, "maxHeapBytes")));
		w.printf("| app peak heap at start-up | %s | |%n", mib(jsonLong(startupHeap, "peakHeapBytes")));
		w.printf("| handling backlog after the latency phase: events / drained in | %,d / %.1f s | |%n",
				afterLatency.backlog(), afterLatency.seconds());
		w.printf("| handling backlog after the intake slices (together): events / drained in / handling rate | %,d / %.1f s / %,.0f events/s | |%n",
				afterIntake.backlog(), afterIntake.seconds(), afterIntake.rate());
		w.printf("| app peak heap until the end of the intake phase | %s | |%n", mib(jsonLong(heapAfterIntake, "peakHeapBytes")));
		w.printf("| non-200 / errors | intake: %s; bare: %s; latency: %s | 0 |%n", intake.failures(), bare.failures(),
				latency.failures());
		w.println();
		w.println("fake LINE API calls received (async replies/pushes so far): " + sinkStats);
		w.println("raw /bench/heap: " + heap);
		w.println("load average (1, 5, 15 min; other work on the machine skews every figure) before: " + loadBefore
				+ "; after: " + loadAverage());
		w.printf("run took %.0f s%n", total);
		w.flush();
		System.out.println();
		System.out.print(text);
		Path parent = this.out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(this.out, text.toString());
		log("written " + this.out);
		this.clientExecutor.shutdownNow();
		System.exit(0);
	}

}
