package org.passerelle.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

	List<AccessToken> findByUserIdOrderByCreatedAtDesc(long userId);

	Optional<AccessToken> findByIdAndUserId(long id, long userId);

	@Modifying
	@Query("delete from AccessToken t where t.userId = :userId")
	void deleteByUserId(long userId);

}
