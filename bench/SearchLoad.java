// Load client for the search API: a closed loop of concurrent workers sending the queries of
// a query file, then the latency percentiles, throughput and errors. Needs only a JDK (17+):
//   java bench/SearchLoad.java --url http://127.0.0.1:8080 [--queries bench/practices-queries.tsv]
//        [--concurrency 32] [--warmup 30] [--duration 60] [--size 20] [--path /api/v1/practices]
// Query file: LANGUAGE<tab>QUERY[<tab>FILTERS], FILTERS as in a query string
// (theme=housing&country=FR); lines starting with # are comments. Each worker starts at its own
// place in the file and loops over it; a request counts when it starts inside the measuring
// window. Durations are in seconds.

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

public class SearchLoad {

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = require(options, "url").replaceAll("/+$", "");
		Path file = Path.of(options.getOrDefault("queries", "bench/practices-queries.tsv"));
		int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
		long warmup = seconds(options.getOrDefault("warmup", "30"));
		long duration = seconds(options.getOrDefault("duration", "60"));
		int size = Integer.parseInt(options.getOrDefault("size", "20"));
		String path = options.getOrDefault("path", "/api/v1/practices");

		List<URI> uris = new ArrayList<>();
		for (String[] query : readQueries(file)) {
			StringBuilder uri = new StringBuilder(url).append(path)
				.append("?q=").append(encode(query[1]))
				.append("&lang=").append(encode(query[0]))
				.append("&size=").append(size);
			if (!query[2].isEmpty()) {
				for (String pair : query[2].split("&")) {
					int equals = pair.indexOf('=');
					uri.append('&').append(encode(pair.substring(0, equals))).append('=')
						.append(encode(pair.substring(equals + 1)));
				}
			}
			uris.add(URI.create(uri.toString()));
		}

		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		long start = System.nanoTime();
		long measureFrom = start + warmup * 1_000_000_000L;
		long measureTo = measureFrom + duration * 1_000_000_000L;
		long[][] latencies = new long[concurrency][];
		AtomicLong errors = new AtomicLong();
		AtomicLong warmupRequests = new AtomicLong();
		ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
		System.err.printf(Locale.ROOT, "%d queries, %d workers: warming up %d s, then measuring %d s%n", uris.size(),
				concurrency, warmup, duration);
		Thread[] workers = new Thread[concurrency];
		for (int w = 0; w < concurrency; w++) {
			int worker = w;
			workers[w] = new Thread(() -> {
				long[] own = new long[1024];
				int count = 0;
				int next = worker * uris.size() / concurrency;
				while (true) {
					URI uri = uris.get(next++ % uris.size());
					long sent = System.nanoTime();
					if (sent >= measureTo) {
						break;
					}
					String error = null;
					try {
						HttpResponse<byte[]> response = client.send(
								HttpRequest.newBuilder(uri).header("Accept", "application/json")
									.timeout(Duration.ofSeconds(30)).GET().build(),
								HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							error = "HTTP " + response.statusCode() + " " + uri;
						}
					}
					catch (IOException ex) {
						error = ex + " " + uri;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					long received = System.nanoTime();
					if (sent < measureFrom) {
						warmupRequests.incrementAndGet();
						continue;
					}
					if (error != null) {
						errors.incrementAndGet();
						if (errorSamples.size() < 5) {
							errorSamples.add(error);
						}
						continue;
					}
					if (count == own.length) {
						own = Arrays.copyOf(own, count * 2);
					}
					own[count++] = received - sent;
				}
				latencies[worker] = Arrays.copyOf(own, count);
			}, "load-" + w);
			workers[w].start();
		}
		for (Thread worker : workers) {
			worker.join();
		}

		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf(Locale.ROOT, "Search API %s%s, %d queries, concurrency %d, %d s measured after %d s of warm-up:%n",
				url, path, uris.size(), concurrency, duration, warmup);
		System.out.printf(Locale.ROOT, "  requests    %d%n", all.length + errors.get());
		System.out.printf(Locale.ROOT, "  errors      %d%n", errors.get());
		System.out.printf(Locale.ROOT, "  throughput  %.1f req/s%n", all.length / (double) duration);
		if (all.length > 0) {
			System.out.printf(Locale.ROOT, "  p50         %.2f ms%n", percentile(all, 50) / 1e6);
			System.out.printf(Locale.ROOT, "  p90         %.2f ms%n", percentile(all, 90) / 1e6);
			System.out.printf(Locale.ROOT, "  p99         %.2f ms%n", percentile(all, 99) / 1e6);
			System.out.printf(Locale.ROOT, "  max         %.2f ms%n", all[all.length - 1] / 1e6);
			System.out.printf(Locale.ROOT, "  mean        %.2f ms%n", Arrays.stream(all).average().orElse(0) / 1e6);
		}
		errorSamples.forEach(e -> System.out.println("  error: " + e));
		System.err.printf(Locale.ROOT, "(%d requests during the warm-up, not counted)%n", warmupRequests.get());
		System.exit(errors.get() > 0 || all.length == 0 ? 1 : 0);
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, double percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** The queries as {language, words, filters}. */
	static List<String[]> readQueries(Path file) throws IOException {
		List<String[]> queries = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (columns.length < 2) {
				throw new IllegalArgumentException(file + " line " + (n + 1) + ": expected LANGUAGE<tab>QUERY[<tab>FILTERS]");
			}
			queries.add(new String[] { columns[0].strip(), columns[1].strip(), columns.length > 2 ? columns[2].strip() : "" });
		}
		if (queries.isEmpty()) {
			throw new IllegalArgumentException(file + " has no queries");
		}
		return queries;
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument: " + arg);
			}
			int equals = arg.indexOf('=');
			if (equals > 0) {
				options.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
			else if (i + 1 < args.length) {
				options.put(arg.substring(2), args[++i]);
			}
			else {
				throw new IllegalArgumentException(arg + " needs a value");
			}
		}
		return options;
	}

	static String require(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			System.err.println("Usage: java bench/SearchLoad.java --url BASE_URL [--queries FILE] [--concurrency 32]"
					+ " [--warmup 30] [--duration 60] [--size 20] [--path /api/v1/practices]");
			System.exit(2);
		}
		return value;
	}

	/** Seconds, written 30 or 30s. */
	static long seconds(String text) {
		return Long.parseLong(text.strip().replaceAll("s$", ""));
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
