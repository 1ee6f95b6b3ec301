package org.passerelle.actors.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.passerelle.actors.OrganisationDetails;
import org.passerelle.actors.internal.Organisation;
import org.passerelle.actors.internal.OrganisationData;
import org.passerelle.kernel.taxonomy.Taxonomies;

/**
 * What the organisation form and the API send to create or change an organisation. Codes
 * are checked against the kernel taxonomies and territories.
 */
@ConsistentOrganisation
@Schema(name = "OrganisationInput", description = "An organisation to create or the new state of one to change")
public class OrganisationForm {

	@NotBlank(message = "{actors.validation.name}")
	@Size(max = 300, message = "{actors.validation.size}")
	@Schema(description = "Name in its usual language", example = "Ville de Rennes",
			requiredMode = Schema.RequiredMode.REQUIRED)
	private String name;

	@Size(max = 40, message = "{actors.validation.size}")
	@Schema(description = "Acronym", example = "CGLU")
	private String acronym;

	@NotBlank(message = "{actors.validation.type}")
	@TaxonomyCode(Taxonomies.ORGANISATION_TYPE)
	@Schema(description = "Code of the organisation-type taxonomy", example = "local-authority",
			requiredMode = Schema.RequiredMode.REQUIRED)
	private String type;

	@NotBlank(message = "{actors.validation.level}")
	@TaxonomyCode(Taxonomies.LEVEL)
	@Schema(description = "Code of the level taxonomy", example = "local", requiredMode = Schema.RequiredMode.REQUIRED)
	private String level;

	@CountryCode
	@Schema(description = "ISO 3166-1 alpha-2 code of the country, or of the seat", example = "FR")
	private String country;

	@TerritoryReference
	@Size(max = 60, message = "{actors.validation.size}")
	@Schema(description = "Kernel territory id", example = "nuts:FRH03")
	private String territoryId;

	@Size(max = Organisation.DESCRIPTION_MAX, message = "{actors.validation.size}")
	@Schema(description = "Plain text; paragraphs separated by a blank line")
	private String description;

	@Pattern(regexp = "[a-z]{2,3}", message = "{actors.validation.language}")
	@Schema(description = "Language of the description (ISO 639-1)", example = "fr")
	private String descriptionLanguage;

	@WebAddress
	@Size(max = 500, message = "{actors.validation.size}")
	@Schema(description = "Web address, http or https", example = "https://metropole.rennes.fr")
	private String website;

	@Schema(description = "Version the change starts from (from a previous read); omit to overwrite")
	private Long version;

	/**
	 * An empty form whose description language is the reader's, if it is a content
	 * language.
	 */
	public static OrganisationForm empty(Locale locale) {
		OrganisationForm form = new OrganisationForm();
		form.descriptionLanguage = OrganisationLabels.contentLanguage(locale);
		return form;
	}

	/** A form holding an organisation's current state. */
	public static OrganisationForm of(OrganisationDetails organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.name();
		form.acronym = organisation.acronym();
		form.type = organisation.type();
		form.level = organisation.level();
		form.country = organisation.country();
		form.territoryId = organisation.territoryId();
		form.description = organisation.description();
		form.descriptionLanguage = organisation.descriptionLanguage();
		form.website = organisation.website();
		form.version = organisation.version();
		return form;
	}

	/**
	 * The validated form as data: trimmed, blanks as {@code null}, country in upper case.
	 */
	public OrganisationData toData() {
		String cleanCountry = clean(this.country);
		String cleanDescription = cleanDescription(this.description);
		return new OrganisationData(clean(this.name).replaceAll("\\s+", " "), clean(this.acronym), clean(this.type),
				clean(this.level), cleanCountry == null ? null : cleanCountry.toUpperCase(Locale.ROOT),
				clean(this.territoryId), cleanDescription,
				cleanDescription == null ? null : clean(this.descriptionLanguage), clean(this.website));
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Keeps paragraphs, drops trailing spaces and runs of blank lines. */
	private static String cleanDescription(String value) {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		return text.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getTerritoryId() {
		return this.territoryId;
	}

	public void setTerritoryId(String territoryId) {
		this.territoryId = territoryId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDescriptionLanguage() {
		return this.descriptionLanguage;
	}

	public void setDescriptionLanguage(String descriptionLanguage) {
		this.descriptionLanguage = descriptionLanguage;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
