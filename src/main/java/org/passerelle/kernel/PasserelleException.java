package org.passerelle.kernel;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure that the platform explains to its user with an HTTP status: thrown from a
 * page controller it ends in the shell's error page for that status (404, 409…), in the
 * visitor's language; thrown from an API controller ({@code @RestController}) it becomes
 * an RFC 9457 problem document whose {@code detail} is the message given here.
 * <p>
 * Throw one of the subclasses ({@link NotFoundException}, {@link ConflictException},
 * {@link InvalidRequestException}) or a module's own subclass of them; no exception
 * handler is needed. Write the message in English, for a developer, and never put
 * personal data or internals (SQL, class names) in it. For a refusal, throw Spring
 * Security's {@code AccessDeniedException} instead, so that a visitor is sent to the
 * login page.
 */
public abstract class PasserelleException extends ErrorResponseException {

	protected PasserelleException(HttpStatus status, String detail) {
		this(status, detail, null);
	}

	protected PasserelleException(HttpStatus status, String detail, Throwable cause) {
		super(status, ProblemDetail.forStatusAndDetail(status, detail), cause);
	}

	/** The explanation given to API clients. */
	public String detail() {
		return getBody().getDetail();
	}

	@Override
	public String getMessage() {
		return getStatusCode().value() + " " + detail();
	}

}
