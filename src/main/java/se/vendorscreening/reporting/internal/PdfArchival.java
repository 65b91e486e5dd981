package se.vendorscreening.reporting.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Sha256;
import se.vendorscreening.shared.SwedishTime;

/**
 * Makes a PDF an archival document, PDF/A-2b, which an auditor can file and open in ten years: the
 * title and language set, the title shown by viewers, XMP metadata matching the document
 * information, and an sRGB output intent (the JDK's own sRGB profile). The fonts are embedded by
 * {@link PdfFlow}.
 */
final class PdfArchival {

  static final String CREATOR = "vendor-screening";
  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  private static volatile byte[] srgbProfile;

  private PdfArchival() {}

  /**
   * The document id of a run's file (the trailer's {@code /ID}, which PDF/A requires), from the run
   * and the file's name: PDFBox otherwise makes it from the clock, so that writing the same run's
   * documents again gave files that differed in these bytes alone.
   */
  static long documentId(String runId, String fileName) {
    byte[] hash = Sha256.digest().digest((runId + '/' + fileName).getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(hash).getLong();
  }

  /** Sets the metadata of a run's document; dates from the run, so the clock does not show. */
  static void describe(PDDocument document, RunInfo run, String title, Locale language)
      throws IOException {
    describe(document, run, title, language, false);
  }

  /**
   * As {@link #describe(PDDocument, RunInfo, String, Locale)}; with {@code asBytes}, for a document
   * written by {@link PdfDocumentBytes}, the output profile and the XMP packet as objects
   * serialised beforehand ({@link PdfPrewritten}): the profile once for all documents, the packet
   * from the run's template with this document's title.
   */
  static void describe(
      PDDocument document, RunInfo run, String title, Locale language, boolean asBytes)
      throws IOException {
    Instant when = run.finishedAt() != null ? run.finishedAt() : run.startedAt();
    RunDate date = when == null ? null : runDate(when);
    describe(
        document,
        title,
        run.runId(),
        language,
        date == null ? null : date.calendar(),
        date == null ? null : date.pdf(),
        asBytes);
  }

  static void describe(
      PDDocument document, String title, String subject, Locale language, Calendar date)
      throws IOException {
    describe(
        document,
        title,
        subject,
        language,
        date,
        date == null ? null : org.apache.pdfbox.util.DateConverter.toString(date),
        false);
  }

  /** A run's date as a calendar and as the document information's date string, made once. */
  private record RunDate(Instant instant, Calendar calendar, String pdf) {}

  /** The date of the run whose documents are being written (its calendar was some 4 % of each). */
  private static volatile RunDate lastDate;

  private static RunDate runDate(Instant when) {
    RunDate date = lastDate;
    if (date == null || !date.instant().equals(when)) {
      Calendar calendar = GregorianCalendar.from(when.atZone(SWEDEN));
      date = new RunDate(when, calendar, org.apache.pdfbox.util.DateConverter.toString(calendar));
      lastDate = date;
    }
    return date;
  }

  private static void describe(
      PDDocument document,
      String title,
      String subject,
      Locale language,
      Calendar date,
      String pdfDate,
      boolean asBytes)
      throws IOException {
    // a name from an input file may hold control characters, which XMP (XML) cannot
    title = withoutControls(title);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setSubject(subject);
    info.setCreator(CREATOR);
    info.setProducer(CREATOR);
    if (pdfDate != null) {
      // as PDDocumentInformation.setCreationDate writes the calendar
      info.getCOSObject().setString(COSName.CREATION_DATE, pdfDate);
      info.getCOSObject().setString(COSName.MOD_DATE, pdfDate);
    }
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(language.toLanguageTag());
    PDViewerPreferences preferences = catalog.getViewerPreferences();
    if (preferences == null) {
      preferences = new PDViewerPreferences(new COSDictionary());
    }
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    if (asBytes) {
      catalog.getCOSObject().setItem(COSName.METADATA, metadataBytes(title, subject, date));
    } else {
      catalog.setMetadata(metadata(document, title, subject, date));
    }
    PDOutputIntent intent = asBytes ? outputIntentBytes() : outputIntent(document);
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  /** Control characters but tab and line ends as spaces. */
  private static String withoutControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return CONTROLS.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  private static final java.util.regex.Pattern CONTROLS =
      java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

  /**
   * The XMP metadata: serialised by xmpbox once for a run's subject and date with a placeholder
   * title, which each document's title then replaces. xmpbox looks up an XML parser and an XSLT
   * transformer through the class path for every packet it writes, which cost a run of many parties
   * a tenth of each certificate's and letter's time.
   */
  private static PDMetadata metadata(
      PDDocument document, String title, String subject, Calendar date) throws IOException {
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(title, subject, date));
    return metadata;
  }

  /** The XMP packet of a document with this title, from its run's template. */
  private static byte[] xmp(String title, String subject, Calendar date) throws IOException {
    String key = subject + '\u0000' + (date == null ? "" : date.getTimeInMillis());
    XmpTemplate template = TEMPLATES.get(key);
    if (template == null) {
      template = XmpTemplate.of(serialise(TITLE_PLACEHOLDER, subject, date));
      if (TEMPLATES.size() >= TEMPLATES_KEPT) {
        TEMPLATES.clear();
      }
      TEMPLATES.put(key, template);
    }
    return template.packet(xmlText(title));
  }

  /**
   * The XMP packet of a document written by {@link PdfDocumentBytes}: one metadata stream, as
   * {@link PDMetadata#importXMPMetadata} makes it, serialised for this document.
   */
  private static PdfPrewritten metadataBytes(String title, String subject, Calendar date)
      throws IOException {
    byte[] packet = xmp(title, subject, date);
    byte[] head =
        ("<<\n/Type /Metadata\n/Subtype /XML\n/Length " + packet.length + "\n>>\nstream\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] object = new byte[OBJ.length + head.length + packet.length + END.length];
    System.arraycopy(OBJ, 0, object, 0, OBJ.length);
    System.arraycopy(head, 0, object, OBJ.length, head.length);
    System.arraycopy(packet, 0, object, OBJ.length + head.length, packet.length);
    System.arraycopy(END, 0, object, OBJ.length + head.length + packet.length, END.length);
    return new PdfPrewritten(object, new int[] {0}, new int[] {0}, new boolean[] {true}, 1);
  }

  private static final byte[] OBJ = " 0 obj\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII);

  private static final String TITLE_PLACEHOLDER = "@@vendor-screening-document-title@@";

  /**
   * The packets serialised, by subject and date: those of the runs whose documents are being
   * written (a run's certificates and letters have subjects of their own).
   */
  private static final java.util.Map<String, XmpTemplate> TEMPLATES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int TEMPLATES_KEPT = 16;

  /** A packet as its UTF-8 bytes before and after the title. */
  private record XmpTemplate(byte[] before, byte[] after) {

    static XmpTemplate of(String xml) {
      int at = xml.indexOf(TITLE_PLACEHOLDER);
      if (at < 0 || xml.lastIndexOf(TITLE_PLACEHOLDER) != at) {
        throw new IllegalStateException("The XMP packet holds its title once");
      }
      return new XmpTemplate(
          xml.substring(0, at).getBytes(StandardCharsets.UTF_8),
          xml.substring(at + TITLE_PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8));
    }

    byte[] packet(String title) {
      byte[] middle = title.getBytes(StandardCharsets.UTF_8);
      byte[] packet = new byte[before.length + middle.length + after.length];
      System.arraycopy(before, 0, packet, 0, before.length);
      System.arraycopy(middle, 0, packet, before.length, middle.length);
      System.arraycopy(after, 0, packet, before.length + middle.length, after.length);
      return packet;
    }
  }

  /** The text as XML character data: markup escaped, characters XML does not allow as spaces. */
  static String xmlText(String text) {
    StringBuilder xml = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> {
                  boolean allowed =
                      c == 0x9
                          || c == 0xA
                          || c == 0xD
                          || (c >= 0x20 && c <= 0xD7FF)
                          || (c >= 0xE000 && c <= 0xFFFD)
                          || c >= 0x10000;
                  if (allowed) {
                    xml.appendCodePoint(c);
                  } else {
                    xml.append(' ');
                  }
                }
              }
            });
    return xml.toString();
  }

  private static String serialise(String title, String subject, Calendar date) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
    dublinCore.setTitle(title);
    dublinCore.setDescription(subject);
    dublinCore.addCreator(CREATOR);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(CREATOR);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(CREATOR);
    if (date != null) {
      basic.setCreateDate(date);
      basic.setModifyDate(date);
    }
    PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
    identification.setPart(2);
    try {
      identification.setConformance("B");
    } catch (org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IllegalStateException("PDF/A conformance B is a valid value", e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("Cannot write the PDF's XMP metadata", e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * An sRGB output intent as {@link PDOutputIntent#PDOutputIntent(PDDocument, java.io.InputStream)}
   * makes it, with the profile deflated once for all documents (deflating its 3 kB anew was a
   * twentieth of a certificate's time).
   */
  private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
    COSStream profile = document.getDocument().createCOSStream();
    profile.setInt(COSName.N, SRGB_COMPONENTS);
    profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = profile.createRawOutputStream()) {
      out.write(srgbProfileDeflated());
    }
    COSDictionary intent = new COSDictionary();
    intent.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    intent.setItem(COSName.S, COSName.GTS_PDFA1);
    intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    return new PDOutputIntent(intent);
  }

  private static final int SRGB_COMPONENTS = 3;

  /** The sRGB output intent's profile stream serialised once ({@link PdfPrewritten}). */
  private static volatile PdfPrewritten srgbPrewritten;

  /** An sRGB output intent as {@link #outputIntent}, its profile serialised once. */
  private static PDOutputIntent outputIntentBytes() throws IOException {
    PdfPrewritten profile = srgbPrewritten;
    if (profile == null) {
      try (PDDocument scratch =
          new PDDocument(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache())) {
        profile =
            PdfDocumentBytes.prewrite(
                outputIntent(scratch)
                    .getCOSObject()
                    .getDictionaryObject(COSName.DEST_OUTPUT_PROFILE));
      }
      srgbPrewritten = profile;
    }
    COSDictionary intent = new COSDictionary();
    intent.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    intent.setItem(COSName.S, COSName.GTS_PDFA1);
    intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    return new PDOutputIntent(intent);
  }

  /** The JDK's sRGB ICC profile, read and deflated once. */
  private static byte[] srgbProfileDeflated() {
    byte[] profile = srgbProfile;
    if (profile == null) {
      ICC_Profile icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
      if (icc.getNumComponents() != SRGB_COMPONENTS) {
        throw new IllegalStateException("sRGB has three components");
      }
      profile = PdfPageContents.deflate(icc.getData());
      srgbProfile = profile;
    }
    return profile;
  }
}
