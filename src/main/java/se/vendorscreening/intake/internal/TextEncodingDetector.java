package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a CSV file is encoded: UTF-16 with a byte order mark (Excel's "Unicode text"), UTF-8
 * with a byte order mark, UTF-8 when every byte sequence is valid UTF-8, else Windows-1252 (what
 * Excel writes on Swedish Windows). Valid UTF-8 by accident is practically impossible for Swedish
 * text in Windows-1252: {@code å}, {@code ä}, {@code ö} are single bytes that UTF-8 never allows
 * alone.
 */
final class TextEncodingDetector {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * @param charset the encoding
   * @param bomLength bytes to skip at the start
   */
  record Encoding(Charset charset, int bomLength) {}

  private TextEncodingDetector() {}

  /** Whether the bytes start with a UTF-16 byte order mark, either way round. */
  static boolean startsWithUtf16Bom(byte[] head) {
    return head.length >= 2
        && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
            || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
  }

  static Encoding detect(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(BOM.length);
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        return new Encoding(StandardCharsets.UTF_16LE, 2);
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        return new Encoding(StandardCharsets.UTF_16BE, 2);
      }
      boolean bom =
          head.length == BOM.length && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
      boolean utf8 = isValidUtf8(bom ? new byte[0] : head, in);
      if (bom || utf8) {
        return new Encoding(StandardCharsets.UTF_8, bom ? BOM.length : 0);
      }
      return new Encoding(WINDOWS_1252, 0);
    }
  }

  private static boolean isValidUtf8(byte[] head, InputStream rest) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    bytes.put(head);
    byte[] buffer = new byte[32 * 1024];
    int read;
    try {
      while ((read = rest.read(buffer)) >= 0) {
        bytes.put(buffer, 0, read);
        bytes.flip();
        decode(decoder, bytes, chars, false);
        bytes.compact();
      }
      bytes.flip();
      decode(decoder, bytes, chars, true);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void decode(
      CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean endOfInput)
      throws CharacterCodingException {
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      chars.clear();
      if (result.isError()) {
        result.throwException();
      }
      if (result.isUnderflow()) {
        return;
      }
    }
  }
}
