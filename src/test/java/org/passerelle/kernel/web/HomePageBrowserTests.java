package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.passerelle.test.BrowserTestSupport;

/** A visitor opens the home page in a real browser. */
class HomePageBrowserTests extends BrowserTestSupport {

	@Test
	void visitorSeesTheHomePage() throws Exception {
		open("/");

		assertThat(browser.getTitle()).contains("Passerelle");
		assertThat(browser.findElement(By.tagName("main")).isDisplayed()).isTrue();
		Path picture = screenshot("home");
		assertThat(Files.size(picture)).isPositive();
	}

}
