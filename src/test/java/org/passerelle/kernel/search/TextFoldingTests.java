package org.passerelle.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTests {

	@Test
	void foldsCaseAccentsAndHyphens() {
		assertThat(TextFolding.fold("  Île-de-France ")).isEqualTo("ile de france");
		assertThat(TextFolding.fold("ÉCOLE  Œcuménique")).isEqualTo("ecole oecumenique");
		assertThat(TextFolding.fold("Hébergement d’urgence")).isEqualTo("hebergement d'urgence");
		assertThat(TextFolding.fold("São Tomé-et-Príncipe")).isEqualTo("sao tome et principe");
	}

	@Test
	void dropsArabicShortVowelsAndTatweel() {
		assertThat(TextFolding.fold("الْهِجْرَة")).isEqualTo(TextFolding.fold("الهجرة"));
		assertThat(TextFolding.fold("الهـجرة")).isEqualTo("الهجرة");
	}

	@Test
	void foldsNothingToEmpty() {
		assertThat(TextFolding.fold(null)).isEmpty();
		assertThat(TextFolding.fold("")).isEmpty();
	}

}
