package org.passerelle.practices.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.passerelle.accounts.AccountDeleted;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.ConflictException;
import org.passerelle.practices.PracticeNotFoundException;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeMark.Kind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' marks on published practices: "useful" (one per user) and "replicated by us"
 * (one per organisation, set by any of its members), which links the organisation that
 * replicated a practice to the practice and so to its lead organisation. Marks are
 * toggles: marking again removes the mark.
 */
@Service
@Transactional
public class PracticeMarks {

	private final PracticeRepository practices;

	private final PracticeMarkRepository marks;

	private final PracticePermissions permissions;

	private final OrganisationDirectory organisations;

	@PersistenceContext
	private EntityManager entityManager;

	PracticeMarks(PracticeRepository practices, PracticeMarkRepository marks, PracticePermissions permissions,
			OrganisationDirectory organisations) {
		this.practices = practices;
		this.marks = marks;
		this.permissions = permissions;
		this.organisations = organisations;
	}

	/**
	 * The marks of a practice as the current user (or visitor) sees them.
	 * @throws PracticeNotFoundException if there is no such practice or the user may not
	 * read it
	 */
	@Transactional(readOnly = true)
	public MarkSummary summary(long practiceId) {
		Practice practice = readable(practiceId);
		Optional<CurrentUser> user = this.permissions.user();
		List<OrganisationSummary> replicatedBy = this.organisations
			.findAll(this.marks.findByPracticeIdAndKindOrderByCreatedAt(practiceId, Kind.REPLICATED)
				.stream()
				.map(PracticeMark::getOwnerId)
				.toList());
		Set<Long> replicating = replicatedBy.stream()
			.map(OrganisationSummary::id)
			.collect(java.util.stream.Collectors.toSet());
		boolean markedUseful = user
			.flatMap(u -> this.marks.findByPracticeIdAndKindAndOwnerId(practiceId, Kind.USEFUL, u.id()))
			.isPresent();
		List<OrganisationChoice> choices = user
			.map(u -> this.organisations.findAll(u.memberOf())
				.stream()
				.sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
				.map(o -> new OrganisationChoice(o, replicating.contains(o.id())))
				.toList())
			.orElse(List.of());
		return new MarkSummary(practiceId, practice.getStatus() == PracticeStatus.PUBLISHED, user.isPresent(),
				this.marks.countByPracticeIdAndKind(practiceId, Kind.USEFUL), markedUseful, replicatedBy, choices);
	}

	/**
	 * Marks the practice useful for the current user, or removes their mark.
	 * @return whether the user now marks it useful
	 */
	public boolean toggleUseful(long practiceId) {
		CurrentUser user = user();
		markable(practiceId);
		Optional<PracticeMark> mark = this.marks.findByPracticeIdAndKindAndOwnerId(practiceId, Kind.USEFUL, user.id());
		if (mark.isPresent()) {
			this.marks.delete(mark.get());
			return false;
		}
		this.marks.save(PracticeMark.useful(practiceId, user.id()));
		return true;
	}

	/**
	 * Marks the practice as replicated by one of the current user's organisations, or
	 * removes that organisation's mark.
	 * @return whether the organisation now marks it replicated
	 * @throws AccessDeniedException if the user does not belong to the organisation
	 */
	public boolean toggleReplicated(long practiceId, long organisationId) {
		CurrentUser user = user();
		if (!user.memberOf().contains(organisationId) && !user.editorOf().contains(organisationId)) {
			throw new AccessDeniedException("Only members of an organisation mark practices on its behalf");
		}
		markable(practiceId);
		Optional<PracticeMark> mark = this.marks.findByPracticeIdAndKindAndOwnerId(practiceId, Kind.REPLICATED,
				organisationId);
		if (mark.isPresent()) {
			this.marks.delete(mark.get());
			return false;
		}
		this.marks.save(PracticeMark.replicated(practiceId, organisationId, user.id()));
		return true;
	}

	/**
	 * The published practices an organisation marked as replicated, latest mark first.
	 */
	@Transactional(readOnly = true)
	public List<Practice> replicatedBy(long organisationId) {
		List<Long> ids = this.marks.findByKindAndOwnerIdOrderByCreatedAtDesc(Kind.REPLICATED, organisationId)
			.stream()
			.map(PracticeMark::getPracticeId)
			.toList();
		var found = this.practices.findAllById(ids);
		return ids.stream()
			.flatMap(id -> found.stream().filter(p -> p.getId().equals(id)))
			.filter(p -> PracticePermissions.isPublic(p.getStatus()))
			.toList();
	}

	/** The published practices an organisation leads or takes part in, newest first. */
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public List<Practice> ledOrPartneredBy(long organisationId) {
		// partners are stored one per line as "<organisation id><tab><role>"
		// (PartnerList)
		return this.entityManager
			.createNativeQuery(
					"SELECT p.* FROM practices_practice p WHERE p.status = 'PUBLISHED'"
							+ " AND (p.lead_organisation_id = :organisation"
							+ " OR CONCAT(CHR(10), p.partners) LIKE :partner) ORDER BY p.published_at DESC, p.id DESC",
					Practice.class)
			.setParameter("organisation", organisationId)
			.setParameter("partner", "%\n" + organisationId + "\t%")
			.getResultList();
	}

	/** A deleted account's "useful" marks go; its organisations' marks stay, unsigned. */
	@ApplicationModuleListener
	void onAccountDeleted(AccountDeleted event) {
		for (PracticeMark mark : this.marks.findByUserId(event.userId())) {
			if (mark.getKind() == Kind.USEFUL) {
				this.marks.delete(mark);
			}
			else {
				mark.forgetUser();
			}
		}
	}

	private Practice readable(long practiceId) {
		Practice practice = this.practices.findById(practiceId)
			.orElseThrow(() -> new PracticeNotFoundException(practiceId));
		if (!this.permissions.canRead(practice)) {
			throw new PracticeNotFoundException(practiceId);
		}
		return practice;
	}

	private void markable(long practiceId) {
		if (readable(practiceId).getStatus() != PracticeStatus.PUBLISHED) {
			throw new ConflictException("Only published practices can be marked");
		}
	}

	private CurrentUser user() {
		return this.permissions.user()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to mark practices"));
	}

	/**
	 * The marks of one practice.
	 *
	 * @param practiceId the practice
	 * @param open whether it may be marked (it is published)
	 * @param signedIn whether the reader is signed in
	 * @param usefulCount how many users find it useful
	 * @param markedUseful whether the reader is one of them
	 * @param replicatedBy the organisations that replicated it, first marked first
	 * @param choices the reader's organisations, each with whether it marked the practice
	 */
	public record MarkSummary(long practiceId, boolean open, boolean signedIn, long usefulCount, boolean markedUseful,
			List<OrganisationSummary> replicatedBy, List<OrganisationChoice> choices) {
	}

	/**
	 * One of the reader's organisations.
	 *
	 * @param organisation the organisation
	 * @param marked whether it marked the practice as replicated
	 */
	public record OrganisationChoice(OrganisationSummary organisation, boolean marked) {
	}

}
