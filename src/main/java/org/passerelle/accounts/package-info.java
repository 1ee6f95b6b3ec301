/**
 * Accounts: users, authentication (form login, OpenID Connect, personal access tokens),
 * roles (member, moderator, administrator) and memberships of users in organisations (by
 * organisation id). Other modules ask {@link org.passerelle.accounts.Accounts} who is
 * acting ({@link org.passerelle.accounts.CurrentUser}) and whether they may edit for an
 * organisation, and listen to {@link org.passerelle.accounts.AccountDeleted} to anonymise
 * what they keep about a user who left.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "kernel")
package org.passerelle.accounts;
