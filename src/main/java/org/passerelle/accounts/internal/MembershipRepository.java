package org.passerelle.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByUserId(long userId);

	List<Membership> findByOrganisationIdOrderByCreatedAt(long organisationId);

	Optional<Membership> findByUserIdAndOrganisationId(long userId, long organisationId);

	void deleteByUserId(long userId);

}
