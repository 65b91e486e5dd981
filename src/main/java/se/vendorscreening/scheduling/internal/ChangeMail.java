package se.vendorscreening.scheduling.internal;

/** The subject and plain-text body of one change e-mail. */
record ChangeMail(String subject, String body) {}
