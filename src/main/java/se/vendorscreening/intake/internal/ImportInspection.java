package se.vendorscreening.intake.internal;

import java.util.List;
import se.vendorscreening.intake.ImportProgressListener;

/**
 * The inspection of one import job's lists, as its steps see it: a {@code @JobScope} bean ({@link
 * ImportVendorListJobConfiguration#importInspection}), made once for the job execution from the
 * inspection the import made before it started ({@link ImportInspections#take}), or by inspecting
 * the lists when the execution is a restart in a process that did not inspect them; gone with the
 * execution, with the listener of the caller that started it. The readers and writers read the
 * lists where it located them, the processors validate against its {@link VendorListKeys}.
 */
class ImportInspection {

  private final ListInspector.Inspection inspection;
  private final ImportProgressListener listener;

  ImportInspection(ImportInspections.Handed handed) {
    this.inspection = handed.inspection();
    this.listener = handed.listener();
  }

  /** Who hears the import's progress ({@link ImportProgress}). */
  ImportProgressListener listener() {
    return listener;
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
