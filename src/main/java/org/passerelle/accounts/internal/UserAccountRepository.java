package org.passerelle.accounts.internal;

import java.util.Optional;

import org.passerelle.accounts.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	Optional<UserAccount> findByOidcIssuerAndOidcSubject(String issuer, String subject);

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
	boolean existsWithRole(Role role);

}
