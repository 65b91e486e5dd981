/**
 * The audit trail (runs, overrides, unmasked views, e-mails, purges), verification of run folders
 * against their manifests, and retention of registry evidence. It only listens to the other
 * modules' events.
 */
package se.vendorscreening.audit;
