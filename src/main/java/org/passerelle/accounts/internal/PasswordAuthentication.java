package org.passerelle.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password login: refuses throttled addresses and IP addresses before checking
 * anything, counts wrong passwords, and only after the password is right tells a disabled
 * or unconfirmed account why it cannot enter (so that the answer reveals nothing to
 * someone who does not know the password).
 */
class PasswordAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	PasswordAuthentication(AccountUserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
		this.throttle = throttle;
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setUserDetailsPasswordService(accounts);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			AccountPrincipal principal = (AccountPrincipal) user;
			if (!principal.enabled()) {
				throw new DisabledException("This account is disabled");
			}
			if (!principal.emailConfirmed()) {
				throw new EmailNotConfirmedException();
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		String ip = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttle.isLocked(email, ip)) {
			throw new LoginThrottledException();
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(email, ip);
			throw ex;
		}
		this.throttle.succeeded(email);
		AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
		UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, result.getAuthorities());
		authenticated.setDetails(result.getDetails());
		return authenticated;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
