package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The whole life of a practice in a real browser: a member writes it in French and
 * submits it; a moderator returns it with a reason; the member fixes it and submits it
 * again; the moderator publishes it; a visitor finds it with an English query and sees
 * that it was written in French; its history shows the versions and what changed.
 * Screenshots under {@code target/screenshots}.
 */
class PracticeModerationJourneyBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-test-password";

	private static final String TITLE = "Hébergement d’urgence des familles à Quimper";

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aPracticeIsWrittenReturnedFixedPublishedFoundAndItsHistoryShown() {
		PracticeTestSupport support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long quimper = support.organisation("Ville de Quimper (parcours)");
		User member = support.editorOf(quimper, "Gwen Parcours");
		User moderator = support.moderator("Morgane Modération");

		signIn(member);
		open("/practices/new");
		browser.findElement(By.id("title")).sendKeys(TITLE);
		browser.findElement(By.id("summary"))
			.sendKeys("La ville ouvre des places d’hébergement d’urgence pour les familles chaque hiver.");
		browser.findElement(By.id("description"))
			.sendKeys("<p>Un gymnase aménagé et une équipe de travailleurs sociaux.</p>");
		new Select(browser.findElement(By.id("countries"))).selectByValue("FR");
		click(browser.findElement(By.cssSelector("#themes input[value='emergency-shelter']")));
		click(browser.findElement(By.cssSelector("#practice-form .btn-primary[type='submit']")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), TITLE));
		String practiceUrl = browser.getCurrentUrl();
		click(browser.findElement(By.xpath("//form[contains(@action,'/submit')]//button")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.xpath("//form[contains(@action,'/submit')]"), 0));
		screenshot("journey-01-submitted");
		signOut();

		signIn(moderator);
		open("/practices/moderation");
		WebElement row = waitFor(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//li[contains(@id,'moderation-')][.//a[contains(.,'Quimper')]]")));
		click(row.findElement(By.cssSelector("details summary")));
		WebElement reason = waitFor(ExpectedConditions.elementToBeClickable(row.findElement(By.tagName("textarea"))));
		reason.sendKeys("Merci d’ajouter le nombre de places ouvertes.");
		click(row.findElement(By.cssSelector("form[action$='/return'] button[type='submit']")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("form[action$='/return'] textarea"), 0));
		screenshot("journey-02-returned");
		signOut();

		signIn(member);
		open("/practices/mine");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"),
				"Merci d’ajouter le nombre de places ouvertes."));
		open(practiceUrl.replace(baseUrl(), "") + "/edit");
		WebElement results = browser.findElement(By.id("results"));
		results.sendKeys("<p>120 places ouvertes chaque hiver.</p>");
		click(browser.findElement(By.cssSelector("#practice-form .btn-primary[type='submit']")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "120 places ouvertes"));
		click(browser.findElement(By.xpath("//form[contains(@action,'/submit')]//button")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.xpath("//form[contains(@action,'/submit')]"), 0));
		signOut();

		signIn(moderator);
		open("/practices/moderation");
		row = waitFor(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//li[contains(@id,'moderation-')][.//a[contains(.,'Quimper')]]")));
		click(row.findElement(By.cssSelector("form[action$='/publish'] button[type='submit']")));
		waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("form[action$='/publish']"), 0));
		screenshot("journey-03-published");
		signOut();

		open("/");
		click(browser.findElement(By.cssSelector(".shell-languages a[hreflang='en']")));
		waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		open("/practices?q="
				+ java.net.URLEncoder.encode("emergency shelter for families", java.nio.charset.StandardCharsets.UTF_8)
				+ "&lang=en");
		WebElement hit = waitFor(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//*[@id='practice-results']//*[contains(.,'Quimper')]")));
		assertThat(browser.findElement(By.id("practice-results")).getText()).contains("French");
		screenshot("journey-04-found-in-english");
		assertThat(hit).isNotNull();

		open(practiceUrl.replace(baseUrl(), "") + "/history");
		assertThat(browser.findElements(By.cssSelector("#main table tbody tr")).size()).isGreaterThanOrEqualTo(2);
		// the first version, as written, against the published one
		Select from = new Select(browser.findElement(By.id("compare-from")));
		from.selectByIndex(from.getOptions().size() - 1);
		new Select(browser.findElement(By.id("compare-to"))).selectByIndex(0);
		click(browser.findElement(By.cssSelector("#main form[action$='/history/compare'] button[type='submit']")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "120 places"));
		screenshot("journey-05-history");
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

	private static void click(WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

}
