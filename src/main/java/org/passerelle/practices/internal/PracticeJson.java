package org.passerelle.practices.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.passerelle.actors.OrganisationName;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;

/**
 * The practice interchange format of PRODUCT.md §6 (docs/INTERCHANGE.md): one JSON object
 * a line, organisations named by an object rather than an id. Reading checks the JSON
 * types and rejects unknown fields; the rules of the content itself are
 * {@link PracticeValidator}'s. Problems are named by field as in the format
 * ({@code partners[2].type}, {@code translations.en.title}), partners counted from 1.
 */
public final class PracticeJson {

	/** The fields of a practice, in the order they are written. */
	public static final List<String> FIELDS = List.of("externalId", "language", "title", "summary", "countries",
			"themes", "description", "organisation", "partners", "levels", "gcmObjectives", "sdgTargets",
			"targetGroups", "startYear", "endYear", "results", "lessons", "transferability", "links", "translations",
			// ours, beyond §6 (documented in docs/INTERCHANGE.md)
			"territories", "originTerritories", "budget", "fundingSources");

	/** Longest external id accepted (the column's length). */
	public static final int EXTERNAL_ID_MAX = 200;

	private static final Set<String> ORGANISATION_FIELDS = Set.of("name", "type", "country", "level");

	private static final Set<String> PARTNER_FIELDS = Set.of("name", "type", "country", "level", "role");

	private static final Set<String> TRANSLATION_FIELDS = Set.of("title", "summary", "description");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private PracticeJson() {
	}

	/**
	 * Reads one line.
	 * @return the practice read, with every problem of JSON type or shape found; its
	 * content has no organisations yet (they are named, not identified)
	 */
	public static Read read(String line) {
		JsonNode json;
		try {
			json = JSON.readTree(line);
		}
		catch (JacksonException ex) {
			int column = ex.getLocation() == null ? 0 : Math.max(ex.getLocation().getColumnNr(), 0);
			return Read.failed(new PracticeProblem(null, "practices.import.invalidJson", column,
					firstLine(ex.getOriginalMessage())));
		}
		if (json == null || !json.isObject()) {
			return Read.failed(new PracticeProblem(null, "practices.import.notObject"));
		}
		return new Reader(json).read();
	}

	/**
	 * Writes a practice as one object of the format.
	 * @param externalId the identifier to write ({@link PracticeAddresses#externalId})
	 * @param organisations the practice's organisations by id (missing ones are left out)
	 */
	public static ObjectNode write(Practice practice, String externalId, Map<Long, OrganisationSummary> organisations) {
		ObjectNode json = JSON.createObjectNode();
		writeTo(json, practice, externalId, organisations);
		return json;
	}

	/** Writes the practice's fields into an object (after any fields already there). */
	public static void writeTo(ObjectNode json, Practice practice, String externalId,
			Map<Long, OrganisationSummary> organisations) {
		json.put("externalId", externalId);
		json.put("language", practice.getLanguage());
		json.put("title", practice.getTitle());
		json.put("summary", practice.getSummary());
		strings(json, "countries", practice.getCountries(), true);
		strings(json, "themes", practice.getThemes(), true);
		text(json, "description", practice.getDescription());
		OrganisationSummary lead = practice.getLeadOrganisationId() == null ? null
				: organisations.get(practice.getLeadOrganisationId());
		if (lead != null) {
			organisation(json.putObject("organisation"), lead);
		}
		List<PartnerRole> partners = practice.getPartners()
			.stream()
			.filter(p -> organisations.containsKey(p.organisationId()))
			.toList();
		if (!partners.isEmpty()) {
			ArrayNode array = json.putArray("partners");
			for (PartnerRole partner : partners) {
				ObjectNode object = array.addObject();
				organisation(object, organisations.get(partner.organisationId()));
				text(object, "role", partner.role());
			}
		}
		strings(json, "levels", practice.getLevels(), false);
		if (!practice.getGcmObjectives().isEmpty()) {
			ArrayNode array = json.putArray("gcmObjectives");
			practice.getGcmObjectives().forEach(array::add);
		}
		strings(json, "sdgTargets", practice.getSdgTargets(), false);
		strings(json, "targetGroups", practice.getTargetGroups(), false);
		if (practice.getStartYear() != null) {
			json.put("startYear", practice.getStartYear());
		}
		if (practice.getEndYear() != null) {
			json.put("endYear", practice.getEndYear());
		}
		text(json, "results", practice.getResults());
		text(json, "lessons", practice.getLessons());
		text(json, "transferability", practice.getTransferability());
		strings(json, "links", practice.getLinks(), false);
		if (!practice.getTranslations().isEmpty()) {
			ObjectNode translations = json.putObject("translations");
			new TreeMap<>(practice.getTranslations()).forEach((language, translation) -> {
				ObjectNode object = translations.putObject(language);
				text(object, "title", translation.title());
				text(object, "summary", translation.summary());
				text(object, "description", translation.description());
			});
		}
		strings(json, "territories", practice.getTerritories(), false);
		strings(json, "originTerritories", practice.getOriginTerritories(), false);
		text(json, "budget", practice.getBudget());
		text(json, "fundingSources", practice.getFundingSources());
	}

	/** The object as one line of JSON (no line break inside). */
	public static String toLine(JsonNode json) {
		return JSON.writeValueAsString(json);
	}

	/** A new empty object, e.g. to put fields before the practice's. */
	public static ObjectNode object() {
		return JSON.createObjectNode();
	}

	private static void organisation(ObjectNode json, OrganisationSummary organisation) {
		json.put("name", organisation.name());
		json.put("type", organisation.type());
		text(json, "country", organisation.country());
		json.put("level", organisation.level());
	}

	private static void strings(ObjectNode json, String field, List<String> values, boolean always) {
		if (always || !values.isEmpty()) {
			ArrayNode array = json.putArray(field);
			values.forEach(array::add);
		}
	}

	private static void text(ObjectNode json, String field, String value) {
		if (value != null) {
			json.put(field, value);
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

	/**
	 * One line read.
	 *
	 * @param externalId the practice's identifier in its source, or {@code null}
	 * @param content the content, without organisations; {@code null} when the line is
	 * not a JSON object
	 * @param organisation the lead organisation as named, or {@code null}
	 * @param partners the partners as named
	 * @param problems problems of JSON syntax, type or shape; the content's own rules are
	 * not checked here
	 */
	public record Read(String externalId, PracticeContent content, NamedOrganisation organisation,
			List<NamedOrganisation> partners, List<PracticeProblem> problems) {

		static Read failed(PracticeProblem problem) {
			return new Read(null, null, null, List.of(), List.of(problem));
		}

		/** Whether the line could not be read as an object at all. */
		public boolean unreadable() {
			return this.content == null;
		}

		/** The organisations named, lead first. */
		public List<NamedOrganisation> organisations() {
			List<NamedOrganisation> all = new ArrayList<>();
			if (this.organisation != null) {
				all.add(this.organisation);
			}
			all.addAll(this.partners);
			return all;
		}

		/** The content with the organisations' ids. */
		public PracticeContent withOrganisations(Long leadId, List<PartnerRole> partnerIds) {
			PracticeContent c = this.content;
			return new PracticeContent(c.language(), c.title(), c.summary(), c.description(), leadId, partnerIds,
					c.countries(), c.territories(), c.originTerritories(), c.levels(), c.themes(), c.gcmObjectives(),
					c.sdgTargets(), c.targetGroups(), c.startYear(), c.endYear(), c.budget(), c.fundingSources(),
					c.results(), c.lessons(), c.transferability(), c.links(), c.translations());
		}

	}

	/**
	 * An organisation as the format names it: by name and country.
	 *
	 * @param field where it is in the line: {@code organisation} or {@code partners[2]}
	 * @param name the name, stripped; {@code null} if missing
	 * @param type its {@code organisation-type} code, or {@code null}
	 * @param country ISO 3166-1 alpha-2 code, or {@code null}
	 * @param level its {@code level} code, or {@code null}
	 * @param role a partner's role, or {@code null}
	 */
	public record NamedOrganisation(String field, String name, String type, String country, String level, String role) {

		/** The name to look up in the directory. */
		public OrganisationName directoryName() {
			return new OrganisationName(this.name, this.country);
		}

	}

	/** Reads one JSON object, collecting problems instead of stopping at the first. */
	private static final class Reader {

		private final JsonNode json;

		private final List<PracticeProblem> problems = new ArrayList<>();

		Reader(JsonNode json) {
			this.json = json;
		}

		Read read() {
			unknownFields(this.json, Set.copyOf(FIELDS), "");
			String externalId = plain(this.json, "externalId");
			if (externalId == null && !hasProblem("externalId")) {
				this.problems.add(new PracticeProblem("externalId", "practices.problem.required"));
			}
			else if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
				this.problems.add(new PracticeProblem("externalId", "practices.problem.tooLong", externalId.length(),
						EXTERNAL_ID_MAX));
			}
			PracticeContent content = new PracticeContent(string(this.json, "language", ""), plain(this.json, "title"),
					plain(this.json, "summary"), rich(this.json, "description"), null, List.of(), strings("countries"),
					strings("territories"), strings("originTerritories"), strings("levels"), strings("themes"),
					integers("gcmObjectives"), strings("sdgTargets"), strings("targetGroups"), integer("startYear"),
					integer("endYear"), plain(this.json, "budget"), plain(this.json, "fundingSources"),
					rich(this.json, "results"), rich(this.json, "lessons"), rich(this.json, "transferability"),
					strings("links"), translations());
			NamedOrganisation lead = null;
			JsonNode organisation = this.json.get("organisation");
			if (present(organisation)) {
				if (organisation.isObject()) {
					lead = organisation(organisation, "organisation", ORGANISATION_FIELDS);
				}
				else {
					type("organisation", "practices.import.type.object");
				}
			}
			return new Read(externalId, content, lead, partners(), List.copyOf(this.problems));
		}

		private List<NamedOrganisation> partners() {
			JsonNode partners = this.json.get("partners");
			if (!present(partners)) {
				return List.of();
			}
			if (!partners.isArray()) {
				type("partners", "practices.import.type.objectArray");
				return List.of();
			}
			List<NamedOrganisation> all = new ArrayList<>();
			int index = 0;
			for (JsonNode partner : partners.values()) {
				String field = "partners[" + (++index) + "]";
				if (partner.isObject()) {
					all.add(organisation(partner, field, PARTNER_FIELDS));
				}
				else {
					type(field, "practices.import.type.object");
				}
			}
			return all;
		}

		private NamedOrganisation organisation(JsonNode json, String field, Set<String> allowed) {
			unknownFields(json, allowed, field + ".");
			String name = plain(json, "name", field + ".name");
			if (name == null && !hasProblem(field + ".name")) {
				this.problems.add(new PracticeProblem(field + ".name", "practices.problem.required"));
			}
			return new NamedOrganisation(field, name, string(json, "type", field + "."),
					string(json, "country", field + "."), string(json, "level", field + "."),
					allowed.contains("role") ? plain(json, "role", field + ".role") : null);
		}

		private Map<String, TranslatedText> translations() {
			JsonNode translations = this.json.get("translations");
			if (!present(translations)) {
				return Map.of();
			}
			if (!translations.isObject()) {
				type("translations", "practices.import.type.object");
				return Map.of();
			}
			Map<String, TranslatedText> all = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : translations.properties()) {
				String field = "translations." + entry.getKey();
				JsonNode translation = entry.getValue();
				if (!translation.isObject()) {
					type(field, "practices.import.type.object");
					continue;
				}
				unknownFields(translation, TRANSLATION_FIELDS, field + ".");
				all.put(entry.getKey(), new TranslatedText(plain(translation, "title", field + ".title"),
						plain(translation, "summary", field + ".summary"), rich(translation, "description", field)));
			}
			return all;
		}

		private void unknownFields(JsonNode json, Set<String> allowed, String prefix) {
			json.propertyNames()
				.stream()
				.filter(name -> !allowed.contains(name))
				.forEach(name -> this.problems
					.add(new PracticeProblem(prefix + name, "practices.import.unknownField", prefix + name)));
		}

		/** A string as given (codes), {@code null} if absent. */
		private String string(JsonNode json, String name, String prefix) {
			JsonNode value = json.get(name);
			if (!present(value)) {
				return null;
			}
			if (!value.isString()) {
				type(prefix + name, "practices.import.type.string");
				return null;
			}
			return value.asString();
		}

		/** Plain text: stripped, {@code null} if blank. */
		private String plain(JsonNode json, String name) {
			return plain(json, name, name);
		}

		private String plain(JsonNode json, String name, String field) {
			JsonNode value = json.get(name);
			if (!present(value)) {
				return null;
			}
			if (!value.isString()) {
				type(field, "practices.import.type.string");
				return null;
			}
			String text = value.asString().strip();
			return text.isEmpty() ? null : text;
		}

		/** Rich text, sanitised later; {@code null} if blank. */
		private String rich(JsonNode json, String name) {
			return rich(json, name, null);
		}

		private String rich(JsonNode json, String name, String prefix) {
			String field = prefix == null ? name : prefix + "." + name;
			return plain(json, name, field);
		}

		private List<String> strings(String field) {
			JsonNode value = this.json.get(field);
			if (!present(value)) {
				return List.of();
			}
			if (!value.isArray() || !value.values().stream().allMatch(JsonNode::isString)) {
				type(field, "practices.import.type.stringArray");
				return List.of();
			}
			return value.values().stream().map(JsonNode::asString).toList();
		}

		private List<Integer> integers(String field) {
			JsonNode value = this.json.get(field);
			if (!present(value)) {
				return List.of();
			}
			if (!value.isArray() || !value.values().stream().allMatch(PracticeJson.Reader::isInt)) {
				type(field, "practices.import.type.integerArray");
				return List.of();
			}
			return value.values().stream().map(JsonNode::intValue).toList();
		}

		private Integer integer(String field) {
			JsonNode value = this.json.get(field);
			if (!present(value)) {
				return null;
			}
			if (!isInt(value)) {
				type(field, "practices.import.type.integer");
				return null;
			}
			return value.intValue();
		}

		private static boolean isInt(JsonNode value) {
			return value.isIntegralNumber() && value.canConvertToInt();
		}

		/** JSON {@code null} counts as absent. */
		private static boolean present(JsonNode value) {
			return value != null && !value.isNull();
		}

		private void type(String field, String key) {
			this.problems.add(new PracticeProblem(field, key));
		}

		private boolean hasProblem(String field) {
			return this.problems.stream().anyMatch(p -> field.equals(p.field()));
		}

	}

}
