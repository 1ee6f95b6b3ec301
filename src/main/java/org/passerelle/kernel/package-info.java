/**
 * The shared kernel every module stands on: configuration of the data folder, reference
 * data (territories, taxonomies, thesaurus and its query expansion), search analysis,
 * mail delivery, the web shell (layout, errors, language) and the command-line
 * dispatcher.
 * <p>
 * It is an open module: its sub-packages are the API, so that the other modules can use
 * the reference types directly. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		displayName = "Kernel")
package org.passerelle.kernel;
