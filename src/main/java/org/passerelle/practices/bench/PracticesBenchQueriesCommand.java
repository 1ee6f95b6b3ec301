package org.passerelle.practices.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.practices.internal.BenchmarkableSearch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code practices bench-queries FILE [--warmup SECONDS] [--rounds R] [--concurrency C]}:
 * runs every query of a benchmark query file through the search the API uses and reports
 * the search backend's own time ({@code SearchResult.took()}: query and facets, without
 * entity loading, serialisation or HTTP), to compare with the API's response time under
 * load. Run it with the server stopped: the embedded index accepts one process at a time.
 */
@Component
class PracticesBenchQueriesCommand implements CliCommand {

	private static final String USAGE = "practices bench-queries FILE [--warmup SECONDS] [--rounds R] [--concurrency C]";

	private final BenchmarkableSearch search;

	private final TransactionTemplate transaction;

	PracticesBenchQueriesCommand(BenchmarkableSearch search, PlatformTransactionManager transactionManager) {
		this.search = search;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setReadOnly(true);
	}

	@Override
	public String name() {
		return "practices bench-queries";
	}

	@Override
	public String usage() {
		return "FILE [--warmup SECONDS] [--rounds R] [--concurrency C]";
	}

	@Override
	public String description() {
		return "Measures the search backend's own time for each query of a benchmark query file.";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		CommandArguments arguments = new CommandArguments(args, Set.of("warmup", "rounds", "concurrency"), USAGE);
		if (arguments.positional().size() != 1) {
			throw arguments.fail("give the query file");
		}
		Path file = Path.of(arguments.positional().get(0));
		if (!Files.isReadable(file)) {
			throw arguments.fail("cannot read " + file);
		}
		long warmupSeconds = arguments.longOption("warmup", 10, 0, 3600);
		int rounds = (int) arguments.longOption("rounds", 20, 1, 10_000);
		int concurrency = (int) arguments.longOption("concurrency", 1, 1, 256);
		List<BenchmarkQuery> queries;
		try {
			queries = BenchmarkQuery.read(file);
		}
		catch (IllegalArgumentException ex) {
			throw arguments.fail(ex.getMessage());
		}

		long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
		AtomicInteger warmupNext = new AtomicInteger();
		runAll(concurrency, () -> {
			while (System.nanoTime() < warmupEnd) {
				took(queries.get(Math.floorMod(warmupNext.getAndIncrement(), queries.size())));
			}
		});

		int executions = rounds * queries.size();
		long[] tookNanos = new long[executions];
		long[] cpuNanos = new long[executions];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		AtomicInteger next = new AtomicInteger();
		long started = System.nanoTime();
		runAll(concurrency, () -> {
			for (int i = next.getAndIncrement(); i < executions; i = next.getAndIncrement()) {
				long cpu = threads.getCurrentThreadCpuTime();
				tookNanos[i] = took(queries.get(i % queries.size()));
				cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
			}
		});
		double elapsedSeconds = (System.nanoTime() - started) / 1e9;

		out.printf(Locale.ROOT,
				"Search backend time (SearchResult.took) for %d queries of %s, %d rounds, concurrency %d, after %d s of warm-up:%n",
				queries.size(), file, rounds, concurrency, warmupSeconds);
		long[] sorted = tookNanos.clone();
		Arrays.sort(sorted);
		out.printf(Locale.ROOT, "  executions  %d%n", executions);
		out.printf(Locale.ROOT, "  throughput  %.1f queries/s%n", executions / elapsedSeconds);
		out.printf(Locale.ROOT, "  p50         %.2f ms%n", percentile(sorted, 50) / 1e6);
		out.printf(Locale.ROOT, "  p90         %.2f ms%n", percentile(sorted, 90) / 1e6);
		out.printf(Locale.ROOT, "  p99         %.2f ms%n", percentile(sorted, 99) / 1e6);
		out.printf(Locale.ROOT, "  max         %.2f ms%n", sorted[sorted.length - 1] / 1e6);
		out.printf(Locale.ROOT, "  mean        %.2f ms%n", Arrays.stream(sorted).average().orElse(0) / 1e6);
		long[] cpuSorted = cpuNanos.clone();
		Arrays.sort(cpuSorted);
		out.printf(Locale.ROOT, "  cpu-p50     %.2f ms (processor time of the querying thread, whole execution)%n",
				percentile(cpuSorted, 50) / 1e6);
		out.printf(Locale.ROOT, "  cpu-p99     %.2f ms%n", percentile(cpuSorted, 99) / 1e6);
		out.println("Slowest queries (median over the rounds):");
		List<long[]> perQuery = new ArrayList<>();
		for (int q = 0; q < queries.size(); q++) {
			long[] times = new long[rounds];
			for (int r = 0; r < rounds; r++) {
				times[r] = tookNanos[r * queries.size() + q];
			}
			Arrays.sort(times);
			perQuery.add(new long[] { q, percentile(times, 50) });
		}
		perQuery.sort(Comparator.comparingLong((long[] entry) -> entry[1]).reversed());
		for (long[] entry : perQuery.subList(0, Math.min(5, perQuery.size()))) {
			BenchmarkQuery query = queries.get((int) entry[0]);
			out.printf(Locale.ROOT, "  %8.2f ms  %s  %s  %s%n", entry[1] / 1e6, query.language(), query.text(),
					query.filterText());
		}
		return 0;
	}

	private long took(BenchmarkQuery query) {
		Long nanos = this.transaction
			.execute(status -> this.search.took(query.text(), query.language(), query.filters()).toNanos());
		return nanos == null ? 0 : nanos;
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, double percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static void runAll(int threads, Runnable work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(work));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
