package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeFixtures;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.kernel.web.AtomFeed;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search page, its htmx answers, the similar practices fragment, the exports and the
 * feed, over three practices about a made-up town, Plougastrel, in three languages.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeRepository practices;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	long shelter;

	long nightShelter;

	long housing;

	long alone;

	long draft;

	@BeforeAll
	void createPractices() {
		PracticeFixtures fixtures = new PracticeFixtures(this.practices, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long town = fixtures.organisation("Commune de Plougastrel", "local-authority", "local", "FR");
		long charity = fixtures.organisation("Plougastrel Refugee Aid", "civil-society", "local", "GB");
		this.shelter = fixtures
			.practice("fr", "Hébergement d'urgence à Plougastrel",
					"La commune de Plougastrel ouvre un gymnase aux familles sans abri.")
			.lead(town, "local-authority")
			.countries("FR")
			.levels("local")
			.themes("emergency-shelter")
			.gcm(15)
			.targetGroups("asylum-seekers")
			.years(2019, null)
			.externalId("plougastrel-1")
			.translation("en", "Emergency shelter in Plougastrel",
					"The town of Plougastrel opens a gym to homeless families.")
			.publish();
		this.nightShelter = fixtures
			.practice("en", "Night shelter for refugees near Plougastrel",
					"A charity runs a winter night shelter for refugees arriving near Plougastrel.")
			.lead(charity, "civil-society")
			.countries("GB")
			.levels("local")
			.themes("emergency-shelter", "housing")
			.targetGroups("refugees")
			.years(2021, null)
			.publish();
		this.housing = fixtures
			.practice("es", "Viviendas para refugiados en Plougastrel",
					"Viviendas vacías de Plougastrel para familias refugiadas, con \"comillas\" y, comas.")
			.lead(town, "local-authority")
			.countries("ES")
			.levels("local")
			.themes("housing")
			.targetGroups("refugees")
			.years(2020, null)
			.publish();
		this.alone = fixtures
			.practice("en", "Planned relocation of the Kivalinaq shore", "A coastal village moves inland.")
			.countries("US")
			.themes("climate-mobility")
			.publish();
		this.draft = fixtures.practice("fr", "Brouillon sur Plougastrel", "Un brouillon qui ne doit jamais apparaître.")
			.lead(town, "local-authority")
			.countries("FR")
			.themes("housing")
			.draft();
	}

	@Test
	void visitorsSearchOnAFullPageWithFacetsInFrench() throws Exception {
		String html = page(french(get("/practices").param("q", "Plougastrel")));
		assertThat(html).contains("<html", "id=\"practice-search\"", "id=\"practice-results\" aria-live=\"polite\"")
			.contains("3 pratiques")
			.contains("href=\"/practices/" + this.shelter + "\"", "href=\"/practices/" + this.nightShelter + "\"",
					"href=\"/practices/" + this.housing + "\"")
			.doesNotContain("href=\"/practices/" + this.draft + "\"")
			.contains("<legend class=\"h6 mb-1\">Thème</legend>", "<legend class=\"h6 mb-1\">Pays</legend>")
			.contains("<span>Hébergement d&#39;urgence</span> <span class=\"text-body-secondary\">(2)</span>")
			.contains("<span>Logement</span> <span class=\"text-body-secondary\">(2)</span>")
			.contains("<span>Espagne</span>", "<span>Royaume-Uni</span>")
			.contains("name=\"theme\" value=\"emergency-shelter\"")
			// the original language of each practice, and the words highlighted
			.contains("<span>Anglais</span>", "<span>Espagnol</span>")
			.contains("<mark>Plougastrel</mark>")
			.contains("<title>Pratiques : Plougastrel</title>")
			.contains("<option value=\"fr\" lang=\"fr\" selected=\"selected\">Français</option>")
			.contains("href=\"/practices/export.csv?q=Plougastrel&amp;qlang=fr\"")
			.contains("href=\"/practices/export.json?q=Plougastrel&amp;qlang=fr\"")
			.contains("href=\"/practices/feed.atom?q=Plougastrel&amp;qlang=fr\"");
	}

	@Test
	void readersOfEnglishSeeEnglishLabelsAndTheTranslatedTitle() throws Exception {
		String html = page(english(get("/practices").param("q", "Plougastrel")));
		assertThat(html).contains("3 practices")
			.contains("<legend class=\"h6 mb-1\">Theme</legend>")
			.contains("<span>Emergency shelter</span> <span class=\"text-body-secondary\">(2)</span>")
			.contains("<span>Spain</span>", "<span>United Kingdom</span>")
			.contains(">Emergency shelter in Plougastrel</a>", "(translation)")
			.contains("<span>French</span>")
			.contains("<option value=\"en\" lang=\"en\" selected=\"selected\">English</option>");
	}

	@Test
	void aFacetNarrowsTheListAndKeepsTheOtherChoicesCounted() throws Exception {
		String html = page(french(get("/practices").param("q", "Plougastrel").param("country", "ES")));
		assertThat(html).contains("1 pratique")
			.contains("href=\"/practices/" + this.housing + "\"")
			.doesNotContain("href=\"/practices/" + this.shelter + "\"")
			.contains("name=\"country\" value=\"ES\" checked=\"checked\"")
			// the country facet ignores its own filter
			.contains("<span>France</span> <span class=\"text-body-secondary\">(1)</span>");
	}

	@Test
	void htmxGetsTheResultsAndTheFacetsOutOfBand() throws Exception {
		String html = page(french(get("/practices").param("q", "Plougastrel").param("theme", "housing"))
			.header("HX-Request", "true"));
		assertThat(html).doesNotContain("<html", "id=\"practice-search\"")
			.contains("Résultats de la recherche", "2 pratiques")
			.contains("href=\"/practices/" + this.nightShelter + "\"", "href=\"/practices/" + this.housing + "\"")
			.contains("<div id=\"practice-facets\" hx-swap-oob=\"true\">")
			.contains("name=\"theme\" value=\"housing\" checked=\"checked\"");
		this.mvc.perform(french(get("/practices")).header("HX-Request", "true"))
			.andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("HX-Request")));
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		assertThat(page(french(get("/practices").param("q", "introuvablissimexyz"))))
			.contains("Aucune pratique ne correspond à cette recherche.")
			.contains("Essayez d’autres mots ou une autre langue, ou retirez un filtre.")
			.doesNotContain("practice-downloads");
		assertThat(page(english(get("/practices").param("q", "introuvablissimexyz"))))
			.contains("No practice matches this search.");
	}

	@Test
	void thePageShowsDefaultsForBadParameters() throws Exception {
		assertThat(page(french(get("/practices").param("q", "Plougastrel")
			.param("size", "1000")
			.param("page", "-1")
			.param("gcm", "abc")
			.param("sort", "oldest")))).contains("3 pratiques");
	}

	@Test
	void theNavigationLeadsToThePractices() throws Exception {
		assertThat(page(french(get("/practices"))))
			.contains("<a class=\"nav-link active\" href=\"/practices\" aria-current=\"page\">Pratiques</a>");
	}

	@Test
	void exportsTheListAsCsvForSpreadsheets() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(french(get("/practices/export.csv").param("q", "Plougastrel").param("sort", "newest")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", "practices.csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFid,externalId,title,language,summary,themes,countries,levels,"
				+ "gcmObjectives,sdgTargets,targetGroups,startYear,endYear,leadOrganisation,url\r\n");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		assertThat(records).extracting(r -> r.get("id"))
			.containsExactly(String.valueOf(this.housing), String.valueOf(this.nightShelter),
					String.valueOf(this.shelter));
		CSVRecord shelterRow = records.get(2);
		assertThat(shelterRow.get("externalId")).isEqualTo("plougastrel-1");
		assertThat(shelterRow.get("title")).isEqualTo("Hébergement d'urgence à Plougastrel");
		assertThat(shelterRow.get("language")).isEqualTo("fr");
		assertThat(shelterRow.get("themes")).isEqualTo("emergency-shelter");
		assertThat(shelterRow.get("gcmObjectives")).isEqualTo("15");
		assertThat(shelterRow.get("startYear")).isEqualTo("2019");
		assertThat(shelterRow.get("endYear")).isEmpty();
		assertThat(shelterRow.get("leadOrganisation")).isEqualTo("Commune de Plougastrel");
		assertThat(shelterRow.get("url")).isEqualTo("http://localhost/practices/" + this.shelter);
		assertThat(records.get(1).get("themes")).isEqualTo("emergency-shelter|housing");
		assertThat(records.get(0).get("summary")).contains("\"comillas\" y, comas.");
	}

	@Test
	void exportsTheListAsJsonInTheApiShape() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(french(get("/practices/export.json").param("q", "Plougastrel").param("theme", "housing")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode items = JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(2);
		List<Long> ids = new ArrayList<>();
		items.forEach(item -> {
			assertThat(item.propertyNames()).containsExactly("id", "externalId", "title", "language", "summary",
					"score", "highlights");
			ids.add(item.get("id").asLong());
		});
		assertThat(ids).containsExactlyInAnyOrder(this.nightShelter, this.housing);
	}

	@Test
	void rejectsAnExportWithBadParameters() throws Exception {
		this.mvc.perform(french(get("/practices/export.csv").param("gcm", "quinze")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(french(get("/practices/feed.atom").param("size", "1000"))).andExpect(status().isBadRequest());
	}

	@Test
	void theAtomFeedListsTheNewestPracticesOfTheSearch() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(french(get("/practices/feed.atom").param("q", "Plougastrel")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
		assertThat(child(root, "id")).isEqualTo("http://localhost/practices/feed.atom?q=Plougastrel&qlang=fr");
		assertThat(child(root, "title")).isEqualTo("Passerelle – nouvelles pratiques");
		assertThat(child(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		NodeList entries = root.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry");
		assertThat(entries.getLength()).isEqualTo(3);
		Element newest = (Element) entries.item(0);
		assertThat(child(newest, "id")).isEqualTo("http://localhost/practices/" + this.housing);
		assertThat(child(newest, "title")).isEqualTo("Viviendas para refugiados en Plougastrel");
		assertThat(newest.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("es");
		Element night = (Element) entries.item(1);
		assertThat(child(night, "id")).isEqualTo("http://localhost/practices/" + this.nightShelter);
		assertThat(child(night, "summary")).startsWith("A charity runs a winter night shelter");
		NodeList categories = night.getElementsByTagNameNS(AtomFeed.NAMESPACE, "category");
		assertThat(categories.getLength()).isEqualTo(2);
		assertThat(((Element) categories.item(0)).getAttribute("term")).isEqualTo("emergency-shelter");
		assertThat(((Element) categories.item(0)).getAttribute("label")).isEqualTo("Hébergement d'urgence");
		Element link = (Element) night.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0);
		assertThat(link.getAttribute("href")).isEqualTo("http://localhost/practices/" + this.nightShelter);
		assertThat(link.getAttribute("rel")).isEqualTo("alternate");
	}

	@Test
	void similarPracticesAreAFragmentForThePracticePage() throws Exception {
		String html = page(french(get("/practices/{id}/similar", this.shelter)));
		assertThat(html).doesNotContain("<html")
			.contains("<h2 class=\"h4\" id=\"practice-similar-title\">Pratiques similaires</h2>")
			.contains("href=\"/practices/" + this.nightShelter + "\"")
			.doesNotContain("href=\"/practices/" + this.shelter + "\"");
		assertThat(page(french(get("/practices/{id}/similar", this.alone))).strip()).isEmpty();
		assertThat(page(french(get("/practices/{id}/similar", this.draft))).strip()).isEmpty();
	}

	@Test
	void thePlatformSearchHasASectionOfPractices() throws Exception {
		String html = page(french(get("/search").param("q", "Plougastrel")));
		assertThat(html).contains("id=\"search-practices\">Pratiques</h2>")
			.contains("href=\"/practices/" + this.shelter + "\"")
			.contains("href=\"/practices?q=Plougastrel\"");
	}

	private static String child(Element parent, String name) {
		return parent.getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(0).getTextContent();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("\\s+", " ");
	}

	private static MockHttpServletRequestBuilder french(MockHttpServletRequestBuilder request) {
		return request.header("Accept-Language", "fr");
	}

	private static MockHttpServletRequestBuilder english(MockHttpServletRequestBuilder request) {
		return request.header("Accept-Language", "en");
	}

}
