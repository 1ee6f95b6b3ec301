package org.passerelle.practices.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.kernel.PasserelleProperties;
import org.springframework.stereotype.Component;

/**
 * The interchange identity of a practice. A practice imported from elsewhere keeps the
 * {@code externalId} of its source; one written on this platform is identified by its
 * public address ({@code https://example.org/practices/42}), which is unique, stable and
 * needs nothing stored. Importing a line whose {@code externalId} is this platform's own
 * address of a practice therefore updates that practice.
 */
@Component
public class PracticeAddresses {

	private final Pattern own;

	private final String prefix;

	PracticeAddresses(PasserelleProperties properties) {
		String base = properties.baseUrl().replaceAll("/+$", "");
		this.prefix = base + "/practices/";
		this.own = Pattern.compile(Pattern.quote(this.prefix) + "([1-9][0-9]{0,17})");
	}

	/** The identifier a practice is exported with. */
	public String externalId(Practice practice) {
		return practice.getExternalId() != null ? practice.getExternalId() : this.prefix + practice.getId();
	}

	/**
	 * The id of the practice an external id designates, if it is this platform's address.
	 */
	public Optional<Long> ownPracticeId(String externalId) {
		Matcher matcher = this.own.matcher(externalId);
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

}
