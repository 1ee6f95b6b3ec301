/**
 * Scheduled jobs across several nodes: put {@code @Scheduled} and
 * {@code @SchedulerLock(name = "module.job")} on a job that must run on one node only.
 */
package org.passerelle.kernel.scheduling;
