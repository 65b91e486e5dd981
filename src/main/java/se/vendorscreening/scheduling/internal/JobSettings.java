package se.vendorscreening.scheduling.internal;

import java.nio.file.Path;
import java.time.Period;
import java.util.Locale;
import org.quartz.JobDataMap;

/**
 * What a Quartz job needs of its definition, stored as plain strings in the job's data map so the
 * JDBC store can hold it and a changed definition replaces it.
 */
record JobSettings(String name, Locale language, Path inbox, Period olderThan, String source) {

  private static final String NAME = "name";
  private static final String LANGUAGE = "language";
  private static final String INBOX = "inbox";
  private static final String OLDER_THAN = "olderThan";
  private static final String SOURCE = "source";

  static JobDataMap dataOf(JobDefinition definition) {
    JobDataMap data = new JobDataMap();
    data.put(NAME, definition.name());
    data.put(LANGUAGE, definition.language().toLanguageTag());
    if (definition.inbox() != null) {
      data.put(INBOX, definition.inbox().toString());
    }
    if (definition.olderThan() != null) {
      data.put(OLDER_THAN, definition.olderThan().toString());
    }
    data.put(SOURCE, definition.source().getFileName().toString());
    return data;
  }

  static JobSettings of(JobDataMap data) {
    return new JobSettings(
        data.getString(NAME),
        Locale.forLanguageTag(data.getString(LANGUAGE)),
        data.containsKey(INBOX) ? Path.of(data.getString(INBOX)) : null,
        data.containsKey(OLDER_THAN) ? Period.parse(data.getString(OLDER_THAN)) : null,
        data.getString(SOURCE));
  }

  /** Who runs it, for the run's manifest and the audit trail. */
  String actor() {
    return "scheduler:" + name;
  }

  /** The command line equivalent, for the audit trail. */
  String command() {
    return "serve (job " + name + " from " + source + ")";
  }
}
