package se.vendorscreening.intake.internal;

import java.util.List;

/**
 * The inspection of one import job's lists, as its steps see it: a {@code @JobScope} bean ({@link
 * ImportVendorListJobConfiguration#importInspection}), made once for the job execution from the
 * inspection the import made before it started ({@link ImportInspections#take}), or by inspecting
 * the lists when the execution is a restart in a process that did not inspect them; gone with the
 * execution. The readers and writers read the lists where it located them, the processors validate
 * against its {@link VendorListKeys}.
 */
class ImportInspection {

  private final ListInspector.Inspection inspection;

  ImportInspection(ListInspector.Inspection inspection) {
    this.inspection = inspection;
  }

  /** The vendor list first, then the representatives' if there is one. */
  List<InspectedList> lists() {
    return inspection.lists();
  }

  VendorListKeys keys() {
    return inspection.keys();
  }

  /** Where the vendor list was found. */
  ListLocation vendors() {
    return inspection.vendors();
  }

  /** Where the representatives were found, or null when the import has none. */
  ListLocation representatives() {
    return inspection.representatives();
  }
}
