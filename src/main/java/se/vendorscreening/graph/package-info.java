/**
 * The relationship graph over parties, persons, owners, procurements and contracts of the contract
 * register (with an optional ownership file), and the signals read from it: persons shared between
 * tenderers, sanctioned-country ownership, front persons (docs/ownership.md, docs/rules.md).
 */
package se.vendorscreening.graph;
