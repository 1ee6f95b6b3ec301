/**
 * Change history for every module's audited entities (Hibernate Envers): the platform's
 * single revision record ({@link org.passerelle.kernel.history.Revision}, table
 * {@code revinfo}) notes when each change was made and by whom, and
 * {@link org.passerelle.kernel.history.History} reads the versions of one record. Who is
 * acting comes from an {@link org.passerelle.kernel.history.ActingUser} bean, which the
 * accounts module provides, so that the kernel does not depend on it.
 */
package org.passerelle.kernel.history;
