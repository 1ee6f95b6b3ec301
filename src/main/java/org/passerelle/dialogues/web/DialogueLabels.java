package org.passerelle.dialogues.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.DialoguesProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names, dates and durations as the dialogue pages show them. */
@Component
class DialogueLabels {

	private final OrganisationDirectory organisations;

	private final Accounts accounts;

	private final MessageSource messages;

	private final DialoguesProperties properties;

	DialogueLabels(OrganisationDirectory organisations, Accounts accounts, MessageSource messages,
			DialoguesProperties properties) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
	}

	/** Organisations by id, those that no longer exist left out. */
	Map<Long, OrganisationSummary> organisations(Collection<Long> ids) {
		Map<Long, OrganisationSummary> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.organisations.findAll(ids).forEach(o -> found.put(o.id(), o));
		}
		return found;
	}

	/** Users' display names by id. */
	Map<Long, String> userNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		ids.stream().distinct().forEach(id -> this.accounts.find(id).ifPresent(u -> names.put(id, u.displayName())));
		return names;
	}

	/** A user's display name, or a neutral label when the account is gone. */
	String userName(long id, Locale locale) {
		return this.accounts.find(id)
			.map(CurrentUser::displayName)
			.orElseGet(() -> this.messages.getMessage("dialogues.deletedUser", null, locale));
	}

	/** Date and time in the platform's zone, e.g. 3 mars 2026 09:00. */
	String dateTime(Instant instant, Locale locale) {
		return instant == null ? null
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(this.properties.timeZone())
					.format(instant)
					.replaceAll(" [A-Z]{2,5}$", "");
	}

	/** The zone dates are shown in. */
	String zone() {
		return this.properties.timeZone().getId();
	}

	/**
	 * How long until then, in the largest two units: 3 jours 4 heures, 2 heures 10
	 * minutes, 5 minutes.
	 */
	String remaining(Instant now, Instant then, Locale locale) {
		Duration left = Duration.between(now, then);
		if (left.isNegative()) {
			left = Duration.ZERO;
		}
		long days = left.toDays();
		long hours = left.toHoursPart();
		long minutes = left.toMinutesPart();
		if (days > 0) {
			return join(List.of(unit("days", days, locale), hours > 0 ? unit("hours", hours, locale) : ""));
		}
		if (hours > 0) {
			return join(List.of(unit("hours", hours, locale), minutes > 0 ? unit("minutes", minutes, locale) : ""));
		}
		return unit("minutes", Math.max(minutes, 0), locale);
	}

	private String unit(String unit, long value, Locale locale) {
		return this.messages.getMessage("dialogues.duration." + unit, new Object[] { value }, locale);
	}

	private static String join(List<String> parts) {
		return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
	}

	/** The name of a language in the interface language. */
	String language(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
