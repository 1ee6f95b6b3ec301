package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LinkTokenRepository extends JpaRepository<LinkToken, Long> {

	Optional<LinkToken> findByTokenHashAndPurpose(String tokenHash, LinkPurpose purpose);

	@Modifying
	@Query("delete from LinkToken t where t.userId = :userId and t.purpose = :purpose")
	void deleteByUserIdAndPurpose(long userId, LinkPurpose purpose);

	@Modifying
	@Query("delete from LinkToken t where t.userId = :userId")
	void deleteByUserId(long userId);

	@Modifying
	@Query("delete from LinkToken t where t.expiresAt < :now")
	int deleteExpired(Instant now);

}
