/**
 * Actors: the directory of organisations (authorities, ministries, networks, programmes,
 * civil-society and diaspora organisations) with their type, governance level and
 * territory. Later: networks, twinnings, the competence map and coordination mechanisms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actors", allowedDependencies = { "kernel", "accounts" })
package org.passerelle.actors;
