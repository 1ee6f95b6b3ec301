/**
 * Accounts: users, authentication (form login, OpenID Connect, personal access tokens),
 * roles (member, moderator, administrator) and memberships of users in organisations
 * (by organisation id). Other modules ask {@link org.passerelle.accounts.CurrentUser} who is
 * acting and whether they may edit for an organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "kernel")
package org.passerelle.accounts;
