package se.vendorscreening.generator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vendorscreening.shared.InvalidIdentityNumberException;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * Skatteverket's test personnummer and samordningsnummer (the only numbers generated persons may
 * carry), split once per run into three disjoint pools: persons planted on exactly one company,
 * persons who sit on boards (many each, as in life), and persons who appear only in registries.
 * Numbers of persons born before 1925 or after 2010 are not used.
 */
final class TestPersons {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\"([0-9]{12})\"");
  private static final int OLDEST_REPRESENTATIVE = 1925;
  private static final int YOUNGEST_REPRESENTATIVE = 2008;
  private static final int YOUNGEST_CONVICTED = 2010;

  private final List<String> planted;
  private final List<String> representatives;
  private final List<String> coordinationRepresentatives;
  private final List<String> plantedCoordination;
  private final List<String> registryOnly;
  private int nextPlanted;
  private int nextPlantedCoordination;

  TestPersons(SplittableRandom random, int plantedWanted, int plantedCoordinationWanted) {
    List<String> adults = new ArrayList<>();
    List<String> teenagers = new ArrayList<>();
    for (String number : load("generator/testpersonnummer.json")) {
      int year = Integer.parseInt(number.substring(0, 4));
      if (year >= OLDEST_REPRESENTATIVE && year <= YOUNGEST_REPRESENTATIVE) {
        adults.add(number);
      } else if (year > YOUNGEST_REPRESENTATIVE && year <= YOUNGEST_CONVICTED) {
        teenagers.add(number);
      }
    }
    List<String> coordination = new ArrayList<>(load("generator/testsamordningsnummer.json"));
    Shuffle.shuffle(adults, random);
    Shuffle.shuffle(coordination, random);
    int plantedCount = Math.min(plantedWanted, adults.size() * 3 / 5);
    planted = List.copyOf(adults.subList(0, plantedCount));
    List<String> rest = adults.subList(plantedCount, adults.size());
    int toRegistries = rest.size() / 5;
    List<String> registry = new ArrayList<>(rest.subList(0, toRegistries));
    representatives = List.copyOf(rest.subList(toRegistries, rest.size()));
    int coordinationPlanted = Math.min(plantedCoordinationWanted, coordination.size() / 2);
    plantedCoordination = List.copyOf(coordination.subList(0, coordinationPlanted));
    List<String> coordinationRest = coordination.subList(coordinationPlanted, coordination.size());
    coordinationRepresentatives =
        List.copyOf(coordinationRest.subList(0, coordinationRest.size() / 2));
    registry.addAll(coordinationRest.subList(coordinationRest.size() / 2, coordinationRest.size()));
    registry.addAll(teenagers);
    registryOnly = List.copyOf(registry);
  }

  /** A person who may sit on any number of boards and has no registry record. */
  String representative(SplittableRandom random) {
    if (random.nextInt(50) == 0) {
      return coordinationRepresentatives.get(random.nextInt(coordinationRepresentatives.size()));
    }
    return representatives.get(random.nextInt(representatives.size()));
  }

  /** A person never used before, to plant a record on; null when the pool is used up. */
  String nextPlanted() {
    return nextPlanted < planted.size() ? planted.get(nextPlanted++) : null;
  }

  /** A samordningsnummer never used before; null when the pool is used up. */
  String nextPlantedCoordination() {
    return nextPlantedCoordination < plantedCoordination.size()
        ? plantedCoordination.get(nextPlantedCoordination++)
        : null;
  }

  /** A person who appears only in registries. */
  String registryOnly(SplittableRandom random) {
    return registryOnly.get(random.nextInt(registryOnly.size()));
  }

  private static List<String> load(String resource) {
    try (InputStream in = TestPersons.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      Matcher matcher =
          TWELVE_DIGITS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> numbers = new ArrayList<>();
      while (matcher.find()) {
        if (isValid(matcher.group(1))) {
          numbers.add(matcher.group(1));
        }
      }
      return numbers;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isValid(String digits) {
    try {
      new PersonalIdentityNumber(digits);
      return true;
    } catch (InvalidIdentityNumberException e) {
      return false;
    }
  }
}
