package se.vendorscreening.generator.internal;

import java.util.SplittableRandom;

/**
 * Hands out organisation numbers that never repeat and never cross: the seven digits after the
 * first two run through a seeded permutation (an affine map modulo a prime), even for parties of
 * the procurement and odd for companies that appear only in registries. No number is remembered, so
 * memory does not grow with the count.
 */
final class OrganisationNumbers {

  private static final int BODY_START = 2_000_000; // digits 3–4 of an organisation number >= 20
  private static final long MODULUS = largestPrimeBelow(4_000_000);

  private final long partyFactor;
  private final long partyOffset;
  private final long registryFactor;
  private final long registryOffset;

  OrganisationNumbers(SplittableRandom random) {
    partyFactor = 1 + random.nextLong(MODULUS - 1);
    partyOffset = random.nextLong(MODULUS);
    registryFactor = 1 + random.nextLong(MODULUS - 1);
    registryOffset = random.nextLong(MODULUS);
  }

  /** The number of the index-th party, with the given two leading digits (legal form). */
  String party(long index, String leadingDigits) {
    return number(leadingDigits, 2 * permute(index, partyFactor, partyOffset));
  }

  /** The number of the index-th company known only to registries. */
  String registryOnly(long index, String leadingDigits) {
    return number(leadingDigits, 2 * permute(index, registryFactor, registryOffset) + 1);
  }

  private static long permute(long index, long factor, long offset) {
    if (index >= MODULUS) {
      throw new IllegalArgumentException("at most " + MODULUS + " organisation numbers a kind");
    }
    return (Math.multiplyExact(factor, index) + offset) % MODULUS;
  }

  private static String number(String leadingDigits, long body) {
    String nine = leadingDigits + (BODY_START + body);
    return nine + checkDigit(nine);
  }

  /** The Luhn check digit (weights 2, 1, 2, … from the left). */
  static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }

  private static long largestPrimeBelow(long limit) {
    for (long candidate = limit - 1; ; candidate--) {
      if (isPrime(candidate)) {
        return candidate;
      }
    }
  }

  private static boolean isPrime(long n) {
    if (n % 2 == 0) {
      return false;
    }
    for (long d = 3; d * d <= n; d += 2) {
      if (n % d == 0) {
        return false;
      }
    }
    return true;
  }
}
