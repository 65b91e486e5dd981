package se.vendorscreening.screening;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import se.vendorscreening.registry.Evidence.DataDate;

/**
 * One piece of evidence a finding rests on (docs/evidence.md).
 *
 * @param kind the kind of evidence
 * @param registry for {@link EvidenceKind#REGISTRY}: the check asked (e.g. {@code CONVICTIONS});
 *     else null
 * @param reference where it is: the registry's file or URL, the statement's file and line, the
 *     document's reference, the register check's reference
 * @param issuer who issued it: a vendor document's issuer, the register check's agency; else null
 * @param date the extract date, the date the statement was signed, the document's issue date or the
 *     check's date; null when not known
 * @param declaredBy for a sworn statement: who signed it; else null
 * @param declaration for a sworn statement: what was declared, in the file's words; else null
 * @param dateBasis for {@link EvidenceKind#REGISTRY}: where {@code date} comes from (the extract's
 *     {@code extract_date}, the file's last-modified day, or the day an HTTP registry was asked);
 *     else null
 */
public record EvidenceBasis(
    EvidenceKind kind,
    String registry,
    String reference,
    String issuer,
    LocalDate date,
    String declaredBy,
    String declaration,
    DataDate dateBasis) {

  public EvidenceBasis {
    Objects.requireNonNull(kind, "kind");
  }

  /** A piece of evidence other than a registry's answer, or one whose date is not known. */
  public EvidenceBasis(
      EvidenceKind kind,
      String registry,
      String reference,
      String issuer,
      LocalDate date,
      String declaredBy,
      String declaration) {
    this(kind, registry, reference, issuer, date, declaredBy, declaration, null);
  }

  /** A registry's answer, dated by its extract date. */
  public static EvidenceBasis registry(String registry, String reference, LocalDate extracted) {
    return registry(registry, reference, extracted, extracted == null ? null : DataDate.EXTRACT);
  }

  /** A registry's answer, dated as {@code dateBasis} says. */
  public static EvidenceBasis registry(
      String registry, String reference, LocalDate date, DataDate dateBasis) {
    return new EvidenceBasis(
        EvidenceKind.REGISTRY, registry, reference, null, date, null, null, dateBasis);
  }

  /** A sworn statement. */
  public static EvidenceBasis statement(
      String reference, LocalDate signed, String declaredBy, String declaration) {
    return new EvidenceBasis(
        EvidenceKind.SWORN_STATEMENT, null, reference, null, signed, declaredBy, declaration);
  }

  /** A document the vendor supplied. */
  public static EvidenceBasis document(String reference, String issuer, LocalDate issued) {
    return new EvidenceBasis(
        EvidenceKind.VENDOR_DOCUMENT, null, reference, issuer, issued, null, null);
  }

  /** An answer of the coordinated register check. */
  public static EvidenceBasis registerCheck(String reference, String issuer, LocalDate checked) {
    return new EvidenceBasis(
        EvidenceKind.REGISTER_CHECK, null, reference, issuer, checked, null, null);
  }

  /** As stored: the non-null fields by name. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("kind", kind.name());
    put(map, "registry", registry);
    put(map, "reference", reference);
    put(map, "issuer", issuer);
    put(map, "date", date == null ? null : date.toString());
    put(map, "declared_by", declaredBy);
    put(map, "declaration", declaration);
    put(map, "date_basis", dateBasis == null ? null : dateBasis.name());
    return map;
  }

  /** From {@link #toMap()}. */
  public static EvidenceBasis fromMap(Map<String, String> map) {
    String date = map.get("date");
    String dateBasis = map.get("date_basis");
    return new EvidenceBasis(
        EvidenceKind.valueOf(map.get("kind")),
        map.get("registry"),
        map.get("reference"),
        map.get("issuer"),
        date == null || date.isEmpty() ? null : LocalDate.parse(date),
        map.get("declared_by"),
        map.get("declaration"),
        dateBasis == null || dateBasis.isEmpty() ? null : DataDate.valueOf(dateBasis));
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
