package org.passerelle.practices.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.passerelle.practices.PracticeNotFoundException;
import org.passerelle.practices.PracticeStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' queue of submitted practices, and their decisions on it. A decision
 * names the version of the practice the moderator saw: if the practice changed since, or
 * another moderator already decided, nothing happens and
 * {@link ModerationConflictException} says so.
 */
@Service
@Transactional
public class PracticeModeration {

	private final PracticeRepository practices;

	private final PracticeEditor editor;

	private final PracticePermissions permissions;

	private final ApplicationEventPublisher events;

	@PersistenceContext
	private EntityManager entityManager;

	PracticeModeration(PracticeRepository practices, PracticeEditor editor, PracticePermissions permissions,
			ApplicationEventPublisher events) {
		this.practices = practices;
		this.editor = editor;
		this.permissions = permissions;
		this.events = events;
	}

	/**
	 * Submitted practices, the longest waiting first.
	 * @throws AccessDeniedException unless the user is a moderator or administrator
	 */
	@Transactional(readOnly = true)
	public Page<Practice> queue(ModerationQueueFilter filter, Pageable pageable) {
		requireModerator();
		// Codes are stored one per line (decision 0009): a code is in the list when the
		// list, framed by line breaks, contains it framed by line breaks.
		StringBuilder where = new StringBuilder(" FROM practices_practice p WHERE p.status = 'SUBMITTED'");
		Map<String, String> parameters = new LinkedHashMap<>();
		if (filter.language() != null) {
			where.append(" AND p.language = :language");
			parameters.put("language", filter.language());
		}
		if (filter.theme() != null) {
			where.append(" AND CONCAT(CHR(10), p.themes, CHR(10)) LIKE :theme");
			parameters.put("theme", "%\n" + filter.theme() + "\n%");
		}
		if (filter.country() != null) {
			where.append(" AND CONCAT(CHR(10), p.countries, CHR(10)) LIKE :country");
			parameters.put("country", "%\n" + filter.country() + "\n%");
		}
		Query count = this.entityManager.createNativeQuery("SELECT COUNT(*)" + where);
		Query select = this.entityManager.createNativeQuery("SELECT p.*" + where + " ORDER BY p.submitted_at, p.id",
				Practice.class);
		parameters.forEach((name, value) -> {
			count.setParameter(name, value);
			select.setParameter(name, value);
		});
		long total = ((Number) count.getSingleResult()).longValue();
		select.setFirstResult((int) pageable.getOffset());
		select.setMaxResults(pageable.getPageSize());
		@SuppressWarnings("unchecked")
		List<Practice> content = new ArrayList<>(select.getResultList());
		return new PageImpl<>(content, pageable, total);
	}

	/** A practice as a moderator sees it, whatever its status. */
	@Transactional(readOnly = true)
	public Practice get(long id) {
		requireModerator();
		return this.practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
	}

	/**
	 * Publishes a submitted practice.
	 * @param expectedVersion the version the moderator saw
	 * @throws ModerationConflictException if it changed or was decided since
	 */
	public void approve(long id, long expectedVersion) {
		Practice practice = current(id, expectedVersion);
		this.editor.publish(practice.getId());
		this.practices.flush();
		this.events.publishEvent(new PracticeApproved(id, this.permissions.user().orElseThrow().id()));
	}

	/**
	 * Returns a submitted practice to its authors with what to fix.
	 * @param expectedVersion the version the moderator saw
	 * @throws ModerationConflictException if it changed or was decided since
	 * @throws PracticeRejectedException if the reason is blank or too long
	 */
	public void returnToAuthor(long id, long expectedVersion, String reason) {
		if (reason != null && reason.strip().length() > Practice.REASON_MAX) {
			throw new PracticeRejectedException(List.of(new PracticeProblem("reason", "practices.problem.tooLong",
					reason.strip().length(), Practice.REASON_MAX)));
		}
		Practice practice = current(id, expectedVersion);
		this.editor.returnToAuthor(practice.getId(), reason);
		this.practices.flush();
	}

	private Practice current(long id, long expectedVersion) {
		requireModerator();
		Practice practice = this.practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
		if (practice.getStatus() != PracticeStatus.SUBMITTED || practice.getVersion() != expectedVersion) {
			throw new ModerationConflictException(id, practice.getStatus());
		}
		return practice;
	}

	private void requireModerator() {
		if (!this.permissions.canModerate()) {
			throw new AccessDeniedException("Only moderators see the moderation queue");
		}
	}

}
