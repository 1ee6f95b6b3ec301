package org.passerelle.kernel;

import org.springframework.http.HttpStatus;

/**
 * A failure that the platform explains to its user: the web shell turns it into an error page
 * with the right status for a browser, and into an RFC 9457 problem document for the API.
 * <p>
 * Throw one of the subclasses ({@link NotFoundException}, {@link ConflictException},
 * {@link InvalidRequestException}) or a module's own subclass of them. The message is shown to
 * API clients as the problem's {@code detail}: write it in English, for a developer, and never
 * put personal data or internals (SQL, class names) in it. For a refusal, throw Spring
 * Security's {@code AccessDeniedException} instead, so that a visitor is sent to the login page.
 */
public abstract class PasserelleException extends RuntimeException {

	private final HttpStatus status;

	protected PasserelleException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	protected PasserelleException(HttpStatus status, String message, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	/** The HTTP status the failure answers with. */
	public HttpStatus status() {
		return this.status;
	}

}
