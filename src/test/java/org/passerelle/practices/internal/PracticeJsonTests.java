package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.passerelle.practices.internal.PracticeJson.Read;

/** Reading one line of the interchange format: JSON types and shape, nothing else. */
class PracticeJsonTests {

	private static final String VALID = """
			{"externalId":"x-1","language":"fr","title":" Titre ","summary":"Résumé","countries":["FR"],\
			"themes":["housing"]""";

	@Test
	void readsAValidLineWithoutProblems() {
		Read read = PracticeJson.read(VALID + "}");

		assertThat(read.problems()).isEmpty();
		assertThat(read.externalId()).isEqualTo("x-1");
		assertThat(read.content().title()).as("plain text is trimmed").isEqualTo("Titre");
		assertThat(read.content().themes()).containsExactly("housing");
		assertThat(read.organisation()).isNull();
	}

	@Test
	void takesNullForAnAbsentField() {
		Read read = PracticeJson.read(VALID + ",\"description\":null,\"partners\":null,\"startYear\":null}");

		assertThat(read.problems()).isEmpty();
		assertThat(read.content().description()).isNull();
		assertThat(read.partners()).isEmpty();
	}

	@Test
	void namesEveryFieldOfTheWrongShape() {
		Read read = PracticeJson.read(VALID + ",\"organisation\":\"Ville\",\"partners\":[{\"name\":3},\"x\"],"
				+ "\"translations\":{\"en\":\"Title\"},\"links\":[1],\"endYear\":\"2020\"}");

		assertThat(read.problems()).extracting(PracticeProblem::field, PracticeProblem::messageKey)
			.containsExactlyInAnyOrder(tuple("organisation", "practices.import.type.object"),
					tuple("partners[1].name", "practices.import.type.string"),
					tuple("partners[2]", "practices.import.type.object"),
					tuple("translations.en", "practices.import.type.object"),
					tuple("links", "practices.import.type.stringArray"),
					tuple("endYear", "practices.import.type.integer"));
	}

	@Test
	void asksForTheNameOfEachOrganisation() {
		Read read = PracticeJson.read(VALID + ",\"organisation\":{\"type\":\"local-authority\"}}");

		assertThat(read.problems()).extracting(PracticeProblem::field, PracticeProblem::messageKey)
			.containsExactly(tuple("organisation.name", "practices.problem.required"));
	}

	@Test
	void rejectsUnknownFieldsInsideOrganisationsAndPartners() {
		Read read = PracticeJson.read(VALID + ",\"organisation\":{\"name\":\"A\",\"role\":\"lead\"},"
				+ "\"partners\":[{\"name\":\"B\",\"acronym\":\"BB\"}]}");

		assertThat(read.problems()).extracting(PracticeProblem::field)
			.containsExactly("organisation.role", "partners[1].acronym");
	}

	@Test
	void findsAKeyGivenTwiceOrTextAfterTheObjectInvalid() {
		assertThat(PracticeJson.read(VALID + ",\"title\":\"Again\"}").problems())
			.extracting(PracticeProblem::messageKey)
			.containsExactly("practices.import.invalidJson");
		assertThat(PracticeJson.read(VALID + "} {}").problems()).extracting(PracticeProblem::messageKey)
			.containsExactly("practices.import.invalidJson");
	}

	@Test
	void refusesALargeNumberAsAYear() {
		assertThat(PracticeJson.read(VALID + ",\"startYear\":99999999999}").problems())
			.extracting(PracticeProblem::field)
			.containsExactly("startYear");
	}

}
