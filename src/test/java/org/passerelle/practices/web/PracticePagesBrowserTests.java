package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * An editor writes a practice in a real browser: the pickers' suggestions come with htmx
 * as they type, picking one swaps only its part of the form, a partner row is added and a
 * territory removed without reloading the page; the saved practice's page carries its
 * JSON-LD, and no page breaks the Content Security Policy. Screenshots under
 * {@code target/screenshots}.
 */
class PracticePagesBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-test-password";

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void anEditorWritesAPracticeWithThePickersAndReadsItsPage() {
		PracticeTestSupport support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long brest = support.organisation("Brest métropole (navigateur)");
		support.organisation("Conseil départemental du Finistère (navigateur)", "regional-authority", "regional", "FR");
		User editor = support.editorOf(brest, "Yannick Navigateur");

		open("/login");
		browser.findElement(By.id("email")).sendKeys(editor.email());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(browser.findElement(By.cssSelector("#main form button[type='submit']")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "Yannick Navigateur"));
		consoleMessages();

		open("/practices/new");
		assertThat(browser.findElement(By.id("lead-picker")).getText()).contains("Brest métropole (navigateur)");
		browser.findElement(By.id("title")).sendKeys("Un accueil de nuit à Brest");
		browser.findElement(By.id("summary")).sendKeys("La métropole ouvre un accueil de nuit l’hiver.");
		browser.findElement(By.id("description")).sendKeys("<p>Un accueil <strong>inconditionnel</strong>.</p>");

		click(browser.findElement(By.cssSelector("button[value='partner-add']")));
		WebElement partnerQuery = waitFor(ExpectedConditions.elementToBeClickable(By.id("partners-0-query")));
		partnerQuery.sendKeys("Conseil départemental du Fin");
		click(waitFor(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#partner-0-suggestions button[value^='partner-pick:0:']"))));
		// the row now shows the organisation picked instead of its search box
		waitFor(ExpectedConditions.numberOfElementsToBe(By.id("partners-0-query"), 0));
		assertThat(browser.findElement(By.id("partners")).getText())
			.contains("Conseil départemental du Finistère (navigateur)");
		browser.findElement(By.id("partners-0-role")).sendKeys("cofinanceur");
		screenshot("practices-01-form-organisations");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Un accueil de nuit à Brest");

		addTerritory("Finist", "nuts:FRH02");
		addTerritory("Ille-et-Vil", "nuts:FRH03");
		click(browser.findElement(
				By.cssSelector("#territories-picker button[value='territory-remove:territories:nuts:FRH03']")));
		waitFor(ExpectedConditions
			.numberOfElementsToBe(By.cssSelector("#territories-picker input[type='hidden'][value='nuts:FRH03']"), 0));

		new Select(browser.findElement(By.id("countries"))).selectByValue("FR");
		click(browser.findElement(By.cssSelector("#themes input[value='emergency-shelter']")));
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('territories-picker').scrollIntoView({block: 'start', behavior: 'instant'});");
		screenshot("practices-01-form-territories");
		click(browser.findElement(By.cssSelector("#practice-form .btn-primary[type='submit']")));

		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Un accueil de nuit à Brest"));
		String page = browser.findElement(By.id("main")).getText();
		assertThat(page).contains("Conseil départemental du Finistère (navigateur)", "(cofinanceur)", "Finistère",
				"inconditionnel");
		assertThat(page).doesNotContain("Ille-et-Vilaine");
		Object jsonLdName = ((JavascriptExecutor) browser).executeScript(
				"return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).name;");
		assertThat(jsonLdName).isEqualTo("Un accueil de nuit à Brest");
		screenshot("practices-02-page");

		open("/practices/mine");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Un accueil de nuit à Brest"));
		screenshot("practices-03-mine");

		List<String> console = consoleMessages();
		assertThat(console).noneMatch(message -> message.contains("Content Security Policy"));
	}

	private void addTerritory(String typed, String id) {
		WebElement query = browser.findElement(By.id("territoriesQuery"));
		query.clear();
		query.sendKeys(typed);
		click(waitFor(ExpectedConditions.elementToBeClickable(
				By.cssSelector("#territories-suggestions button[value='territory-add:territories:" + id + "']"))));
		waitFor(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#territories-picker input[type='hidden'][value='" + id + "']")));
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

}
