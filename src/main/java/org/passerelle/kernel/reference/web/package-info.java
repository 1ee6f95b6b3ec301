/** Web access rules of the reference data routes. */
package org.passerelle.kernel.reference.web;
