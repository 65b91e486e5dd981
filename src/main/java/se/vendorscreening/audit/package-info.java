/**
 * The audit trail (runs, overrides, unmasked views, e-mails, purges), the key that signs run
 * manifests, verification of run folders against their signed manifests, and retention of registry
 * evidence. It listens to the other modules' events; the reporting module only asks it to sign.
 */
package se.vendorscreening.audit;
