/**
 * Reference data shared by all modules: loading of the files shipped under
 * {@code reference/} on the first start, and types common to the territory, taxonomy and
 * thesaurus APIs.
 */
package org.passerelle.kernel.reference;
