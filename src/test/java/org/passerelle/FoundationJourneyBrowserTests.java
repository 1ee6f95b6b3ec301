package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.accounts.MailInbox;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.test.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first journey of a city officer: reads the home page (also in Arabic), registers,
 * confirms the address through the mail, logs in, lists their organisation and finds it
 * by search. Screenshots of each step are saved under {@code target/screenshots}.
 */
class FoundationJourneyBrowserTests extends BrowserTestSupport {

	private static final String EMAIL = "officer.brieuc@example.org";

	private static final String PASSWORD = "Armor-et-Argoat-2026";

	@Autowired
	MailFolder mailFolder;

	@Test
	void officerRegistersConfirmsLogsInListsTheirOrganisationAndFindsIt() {
		open("/");
		browser.findElement(By.cssSelector(".shell-languages a[hreflang='fr']")).click();
		waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
		screenshot("01-home-fr");

		browser.findElement(By.cssSelector(".shell-languages a[hreflang='ar']")).click();
		waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
		screenshot("02-home-ar");
		browser.findElement(By.cssSelector(".shell-languages a[hreflang='fr']")).click();
		waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));

		open("/register");
		browser.findElement(By.id("displayName")).sendKeys("Maëlle Le Goff");
		browser.findElement(By.id("email")).sendKeys(EMAIL);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("input[type='checkbox'][name='consent']")).click();
		screenshot("03-register");
		submit();
		waitFor(ExpectedConditions.urlContains("/register/sent"));

		String confirmation = new MailInbox(this.mailFolder).linkTo(EMAIL, "/register/confirm");
		open(confirmation);
		screenshot("04-confirmed");

		open("/login");
		browser.findElement(By.id("email")).sendKeys(EMAIL);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		submit();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "Maëlle Le Goff"));
		screenshot("05-logged-in");

		open("/organisations/new");
		browser.findElement(By.id("name")).sendKeys("Saint-Brieuc Armor Agglomération");
		browser.findElement(By.id("acronym")).sendKeys("SBAA");
		new Select(browser.findElement(By.id("type"))).selectByValue("local-authority");
		new Select(browser.findElement(By.id("level"))).selectByValue("local");
		new Select(browser.findElement(By.id("country"))).selectByValue("FR");
		browser.findElement(By.id("description"))
			.sendKeys("Communauté d'agglomération de 32 communes des Côtes-d'Armor.");
		submit();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Saint-Brieuc Armor"));
		assertThat(browser.findElement(By.id("main")).getText()).contains("Maëlle Le Goff");
		screenshot("06-organisation");

		open("/organisations");
		WebElement query = browser.findElement(By.id("organisation-q"));
		query.sendKeys("saint brieuc");
		query.submit();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-results"),
				"Saint-Brieuc Armor Agglomération"));
		screenshot("07-search");
	}

	private void submit() {
		WebElement button = browser.findElement(By.cssSelector("#main form button[type='submit']"));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
	}

}
