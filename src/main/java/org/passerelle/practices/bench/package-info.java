/**
 * Benchmark tools of the practices module, run from the command line: {@code practices
 * generate} fills a data folder with realistic multilingual practices, {@code practices
 * bench-queries} measures the search backend's own time for a file of queries
 * (docs/PERFORMANCE.md, bench/practices-search.sh). Internal to the module.
 */
package org.passerelle.practices.bench;
