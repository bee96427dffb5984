package org.tidtam.web;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints for the webhook benchmark ({@code bench/webhook.sh}), present only with
 * {@code tidtam.bench.enabled=true} (never in production). {@code POST /bench/bare} does the HTTP work of
 * the webhook intake (same filters, body read as {@code byte[]}, an empty 200) without any of the app's
 * own logic, as the baseline the intake's throughput is compared with; {@code /bench/heap} tells the
 * JVM's peak heap use, {@code /bench/inbox} how far the asynchronous handling of stored events has got.
 */
@RestController
@ConditionalOnProperty(name = "tidtam.bench.enabled", havingValue = "true")
class BenchEndpoints {

	/** Highest total heap use seen by a 20 ms sampler: the real peak, at that resolution. */
	private final AtomicLong sampledPeak = new AtomicLong();

	private final MeterRegistry meters;

	BenchEndpoints(MeterRegistry meters) {
		this.meters = meters;
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
				this.sampledPeak.accumulateAndGet(used, Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "bench-heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	@PostMapping("/bench/bare")
	ResponseEntity<Void> bare(@RequestBody(required = false) byte[] body) {
		return ResponseEntity.ok().build();
	}

	/**
	 * The sampled peak of total heap use since start (or the last reset), the sum over the heap pools of
	 * each pool's peak (pools peak at different moments, so that sum is only an upper bound), and the
	 * heap's maximum.
	 */
	@GetMapping(path = "/bench/heap", produces = "application/json")
	Map<String, Long> heap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		Map<String, Long> result = new LinkedHashMap<>();
		result.put("peakHeapBytes", this.sampledPeak.get());
		result.put("poolPeakSumBytes", peak);
		result.put("maxHeapBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
		result.put("usedHeapBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		return result;
	}

	/** Events stored in the inbox, handled, and given up, from the app's own counters. */
	@GetMapping(path = "/bench/inbox", produces = "application/json")
	Map<String, Long> inbox() {
		Map<String, Long> result = new LinkedHashMap<>();
		result.put("received", count("tidtam.webhook.events.received"));
		result.put("processed", count("tidtam.webhook.events.processed"));
		result.put("dead", count("tidtam.webhook.events.dead"));
		return result;
	}

	private long count(String name) {
		Counter counter = this.meters.find(name).counter();
		return counter == null ? 0 : (long) counter.count();
	}

	@PostMapping("/bench/heap/reset")
	ResponseEntity<Void> resetHeap() {
		this.sampledPeak.set(0);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
				pool.resetPeakUsage();
			}
		}
		return ResponseEntity.noContent().build();
	}

}
