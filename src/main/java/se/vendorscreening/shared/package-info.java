/**
 * Value types every module uses: Swedish identity numbers, party names prepared for matching,
 * decisions and procurement regimes.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.vendorscreening.shared;
