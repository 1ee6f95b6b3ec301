/** Loading of the reference files on the first start. */
package org.passerelle.kernel.reference.internal;
