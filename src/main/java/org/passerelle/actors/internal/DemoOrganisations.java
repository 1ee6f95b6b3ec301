package org.passerelle.actors.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.accounts.Role;
import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Demo content: on the first start with {@code passerelle.demo=true} (directory empty),
 * loads the organisations of {@value #FILE} and two demo accounts of the City of Rennes
 * (see {@code demo/README.md}; the password {@value #DEMO_PASSWORD} is for demonstrations
 * only). It runs once the application is ready, after the kernel has loaded its reference
 * data, and never in command-line mode.
 */
@Component
public class DemoOrganisations {

	static final String FILE = "demo/organisations.csv";

	/** The order of the first-start listener. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	static final String DEMO_PASSWORD = "passerelle-demo";

	static final String DEMO_ORGANISATION = "Ville de Rennes";

	static final String EDITOR_EMAIL = "camille.rennes@example.org";

	static final String MEMBER_EMAIL = "samir.rennes@example.org";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

	private final OrganisationRepository organisations;

	private final Accounts accounts;

	private final Taxonomies taxonomies;

	private final Territories territories;

	private final PasserelleProperties properties;

	private final Environment environment;

	DemoOrganisations(OrganisationRepository organisations, Accounts accounts, Taxonomies taxonomies,
			Territories territories, PasserelleProperties properties, Environment environment) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.properties = properties;
		this.environment = environment;
	}

	/**
	 * Runs just before the last listeners, so that the demo content of modules that name
	 * these organisations (practices) can run after it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(ORDER)
	void loadOnFirstStart() {
		boolean commandLine = this.environment.getProperty("passerelle.cli", Boolean.class, false);
		if (this.properties.demo() && !commandLine && this.organisations.count() == 0) {
			load();
		}
	}

	/**
	 * Adds the demo organisations whose codes are valid, then the demo accounts.
	 * @return how many organisations were added
	 */
	public int load() {
		List<OrganisationData> valid = new ArrayList<>();
		for (OrganisationData data : read(new ClassPathResource(FILE))) {
			String problem = problem(data);
			if (problem == null) {
				valid.add(data);
			}
			else {
				log.warn("Demo organisation '{}' skipped: {}", data.name(), problem);
			}
		}
		List<Organisation> saved = this.organisations
			.saveAll(valid.stream().map(d -> new Organisation(d, null)).toList());
		saved.stream().filter(o -> o.getName().equals(DEMO_ORGANISATION)).findFirst().ifPresent(this::addDemoAccounts);
		log.info("Demo content: {} organisations loaded", saved.size());
		return saved.size();
	}

	/** The organisations of a demo file, in file order. */
	public static List<OrganisationData> read(Resource file) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			List<OrganisationData> rows = new ArrayList<>();
			for (CSVRecord row : format.parse(reader)) {
				rows.add(new OrganisationData(row.get("name"), blank(row.get("acronym")), row.get("type"),
						row.get("level"), blank(row.get("country")), blank(row.get("territory")),
						blank(row.get("description")), blank(row.get("language")), blank(row.get("website"))));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	/** Why the kernel's reference data refuses the organisation, or {@code null}. */
	String problem(OrganisationData data) {
		if (!this.taxonomies.exists(Taxonomies.ORGANISATION_TYPE, data.type())) {
			return "unknown organisation type " + data.type();
		}
		if (!this.taxonomies.exists(Taxonomies.LEVEL, data.level())) {
			return "unknown level " + data.level();
		}
		if (data.country() != null && this.territories.find("iso:" + data.country()).isEmpty()) {
			return "unknown country " + data.country();
		}
		if (data.territoryId() != null && this.territories.find(data.territoryId()).isEmpty()) {
			return "unknown territory " + data.territoryId();
		}
		return null;
	}

	private void addDemoAccounts(Organisation city) {
		long editor = account(EDITOR_EMAIL, "Camille Martin");
		long member = account(MEMBER_EMAIL, "Samir Benali");
		this.accounts.setMembership(editor, city.getId(), MembershipRole.EDITOR);
		this.accounts.setMembership(member, city.getId(), MembershipRole.MEMBER);
	}

	private long account(String email, String displayName) {
		return this.accounts.findByEmail(email)
			.map(u -> u.id())
			.orElseGet(() -> this.accounts.createConfirmedUser(email, displayName, DEMO_PASSWORD, Locale.FRENCH,
					Set.of(Role.MEMBER)));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
