package org.passerelle.practices.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.text.RichText;
import org.passerelle.practices.PracticeNotFoundException;
import org.passerelle.practices.PracticePublished;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes practices and moves them through the workflow, checking who may do it
 * ({@link PracticePermissions}) and what may be saved ({@link PracticeValidator}). Rich
 * text is sanitised here, so that nothing unsafe is ever stored whatever its source.
 */
@Service
@Transactional
public class PracticeEditor {

	private final PracticeRepository practices;

	private final PracticeValidator validator;

	private final PracticePermissions permissions;

	private final OrganisationDirectory organisations;

	private final ApplicationEventPublisher events;

	PracticeEditor(PracticeRepository practices, PracticeValidator validator, PracticePermissions permissions,
			OrganisationDirectory organisations, ApplicationEventPublisher events) {
		this.practices = practices;
		this.validator = validator;
		this.permissions = permissions;
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * Saves a new draft. The user must be an editor of one of the practice's
	 * organisations, a moderator or an administrator.
	 * @return the new practice's id
	 * @throws PracticeRejectedException if the content breaks a rule
	 */
	public long create(PracticeContent content) {
		CurrentUser user = user();
		PracticeContent clean = check(content);
		if (!PracticePermissions.canEditFor(user, clean.organisationIds())) {
			throw new AccessDeniedException("Only editors of the practice's organisations may add it");
		}
		return this.practices.save(new Practice(clean, organisationTypes(clean), user.id())).getId();
	}

	/**
	 * Replaces a practice's content; its status does not change.
	 * @param expectedVersion the version the editor started from, or {@code null}
	 * @throws PracticeChangedException if someone changed it since that version
	 */
	public void update(long id, PracticeContent content, Long expectedVersion) {
		Practice practice = editable(id);
		if (expectedVersion != null && expectedVersion != practice.getVersion()) {
			throw new PracticeChangedException(id, practice.getVersion());
		}
		PracticeContent clean = check(content);
		if (!PracticePermissions.canEditFor(user(), clean.organisationIds())) {
			// an editor may not hand the practice over to organisations they cannot edit
			// for
			throw new AccessDeniedException("The practice would leave the organisations you edit for");
		}
		practice.apply(clean, organisationTypes(clean));
	}

	/** Sends a draft or returned practice to the moderators. */
	public void submit(long id) {
		Practice practice = editable(id);
		practice.submit();
		this.events.publishEvent(new PracticeWorkflowEvents.Submitted(id, user().id()));
	}

	/** Publishes a submitted practice (moderators). */
	public void publish(long id) {
		Practice practice = moderated(id);
		practice.publish();
		published(practice);
	}

	/** Returns a submitted practice to its authors with what to fix (moderators). */
	public void returnToAuthor(long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new PracticeRejectedException(List.of(new PracticeProblem("reason", "practices.problem.required")));
		}
		Practice practice = moderated(id);
		practice.returnToAuthor(reason.strip());
		this.events.publishEvent(new PracticeWorkflowEvents.Returned(id, reason.strip(), user().id()));
	}

	/** Takes a published practice out of the search (editors and moderators). */
	public void archive(long id) {
		editable(id).archive();
	}

	/** Brings an archived practice back (editors and moderators). */
	public void restore(long id) {
		editable(id).restore();
	}

	/** Announces a publication to the other modules. */
	void published(Practice practice) {
		this.events.publishEvent(new PracticePublished(practice.getId(), practice.getTitle(), practice.getLanguage(),
				practice.getLeadOrganisationId()));
	}

	/**
	 * Validates and sanitises content.
	 * @throws PracticeRejectedException if it breaks a rule
	 */
	PracticeContent check(PracticeContent content) {
		PracticeContent clean = sanitised(content);
		List<PracticeProblem> problems = this.validator.problems(clean);
		if (!problems.isEmpty()) {
			throw new PracticeRejectedException(problems);
		}
		return clean;
	}

	/** The content with every rich-text field passed through the sanitiser. */
	public static PracticeContent sanitised(PracticeContent c) {
		Map<String, TranslatedText> translations = new LinkedHashMap<>();
		c.translations()
			.forEach((language, t) -> translations.put(language,
					t == null ? null : new TranslatedText(t.title(), t.summary(), RichText.sanitise(t.description()))));
		return new PracticeContent(c.language(), c.title(), c.summary(), RichText.sanitise(c.description()),
				c.leadOrganisationId(), c.partners(), c.countries(), c.territories(), c.originTerritories(), c.levels(),
				c.themes(), c.gcmObjectives(), c.sdgTargets(), c.targetGroups(), c.startYear(), c.endYear(), c.budget(),
				c.fundingSources(), RichText.sanitise(c.results()), RichText.sanitise(c.lessons()),
				RichText.sanitise(c.transferability()), c.links(), translations);
	}

	/** The types of the content's organisations, lead first, without duplicates. */
	List<String> organisationTypes(PracticeContent content) {
		Set<String> types = new LinkedHashSet<>();
		this.organisations.findAll(content.organisationIds())
			.stream()
			.map(OrganisationSummary::type)
			.forEach(types::add);
		return List.copyOf(types);
	}

	private Practice editable(long id) {
		Practice practice = this.practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
		if (!PracticePermissions.canEdit(user(), practice)) {
			if (!this.permissions.canRead(practice)) {
				throw new PracticeNotFoundException(id);
			}
			throw new AccessDeniedException("Only editors of the practice's organisations may change it");
		}
		return practice;
	}

	private Practice moderated(long id) {
		Practice practice = this.practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
		if (!PracticePermissions.isModerator(user())) {
			throw new AccessDeniedException("Only moderators decide on submitted practices");
		}
		return practice;
	}

	private CurrentUser user() {
		return this.permissions.user()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to change practices"));
	}

}
