package org.passerelle.practices.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeImporter;
import org.passerelle.practices.internal.PracticeImporter.Result;
import org.passerelle.practices.internal.PracticeImporter.Stage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Imports started from the administrators' page, run one at a time in the background and
 * followed by their page. Jobs live in this node's memory only: their page must be read
 * on the node that runs them, and a finished job is forgotten an hour later or when the
 * node stops. The uploaded file is kept in a temporary file until the job ends.
 */
@Component
class PracticeImportJobs implements DisposableBean {

	private static final Duration KEPT = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(PracticeImportJobs.class);

	private final PracticeImporter importer;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "practice-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	PracticeImportJobs(PracticeImporter importer) {
		this.importer = importer;
	}

	/**
	 * Starts importing the file as the user (whose authentication the job keeps, so that
	 * what it writes is theirs); the job deletes the file when it ends.
	 */
	Job start(String fileName, Path file, PracticeStatus status, CurrentUser user) {
		forgetOldJobs();
		Job job = new Job(UUID.randomUUID().toString(), fileName, status);
		this.jobs.put(job.id(), job);
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> run(job, file, user)));
		return job;
	}

	/** A job of this node, while it is kept. */
	Optional<Job> find(String id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	/** The one thread imports run on, in turn (tests occupy it to see a job wait). */
	ExecutorService executor() {
		return this.executor;
	}

	private void run(Job job, Path file, CurrentUser user) {
		job.state = State.RUNNING;
		try {
			Result result = this.importer.importLines(new FileSystemResource(file), job.status(), user, job::progress);
			job.finish(result.succeeded() ? State.SUCCEEDED : State.FAILED, result);
		}
		catch (RuntimeException ex) {
			log.error("Import of practices from {} stopped", job.fileName(), ex);
			job.finish(State.CRASHED, null);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Cannot delete the uploaded file {}", file, new UncheckedIOException(ex));
			}
		}
	}

	private void forgetOldJobs() {
		Instant limit = Instant.now().minus(KEPT);
		this.jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** Where a job stands. */
	enum State {

		WAITING, RUNNING, SUCCEEDED, FAILED, CRASHED

	}

	/** One import, as its page shows it; updated by the importing thread. */
	static final class Job {

		private final String id;

		private final String fileName;

		private final PracticeStatus status;

		private volatile State state = State.WAITING;

		private volatile Stage stage = Stage.CHECKING;

		private volatile int done;

		private volatile int total;

		private volatile Result result;

		private volatile Instant finishedAt;

		Job(String id, String fileName, PracticeStatus status) {
			this.id = id;
			this.fileName = fileName;
			this.status = status;
		}

		void progress(Stage stage, int done, int total) {
			this.stage = stage;
			this.done = done;
			this.total = total;
		}

		void finish(State state, Result result) {
			this.result = result;
			this.finishedAt = Instant.now();
			this.state = state;
		}

		public String id() {
			return this.id;
		}

		public String fileName() {
			return this.fileName;
		}

		public PracticeStatus status() {
			return this.status;
		}

		public State state() {
			return this.state;
		}

		public Stage stage() {
			return this.stage;
		}

		public int done() {
			return this.done;
		}

		public int total() {
			return this.total;
		}

		/** The outcome, once {@link #finished()} (none after a crash). */
		public Result result() {
			return this.result;
		}

		public boolean finished() {
			return this.state == State.SUCCEEDED || this.state == State.FAILED || this.state == State.CRASHED;
		}

		/**
		 * How far the job is, 0 to 100: checking counts for the first half, writing for
		 * the second.
		 */
		public int percent() {
			if (finished()) {
				return 100;
			}
			if (this.total == 0) {
				return 0;
			}
			int inStage = (int) (50L * this.done / this.total);
			return this.stage == Stage.CHECKING ? inStage : 50 + inStage;
		}

	}

}
