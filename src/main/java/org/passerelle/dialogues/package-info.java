/**
 * Dialogues: moderated e-discussions and consultations between levels of government. A
 * dialogue is organised by organisations (actors, by id), runs in rounds that open and
 * close by the clock, each with its questions; members contribute by answering questions
 * of the open round (through the web form, or by e-mail to
 * {@code participate+dialogue-<slug>@…}, which the inbound mail desk hands to
 * {@link org.passerelle.dialogues.Contributions}), reply to published contributions, and
 * moderators decide on every contribution before it is public (pre-moderation) or after
 * (post-moderation).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogues",
		allowedDependencies = { "kernel", "accounts", "actors", "practices" })
package org.passerelle.dialogues;
