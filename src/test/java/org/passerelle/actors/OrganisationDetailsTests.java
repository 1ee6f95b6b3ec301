package org.passerelle.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrganisationDetailsTests {

	@Test
	void splitsTheDescriptionIntoParagraphsAtBlankLines() {
		assertThat(withDescription("One line\nsame paragraph.\n\n  \nSecond.\r\n\r\nThird.").paragraphs())
			.containsExactly("One line\nsame paragraph.", "Second.", "Third.");
	}

	@Test
	void hasNoParagraphsWithoutDescription() {
		assertThat(withDescription(null).paragraphs()).isEmpty();
	}

	@Test
	void showsTheAcronymAfterTheName() {
		assertThat(withDescription(null).summary().displayName())
			.isEqualTo("Cités et gouvernements locaux unis (CGLU)");
	}

	@Test
	void queryKeepsPagesAndSizesInRange() {
		OrganisationQuery query = new OrganisationQuery("  ", List.of("", " lra-network "), null, List.of("fr"), -1,
				1000);
		assertThat(query.text()).isNull();
		assertThat(query.types()).containsExactly("lra-network");
		assertThat(query.levels()).isEmpty();
		assertThat(query.countries()).containsExactly("FR");
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(OrganisationQuery.MAX_SIZE);
	}

	private static OrganisationDetails withDescription(String description) {
		return new OrganisationDetails(1, "Cités et gouvernements locaux unis", "CGLU", "lra-network", "international",
				"ES", null, description, "fr", null, Instant.EPOCH, Instant.EPOCH, 0);
	}

}
