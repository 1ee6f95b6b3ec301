package org.passerelle.dialogues.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dialogue in a real browser: an organiser creates a four-round dialogue whose first
 * round is open; a member contributes; the contribution stays out of public view until a
 * moderator approves it; then every visitor reads it. The organiser writes the synthesis,
 * whose figures count the contribution, publishes it, and downloads it as PDF and DOCX,
 * which open and hold the summary and the contribution. Screenshots under
 * {@code target/screenshots}.
 */
class DialogueJourneyBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-test-password";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aDialogueIsCreatedContributedToModeratedReadAndSynthesised() throws Exception {
		PracticeTestSupport support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long network = support.organisation("Réseau Parcours Dialogue", "lra-network", "international", "BE");
		long city = support.organisation("Ville de Lorient (parcours)", "local-authority", "local", "FR");
		User organiser = support.editorOf(network, "Orane Organisatrice");
		User member = support.editorOf(city, "Maël Membre");
		User moderator = support.moderator("Modeste Modérateur");
		String title = "Villes et diasporas " + UUID.randomUUID().toString().substring(0, 8);
		String answer = "Nous avons ouvert un guichet commun avec les associations de la diaspora à Lorient.";

		signIn(organiser);
		open("/dialogues/new");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("description")).sendKeys("<p>Quatre semaines pour comparer nos pratiques.</p>");
		click(browser.findElement(By.cssSelector("input[name='organiserIds'][value='" + network + "']")));
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0).minusHours(1);
		for (int week = 0; week < 4; week++) {
			browser.findElement(By.id("rounds" + week + ".title")).sendKeys("Semaine " + (week + 1));
			// typing into datetime-local depends on the browser's locale; the value does
			// not
			setValue(browser.findElement(By.id("rounds" + week + ".opensAt")), LOCAL.format(start.plusWeeks(week)));
			setValue(browser.findElement(By.id("rounds" + week + ".closesAt")),
					LOCAL.format(start.plusWeeks(week + 1).minusMinutes(1)));
			browser.findElement(By.id("rounds" + week + ".questions0"))
				.sendKeys("Question " + (week + 1) + " : qui coordonne l’accueil sur votre territoire ?");
		}
		click(browser.findElement(By.cssSelector("#main form button.btn-primary[type='submit']")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
		String dialogueUrl = browser.getCurrentUrl().replace(baseUrl(), "");
		assertThat(browser.findElement(By.id("main")).getText()).contains("Semaine 4");
		screenshot("dialogue-01-created");
		signOut();

		signIn(member);
		open(dialogueUrl + "/contribute");
		browser.findElement(By.id("answers1")).sendKeys(answer);
		new Select(browser.findElement(By.id("organisationId"))).selectByValue(String.valueOf(city));
		click(browser.findElement(By.cssSelector("#main form button.btn-primary[type='submit']")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mine-heading")));
		screenshot("dialogue-02-contributed");
		signOut();

		// nothing public before a moderator has read it
		open(dialogueUrl);
		assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("guichet commun");

		signIn(moderator);
		open(dialogueUrl + "/moderation");
		WebElement approve = waitFor(ExpectedConditions
			.elementToBeClickable(By.cssSelector("form[action$='/approve'] button[type='submit']")));
		assertThat(browser.findElement(By.id("main")).getText()).contains("guichet commun");
		click(approve);
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("form[action$='/approve']"), 0));
		screenshot("dialogue-03-approved");
		signOut();

		open(dialogueUrl);
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "guichet commun"));
		assertThat(browser.findElement(By.id("main")).getText()).contains("Ville de Lorient (parcours)");
		screenshot("dialogue-04-public");

		signIn(organiser);
		open(dialogueUrl + "/synthesis/edit");
		browser.findElement(By.id("summary-1-1"))
			.sendKeys("Les villes coordonnent l’accueil avec les associations de la diaspora.");
		click(browser.findElement(By.cssSelector("#main form button.btn-primary[type='submit']")));
		waitFor(ExpectedConditions.urlToBe(baseUrl() + dialogueUrl + "/synthesis"));
		click(browser.findElement(By.cssSelector("form[action$='/synthesis/publish'] button[type='submit']")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("form[action$='/synthesis/publish']"), 0));
		// the figures of every round: one contribution, from France, by a local
		// authority, in French, on the web
		WebElement byCountry = browser.findElement(By.cssSelector("table[aria-labelledby='all-byCountry']"));
		assertThat(byCountry.getText()).contains("France").contains("1");
		assertThat(browser.findElement(By.cssSelector("table[aria-labelledby='all-byChannel']")).getText())
			.contains("1");
		assertThat(browser.findElement(By.id("main")).getText()).contains("Les villes coordonnent l’accueil");
		screenshot("dialogue-05-synthesis");

		byte[] pdf = download(dialogueUrl + "/synthesis.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(title).contains("Les villes coordonnent l’accueil").contains("guichet commun");
		}
		byte[] docx = download(dialogueUrl + "/synthesis.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains(title)
				.contains("Les villes coordonnent l’accueil")
				.contains("guichet commun");
		}
	}

	/** A file as the signed-in browser would download it (its session cookie). */
	private byte[] download(String path) {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookies).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void signIn(User user) {
		open("/login");
		browser.findElement(By.id("email")).sendKeys(user.email());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(browser.findElement(By.cssSelector("#main form button[type='submit']")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), user.name()));
	}

	private void signOut() {
		browser.manage().deleteAllCookies();
	}

	private static void setValue(WebElement input, String value) {
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				input, value);
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

}
