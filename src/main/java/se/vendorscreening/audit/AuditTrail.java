package se.vendorscreening.audit;

import java.util.List;

/** Reads the audit trail; records are only ever added, by the audit module's event listeners. */
public interface AuditTrail {

  /** The records matching the query, oldest first. */
  List<AuditRecord> find(AuditQuery query);
}
