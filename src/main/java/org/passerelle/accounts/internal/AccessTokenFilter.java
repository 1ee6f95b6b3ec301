package org.passerelle.accounts.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>} as the
 * token's owner, for that request only (nothing goes into a session). A token that is
 * unknown, revoked or expired gets a 401 at once, never a fallback to the session cookie.
 */
class AccessTokenFilter extends OncePerRequestFilter {

	private final AccessTokens tokens;

	private final RequestMatcher api;

	private final AuthenticationEntryPoint problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	AccessTokenFilter(AccessTokens tokens, RequestMatcher api, AuthenticationEntryPoint problems) {
		this.tokens = tokens;
		this.api = api;
		this.problems = problems;
	}

	/**
	 * True for an API request that carries a bearer token (such requests need no CSRF
	 * token).
	 */
	static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request) || !this.api.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountPrincipal> principal = this.tokens
			.authenticate(request.getHeader("Authorization").substring(7).strip());
		if (principal.isEmpty()) {
			this.contexts.clearContext();
			this.problems.commence(request, response, new BadCredentialsException("Unknown or expired token"));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(principal.get()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	/** An authentication by access token. */
	static final class TokenAuthentication extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final AccountPrincipal principal;

		TokenAuthentication(AccountPrincipal principal) {
			super(principal.getAuthorities());
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return this.principal;
		}

	}

}
