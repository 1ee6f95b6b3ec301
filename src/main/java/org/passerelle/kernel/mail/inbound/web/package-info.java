/**
 * The inbound mail pages: the moderators' list and detail pages with their decisions, and
 * the public page that confirms an unknown sender's address.
 */
package org.passerelle.kernel.mail.inbound.web;
