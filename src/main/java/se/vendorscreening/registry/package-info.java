/**
 * The four checks every party goes through (tax arrears, convictions, financial standing,
 * organised-crime network assessments), each a one-method port with a file and an HTTP adapter that
 * fail closed.
 */
package se.vendorscreening.registry;
