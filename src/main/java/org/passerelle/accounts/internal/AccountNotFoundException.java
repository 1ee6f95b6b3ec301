package org.passerelle.accounts.internal;

/** No account has that id (any more): a 404 page, or a problem document for the API. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(long userId) {
		super("No account " + userId);
	}

}
