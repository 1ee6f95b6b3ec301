package org.passerelle.practices.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationName;
import org.passerelle.actors.OrganisationRegistry;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeJson.NamedOrganisation;
import org.passerelle.practices.internal.PracticeJson.Read;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports practices from JSON Lines (docs/INTERCHANGE.md), all or nothing. A first pass
 * reads and checks every line and collects every problem with its line number and field;
 * if there is any, nothing is written, not even organisations. Otherwise a second pass
 * writes everything in one transaction, in batches that are flushed and cleared so that a
 * file of ten thousand practices fits in memory: an {@code externalId} already known
 * updates that practice's content (its status and id stay), a new one becomes a practice
 * with the status asked for, and organisations named but missing from the directory are
 * added to it.
 * <p>
 * Who may import: nobody ({@code null} user: the command line, demo content) and
 * administrators import anything; any other user only practices led by an organisation
 * they edit for, and only over practices they may edit. No publication event is sent: an
 * import is bulk content, not a moderation decision.
 */
@Service
public class PracticeImporter {

	/** Lines written between two flushes of the persistence context. */
	static final int BATCH = 100;

	private final PracticeValidator validator;

	private final PracticeRepository practices;

	private final OrganisationDirectory directory;

	private final OrganisationRegistry registry;

	private final Taxonomies taxonomies;

	private final Territories territories;

	private final PracticeAddresses addresses;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	@PersistenceContext
	private EntityManager entityManager;

	PracticeImporter(PracticeValidator validator, PracticeRepository practices, OrganisationDirectory directory,
			OrganisationRegistry registry, Taxonomies taxonomies, Territories territories, PracticeAddresses addresses,
			PlatformTransactionManager transactions) {
		this.validator = validator;
		this.practices = practices;
		this.directory = directory;
		this.registry = registry;
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.addresses = addresses;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * Imports every line of the source, or nothing.
	 * @param source UTF-8 JSON Lines; it is read twice (check, then write)
	 * @param status the status of new practices: {@link PracticeStatus#PUBLISHED} or
	 * {@link PracticeStatus#DRAFT}
	 * @param user who imports, {@code null} for the system (command line, demo content)
	 * @param progress told how far the check and the writing are
	 * @return what was written, or every problem found (and nothing written)
	 */
	public Result importLines(InputStreamSource source, PracticeStatus status, CurrentUser user, Progress progress) {
		if (status != PracticeStatus.PUBLISHED && status != PracticeStatus.DRAFT) {
			throw new IllegalArgumentException("Imported practices are published or drafts, not " + status);
		}
		int total = countLines(source);
		Check check = check(source, user, total, progress);
		if (!check.problems.isEmpty()) {
			List<Problem> sorted = check.problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
			return new Result(total, 0, 0, 0, sorted);
		}
		return this.writing.execute(tx -> write(source, status, user, total, check, progress));
	}

	// ---- first pass: read and check everything, write nothing

	private Check check(InputStreamSource source, CurrentUser user, int total, Progress progress) {
		Check check = new Check(user);
		int read = lines(source, (number, text) -> {
			checkLine(check, number, text);
			progress.update(Stage.CHECKING, number, total);
		});
		if (read == 0) {
			check.problems.add(new Problem(0, null, "practices.import.empty", List.of()));
			return check;
		}
		this.reading.executeWithoutResult(tx -> {
			checkOrganisations(check);
			if (check.restricted()) {
				checkPermissions(check);
			}
		});
		return check;
	}

	private void checkLine(Check check, int number, String text) {
		Read read = PracticeJson.read(text);
		read.problems().forEach(p -> check.problems.add(Problem.of(number, p)));
		if (read.unreadable()) {
			return;
		}
		Set<String> badFields = read.problems()
			.stream()
			.map(PracticeProblem::field)
			.filter(f -> f != null)
			.collect(Collectors.toSet());
		PracticeContent content = PracticeEditor.sanitised(read.content());
		this.validator.problems(content)
			.stream()
			.filter(p -> p.field() == null || !badFields.contains(p.field()))
			.forEach(p -> check.problems.add(Problem.of(number, p)));
		if (read.externalId() != null) {
			Integer first = check.externalIds.putIfAbsent(read.externalId(), number);
			if (first != null) {
				check.problems.add(new Problem(number, "externalId", "practices.import.duplicateExternalId",
						List.of(read.externalId(), first)));
			}
		}
		Set<OrganisationName> named = new HashSet<>();
		for (NamedOrganisation organisation : read.organisations()) {
			checkOrganisation(check, number, organisation);
			if (organisation.name() == null) {
				continue;
			}
			OrganisationName name = organisation.directoryName();
			if (!named.add(name)) {
				check.problems
					.add(new Problem(number, organisation.field(), "practices.problem.duplicatePartner", List.of()));
			}
			check.organisations.computeIfAbsent(name, n -> new Occurrence(number, organisation.field()))
				.learn(organisation, this.taxonomies);
		}
		if (check.restricted()) {
			check.leads.put(number, read.organisation() == null || read.organisation().name() == null ? null
					: read.organisation().directoryName());
			if (read.externalId() != null) {
				check.lineOfExternalId.putIfAbsent(read.externalId(), number);
			}
		}
	}

	private void checkOrganisation(Check check, int number, NamedOrganisation organisation) {
		String field = organisation.field();
		if (organisation.name() != null && organisation.name().length() > OrganisationRegistry.NAME_MAX) {
			check.problems.add(new Problem(number, field + ".name", "practices.problem.tooLong",
					List.of(organisation.name().length(), OrganisationRegistry.NAME_MAX)));
		}
		if (organisation.type() != null && !this.taxonomies.exists(Taxonomies.ORGANISATION_TYPE, organisation.type())) {
			check.problems
				.add(new Problem(number, field + ".type", "practices.problem.code", List.of(organisation.type())));
		}
		if (organisation.level() != null && !this.taxonomies.exists(Taxonomies.LEVEL, organisation.level())) {
			check.problems
				.add(new Problem(number, field + ".level", "practices.problem.code", List.of(organisation.level())));
		}
		if (organisation.country() != null && (!organisation.country().matches("[A-Z]{2}")
				|| this.territories.find("iso:" + organisation.country()).isEmpty())) {
			check.problems.add(new Problem(number, field + ".country", "practices.problem.country",
					List.of(organisation.country())));
		}
		if (organisation.role() != null && organisation.role().length() > PracticeContent.ROLE_MAX) {
			check.problems.add(new Problem(number, field + ".role", "practices.problem.tooLong",
					List.of(organisation.role().length(), PracticeContent.ROLE_MAX)));
		}
	}

	/**
	 * Finds the organisations named in the directory; those to add need a type and a
	 * level, given on at least one of the lines that name them.
	 */
	private void checkOrganisations(Check check) {
		check.found.putAll(this.directory.findByNames(check.organisations.keySet()));
		check.organisations.forEach((name, occurrence) -> {
			if (check.found.containsKey(name)) {
				return;
			}
			// a type or level given but unknown is already reported where it is given
			if (occurrence.type == null && !occurrence.typeGiven) {
				check.problems.add(new Problem(occurrence.line, occurrence.field + ".type",
						"practices.import.organisationTypeNeeded", List.of(name.name())));
			}
			if (occurrence.level == null && !occurrence.levelGiven) {
				check.problems.add(new Problem(occurrence.line, occurrence.field + ".level",
						"practices.import.organisationLevelNeeded", List.of(name.name())));
			}
		});
	}

	/**
	 * For a user who is not an administrator: every practice must be led by an
	 * organisation they edit for, and any practice it replaces must be one they may edit.
	 */
	private void checkPermissions(Check check) {
		CurrentUser user = check.user;
		check.leads.forEach((line, lead) -> {
			OrganisationSummary organisation = lead == null ? null : check.found.get(lead);
			if (organisation == null || !user.editorOf().contains(organisation.id())) {
				check.problems.add(new Problem(line, "organisation", "practices.import.leadNotYours", List.of()));
			}
		});
		List<String> ids = new ArrayList<>(check.lineOfExternalId.keySet());
		for (int from = 0; from < ids.size(); from += BATCH) {
			existing(ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach((externalId, practice) -> {
				if (!PracticePermissions.canEdit(user, practice)) {
					check.problems.add(new Problem(check.lineOfExternalId.get(externalId), "externalId",
							"practices.import.practiceNotYours", List.of(externalId)));
				}
			});
			this.entityManager.clear();
		}
	}

	// ---- second pass: write everything, in one transaction

	private Result write(InputStreamSource source, PracticeStatus status, CurrentUser user, int total, Check check,
			Progress progress) {
		Map<OrganisationName, OrganisationSummary> organisations = new HashMap<>(check.found);
		int[] organisationsCreated = { 0 };
		check.organisations.forEach((name, occurrence) -> {
			if (!organisations.containsKey(name)) {
				organisations.put(name, this.registry.register(name, occurrence.type, occurrence.level));
				organisationsCreated[0]++;
			}
		});
		Long userId = user == null ? null : user.id();
		Batch batch = new Batch(status, userId);
		lines(source, (number, text) -> {
			Read read = PracticeJson.read(text);
			if (!read.problems().isEmpty()) {
				throw new IllegalStateException("Line " + number + " changed since it was checked");
			}
			batch.add(read, organisations);
			if (batch.size() >= BATCH) {
				batch.write();
				progress.update(Stage.WRITING, number, total);
			}
		});
		batch.write();
		progress.update(Stage.WRITING, total, total);
		return new Result(total, batch.created, batch.updated, organisationsCreated[0], List.of());
	}

	/** Practices read and waiting to be written. */
	private final class Batch {

		private final PracticeStatus status;

		private final Long userId;

		private final Map<String, Pending> pending = new LinkedHashMap<>();

		int created;

		int updated;

		Batch(PracticeStatus status, Long userId) {
			this.status = status;
			this.userId = userId;
		}

		void add(Read read, Map<OrganisationName, OrganisationSummary> organisations) {
			List<OrganisationSummary> all = new ArrayList<>();
			Long leadId = null;
			if (read.organisation() != null) {
				OrganisationSummary lead = organisations.get(read.organisation().directoryName());
				leadId = lead.id();
				all.add(lead);
			}
			List<PartnerRole> partners = new ArrayList<>();
			for (NamedOrganisation partner : read.partners()) {
				OrganisationSummary organisation = organisations.get(partner.directoryName());
				partners.add(new PartnerRole(organisation.id(), partner.role()));
				all.add(organisation);
			}
			Set<String> types = new LinkedHashSet<>();
			all.forEach(o -> types.add(o.type()));
			PracticeContent content = PracticeEditor.sanitised(read.withOrganisations(leadId, partners));
			this.pending.put(read.externalId(), new Pending(content, List.copyOf(types)));
		}

		int size() {
			return this.pending.size();
		}

		void write() {
			if (this.pending.isEmpty()) {
				return;
			}
			Map<String, Practice> existing = existing(List.copyOf(this.pending.keySet()));
			this.pending.forEach((externalId, p) -> {
				Practice practice = existing.get(externalId);
				if (practice != null) {
					practice.apply(p.content(), p.organisationTypes());
					this.updated++;
					return;
				}
				practice = new Practice(p.content(), p.organisationTypes(), this.userId);
				practice.setExternalId(externalId);
				if (this.status == PracticeStatus.PUBLISHED) {
					practice.publishDirectly();
				}
				PracticeImporter.this.practices.save(practice);
				this.created++;
			});
			this.pending.clear();
			EntityManager entityManager = PracticeImporter.this.entityManager;
			entityManager.flush();
			// Sends the batch's documents to the index (or, on a cluster, to the outbox
			// in
			// this transaction) instead of keeping them in memory until the commit.
			Search.session(entityManager).indexingPlan().execute();
			entityManager.flush();
			entityManager.clear();
		}

	}

	/**
	 * The practices these external ids designate: stored with them, or this platform's
	 * own addresses of practices ({@link PracticeAddresses}).
	 */
	private Map<String, Practice> existing(List<String> externalIds) {
		Map<String, Practice> found = new HashMap<>();
		this.practices.findByExternalIdIn(externalIds).forEach(p -> found.put(p.getExternalId(), p));
		for (String externalId : externalIds) {
			if (!found.containsKey(externalId)) {
				this.addresses.ownPracticeId(externalId)
					.flatMap(this.practices::findById)
					.ifPresent(p -> found.put(externalId, p));
			}
		}
		return found;
	}

	private record Pending(PracticeContent content, List<String> organisationTypes) {
	}

	// ---- reading the source

	private interface LineConsumer {

		void accept(int number, String text);

	}

	/**
	 * Gives each non-blank line with its number (blank lines are counted, not given).
	 * @return how many non-blank lines there were
	 */
	private static int lines(InputStreamSource source, LineConsumer consumer) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
			int number = 0;
			int given = 0;
			String line;
			while ((line = reader.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (!line.isBlank()) {
					given++;
					consumer.accept(number, line);
				}
			}
			return given;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the practices to import", ex);
		}
	}

	private static int countLines(InputStreamSource source) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
			int count = 0;
			while (reader.readLine() != null) {
				count++;
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the practices to import", ex);
		}
	}

	/** What the first pass learns. */
	private static final class Check {

		final CurrentUser user;

		final List<Problem> problems = new ArrayList<>();

		final Map<String, Integer> externalIds = new HashMap<>();

		/** Each organisation named, with where it is first named and its codes. */
		final Map<OrganisationName, Occurrence> organisations = new LinkedHashMap<>();

		final Map<OrganisationName, OrganisationSummary> found = new HashMap<>();

		/** For a restricted user: the lead organisation of each line. */
		final Map<Integer, OrganisationName> leads = new LinkedHashMap<>();

		/** For a restricted user: the line of each external id. */
		final Map<String, Integer> lineOfExternalId = new LinkedHashMap<>();

		Check(CurrentUser user) {
			this.user = user;
		}

		boolean restricted() {
			return this.user != null && !PracticePermissions.isModerator(this.user);
		}

	}

	/**
	 * An organisation named in the file: where first, and the first valid codes given.
	 */
	private static final class Occurrence {

		final int line;

		final String field;

		String type;

		String level;

		boolean typeGiven;

		boolean levelGiven;

		Occurrence(int line, String field) {
			this.line = line;
			this.field = field;
		}

		void learn(NamedOrganisation organisation, Taxonomies taxonomies) {
			this.typeGiven |= organisation.type() != null;
			this.levelGiven |= organisation.level() != null;
			if (this.type == null && organisation.type() != null
					&& taxonomies.exists(Taxonomies.ORGANISATION_TYPE, organisation.type())) {
				this.type = organisation.type();
			}
			if (this.level == null && organisation.level() != null
					&& taxonomies.exists(Taxonomies.LEVEL, organisation.level())) {
				this.level = organisation.level();
			}
		}

	}

	/** How far an import is: the check first, then the writing. */
	public enum Stage {

		CHECKING, WRITING

	}

	/** Told how far an import is; called from the importing thread. */
	@FunctionalInterface
	public interface Progress {

		/** Nothing to tell. */
		Progress NONE = (stage, done, total) -> {
		};

		/**
		 * @param stage checking or writing
		 * @param done lines of the file done in this stage
		 * @param total lines of the file (blank ones included)
		 */
		void update(Stage stage, int done, int total);

	}

	/**
	 * Something wrong in the file.
	 *
	 * @param line the line, from 1; 0 for the file as a whole
	 * @param field the field as named in the format, or {@code null} for the whole line
	 * @param messageKey message key of the explanation (bundle {@code practices})
	 * @param arguments the message's arguments
	 */
	public record Problem(int line, String field, String messageKey, List<Object> arguments) {

		static Problem of(int line, PracticeProblem problem) {
			return new Problem(line, problem.field(), problem.messageKey(), problem.arguments());
		}

		/** The same problem without its line, to explain it. */
		public PracticeProblem problem() {
			return new PracticeProblem(this.field, this.messageKey, this.arguments);
		}

	}

	/**
	 * The outcome of an import.
	 *
	 * @param lines lines in the file, blank ones included
	 * @param created practices created
	 * @param updated practices whose content was replaced
	 * @param organisationsCreated organisations added to the directory
	 * @param problems every problem found, by line; when there is any, nothing was
	 * written
	 */
	public record Result(int lines, int created, int updated, int organisationsCreated, List<Problem> problems) {

		public boolean succeeded() {
			return this.problems.isEmpty();
		}

	}

}
