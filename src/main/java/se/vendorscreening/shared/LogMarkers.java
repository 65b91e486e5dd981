package se.vendorscreening.shared;

import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/** Markers the logging configuration (logback-spring.xml) routes by. */
public final class LogMarkers {

  /**
   * A line for the log file only, never the terminal: what it says has already been told to the
   * user in words of their language (the run's summary, a command's message).
   */
  public static final Marker LOG_FILE_ONLY = MarkerFactory.getMarker("LOG_FILE_ONLY");

  private LogMarkers() {}
}
