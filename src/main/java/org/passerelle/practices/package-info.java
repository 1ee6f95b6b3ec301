/**
 * Practices: the shared knowledge base of what authorities have tried. A practice is
 * written in one language (translations may be added), belongs to a lead organisation and
 * its partners (actors, by id), is tagged with the kernel's codes (themes, GCM
 * objectives, SDG targets, levels, target groups, countries, territories), goes through a
 * moderated workflow (draft, submitted, published or returned, archived) and is found by
 * a cross-language search that expands queries through the kernel thesaurus.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practices",
		allowedDependencies = { "kernel", "accounts", "actors" })
package org.passerelle.practices;
