/** The platform-wide search page and its access rule. */
package org.passerelle.kernel.search.web;
