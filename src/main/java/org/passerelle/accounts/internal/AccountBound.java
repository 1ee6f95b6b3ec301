package org.passerelle.accounts.internal;

/**
 * Implemented by every authenticated principal the platform creates (form login, OpenID
 * Connect, access token), so that the account behind a request is always known.
 */
public interface AccountBound {

	long accountId();

}
