package se.vendorscreening.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import se.vendorscreening.shared.Sha256;

/**
 * A file's SHA-256 and whether its bytes are valid UTF-8, found in one streaming pass (the evidence
 * hash, and the encoding: anything not UTF-8 is taken as Windows-1252, as Excel writes it).
 *
 * @param sha256 hex SHA-256 of the bytes
 * @param utf8 whether the bytes decode as UTF-8
 */
record FileFingerprint(String sha256, boolean utf8) {

  static FileFingerprint of(Path file) throws IOException {
    MessageDigest digest = sha256Digest();
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer pending = ByteBuffer.allocate((1 << 16) + 16);
    CharBuffer chars = CharBuffer.allocate(1 << 17);
    boolean utf8 = true;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
        if (utf8) {
          pending.put(buffer, 0, read).flip();
          utf8 = decodes(decoder, pending, chars, false);
          pending.compact();
        }
      }
    }
    if (utf8) {
      pending.flip();
      utf8 = decodes(decoder, pending, chars, true);
    }
    return new FileFingerprint(Sha256.hex(digest), utf8);
  }

  private static boolean decodes(
      CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean endOfInput) {
    while (true) {
      chars.clear();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return !endOfInput || !bytes.hasRemaining();
      }
    }
  }

  static String sha256Of(byte[] bytes) {
    return Sha256.of(bytes);
  }

  static MessageDigest sha256Digest() {
    return Sha256.digest();
  }
}
