package org.passerelle.dialogues.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator sets up an invitation-only dialogue in a real browser: the organisation
 * pickers suggest organisations with htmx as they type, picking or removing one swaps
 * only the picker, and the saved dialogue is organised by the organisation picked.
 * Screenshots under {@code target/screenshots}.
 */
class DialogueOrganisationPickerBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-test-password";

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aModeratorChoosesOrganisersAndInvitedOrganisationsByName() {
		PracticeTestSupport support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long region = support.organisation("Région Navigatrice");
		long lorient = support.organisation("Lorient Navigatrice");
		long vannes = support.organisation("Vannes Navigatrice");
		User moderator = support.moderator("Morgane Navigatrice");

		open("/login");
		browser.findElement(By.id("email")).sendKeys(moderator.email());
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(browser.findElement(By.cssSelector("#main form button[type='submit']")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "Morgane Navigatrice"));

		open("/dialogues/new");
		browser.findElement(By.id("title")).sendKeys("Accueil des nouveaux arrivants en Bretagne sud");
		pick("otherOrganiserQuery", "Région Navig", "organisers", "organiser", region);
		pick("invitedQuery", "Lorient Navig", "invited", "invited", lorient);
		pick("invitedQuery", "Vannes Navig", "invited", "invited", vannes);
		click(browser.findElement(By.cssSelector("#invited button[value='invited-remove:" + lorient + "']")));
		waitFor(ExpectedConditions.numberOfElementsToBe(hidden("invited", lorient), 0));

		WebElement query = browser.findElement(By.id("invitedQuery"));
		query.sendKeys("Zzqxwv");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("invited-suggestions"), "Aucun résultat"));
		query.clear();
		assertThat(browser.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Accueil des nouveaux arrivants en Bretagne sud");
		screenshot("dialogues-picker-01-form");

		click(browser.findElement(By.cssSelector("input[name='visibility'][value='INVITED']")));
		DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0).plusDays(1);
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('rounds0.opensAt').value = arguments[0];"
						+ "document.getElementById('rounds0.closesAt').value = arguments[1];",
				local.format(start), local.format(start.plusDays(7)));
		browser.findElement(By.id("rounds0.questions0")).sendKeys("Comment accueillez-vous ?");
		click(browser.findElement(By.cssSelector("#dialogue-form .btn-primary[type='submit']")));

		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
				"Accueil des nouveaux arrivants en Bretagne sud"));
		assertThat(browser.findElement(By.id("main")).getText()).contains("Région Navigatrice");
		screenshot("dialogues-picker-02-page");
		assertThat(consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
	}

	/**
	 * Types in a picker's search box and picks the organisation among the suggestions.
	 */
	private void pick(String box, String typed, String region, String step, long id) {
		WebElement query = browser.findElement(By.id(box));
		query.clear();
		query.sendKeys(typed);
		click(waitFor(ExpectedConditions.elementToBeClickable(
				By.cssSelector("#" + region + "-suggestions button[value='" + step + "-pick:" + id + "']"))));
		waitFor(ExpectedConditions.presenceOfElementLocated(hidden(region, id)));
	}

	private static By hidden(String region, long id) {
		return By.cssSelector("#" + region + " input[type='hidden'][value='" + id + "']");
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

}
