/**
 * Benchmark tools of the dialogues: generating a dialogue with many contributions and
 * timing its synthesis (command-line commands).
 */
package org.passerelle.dialogues.bench;
