package se.vendorscreening.generator.internal;

import java.time.LocalDate;

/**
 * One generated procurement: its vendors share the regime, the title and the contract period.
 *
 * @param id the diarienummer
 * @param type LOU, LOU19 or LOV
 * @param title the title
 * @param contractStatus PLANNED, ACTIVE or ENDED
 * @param contractStart the start of its contracts
 * @param contractEnd the end of its contracts
 */
record Procurement(
    String id,
    String type,
    String title,
    String contractStatus,
    LocalDate contractStart,
    LocalDate contractEnd) {}
