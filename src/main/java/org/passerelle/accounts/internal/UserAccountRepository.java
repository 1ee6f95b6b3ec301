package org.passerelle.accounts.internal;

import java.util.Optional;

import org.passerelle.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	Optional<UserAccount> findByOidcIssuerAndOidcSubject(String issuer, String subject);

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
	boolean existsWithRole(Role role);

	@Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
	long countEnabledWithRole(Role role);

	/**
	 * Accounts whose address or lowercased name match the LIKE pattern (escape character
	 * {@code \\}).
	 */
	@Query("select u from UserAccount u where u.email like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\'")
	Page<UserAccount> search(String pattern, Pageable pageable);

}
