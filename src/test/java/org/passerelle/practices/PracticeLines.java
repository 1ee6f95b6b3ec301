package org.passerelle.practices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Lines of the practice interchange format for tests: valid practices to start from, as
 * maps that a test changes before writing them as JSON. Names and external ids carry a
 * unique suffix, because the tests share one database.
 */
public final class PracticeLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Unique to this set of lines: "-" and eight letters or digits. */
	public final String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);

	/** A valid French practice led by a new local authority of Rennes, with a partner. */
	public Map<String, Object> practice(int number) {
		Map<String, Object> practice = new LinkedHashMap<>();
		practice.put("externalId", externalId(number));
		practice.put("language", "fr");
		practice.put("title", "Pratique " + number + this.suffix);
		practice.put("summary", "Une ville accueille les personnes arrivées récemment.");
		practice.put("countries", List.of("FR"));
		practice.put("themes", List.of("reception", "housing"));
		practice.put("description", "<p>Un dispositif <strong>municipal</strong> d’accueil.</p>");
		practice.put("organisation", organisation("Ville de Rennes" + this.suffix, "local-authority", "FR", "local"));
		Map<String, Object> partner = organisation("Préfecture d’Ille-et-Vilaine" + this.suffix, "national-authority",
				"FR", "national");
		partner.put("role", "co-financeur");
		practice.put("partners", new ArrayList<>(List.of(partner)));
		practice.put("levels", List.of("local", "national"));
		practice.put("gcmObjectives", List.of(15, 16));
		practice.put("sdgTargets", List.of("10.7"));
		practice.put("targetGroups", List.of("refugees", "asylum-seekers"));
		practice.put("startYear", 2016);
		practice.put("endYear", 2020);
		practice.put("results", "<ul><li>120 personnes logées</li></ul>");
		practice.put("lessons", "<p>Commencer petit.</p>");
		practice.put("transferability", "<p>Toute ville moyenne.</p>");
		practice.put("links", List.of("https://example.org/pratique-" + number));
		Map<String, Object> english = new LinkedHashMap<>();
		english.put("title", "Practice " + number + this.suffix);
		english.put("summary", "A city welcomes newcomers.");
		english.put("description", "<p>A <em>municipal</em> scheme.</p>");
		practice.put("translations", new LinkedHashMap<>(Map.of("en", english)));
		practice.put("territories", List.of("nuts:FRH03"));
		practice.put("budget", "EUR 200 000 a year");
		practice.put("fundingSources", "City budget, State grant");
		return practice;
	}

	/** The external id of the practice with that number. */
	public String externalId(int number) {
		return "test" + this.suffix + "-" + number;
	}

	/** An organisation as the format names it. */
	public static Map<String, Object> organisation(String name, String type, String country, String level) {
		Map<String, Object> organisation = new LinkedHashMap<>();
		organisation.put("name", name);
		organisation.put("type", type);
		if (country != null) {
			organisation.put("country", country);
		}
		organisation.put("level", level);
		return organisation;
	}

	/** One line of JSON. */
	public static String line(Map<String, Object> practice) {
		return JSON.writeValueAsString(practice);
	}

	/** Valid practices numbered from 1, one a line. */
	public String file(int count) {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			lines.add(line(practice(i)));
		}
		return String.join("\n", lines) + "\n";
	}

	/** The lines joined as a file. */
	public static String file(List<String> lines) {
		return String.join("\n", lines) + "\n";
	}

}
