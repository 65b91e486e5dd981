package se.vendorscreening.screening.internal.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.RuleId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Binds a parsed rules file to {@link RulesFile} and says what is wrong with it: a value of the
 * wrong type, an unknown key, a value outside its constraints, a name that refers to nothing. Each
 * problem names the key as written in the file ({@code financial.risk-class-limit}) and its value;
 * the texts are in {@code messages/screening*.properties}, in the language of the command.
 */
final class RulesFileProblems {

  private RulesFileProblems() {}

  /** One wrong value: where, and the message key and arguments that say why. */
  private record Problem(List<Object> path, String reason, Object... arguments) {

    String key() {
      StringBuilder key = new StringBuilder();
      for (Object segment : path) {
        if (segment instanceof Integer index) {
          key.append('[').append(index + 1).append(']');
        } else {
          key.append(key.isEmpty() ? "" : ".").append(segment);
        }
      }
      return key.toString();
    }
  }

  /**
   * The file's records, validated.
   *
   * @throws InvalidRulesFileException naming every wrong value
   */
  static RulesFile bind(Map<String, Object> yaml, String source) {
    RulesFile file;
    try {
      file = RulesFile.MAPPER.convertValue(yaml, RulesFile.class);
    } catch (JacksonException e) {
      throw invalid(source, yaml, List.of(problemOf(e)));
    }
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<RulesFile> violation : Validators.VALIDATOR.validate(file)) {
      problems.add(problemOf(violation));
    }
    if (problems.isEmpty()) {
      checkNames(file, problems);
    }
    if (!problems.isEmpty()) {
      throw invalid(source, yaml, problems);
    }
    return file;
  }

  /** The file is not YAML, or not a mapping of sections. */
  static InvalidRulesFileException notYaml(String source, String detail) {
    return new InvalidRulesFileException(
        text("rules-file.invalid", source, text("rules-file.reason.not-yaml", detail)));
  }

  /** Names the file uses to refer to other parts of it, or to the product's own lists. */
  private static void checkNames(RulesFile file, List<Problem> problems) {
    RulesFile.OrganisedCrime crime = file.organisedCrime();
    if (!crime.profiles().containsKey(crime.activeProfile())) {
      problems.add(
          new Problem(
              List.of("organised-crime", "active-profile"),
              "rules-file.reason.unknown-name",
              String.join(", ", crime.profiles().keySet())));
    }
    RulesFile.Sanctions sanctions = file.sanctions();
    Set<String> thresholds = new TreeSet<>();
    if (sanctions.euThresholdsEur() != null) {
      thresholds.addAll(sanctions.euThresholdsEur().keySet());
      if (!sanctions.euThresholdsEur().isEmpty() && sanctions.sekPerEur() == null) {
        problems.add(new Problem(List.of("sanctions", "sek-per-eur"), RulesFile.MISSING));
      }
    }
    if (sanctions.euThresholdsSek() != null) {
      thresholds.addAll(sanctions.euThresholdsSek().keySet());
    }
    if (!thresholds.contains(sanctions.appliedThreshold())) {
      problems.add(
          new Problem(
              List.of("sanctions", "applied-threshold"),
              "rules-file.reason.unknown-name",
              String.join(", ", thresholds)));
    }
    for (String code : file.evidence().accepted().keySet()) {
      if (ExclusionGround.ofCode(code).isEmpty()) {
        problems.add(
            new Problem(
                List.of("evidence", "accepted", code),
                "rules-file.reason.unknown-key",
                Arrays.stream(ExclusionGround.values())
                    .map(ExclusionGround::code)
                    .collect(Collectors.joining(", "))));
      }
    }
    for (RuleId id : RuleId.values()) {
      RulesFile.RuleEntry rule = file.rules().get(id);
      if (rule == null) {
        problems.add(new Problem(List.of("rules", id.name()), RulesFile.MISSING));
        continue;
      }
      for (ProcurementType regime : ProcurementType.values()) {
        if (!rule.decision().containsKey(regime)) {
          problems.add(
              new Problem(
                  List.of("rules", id.name(), "decision", regime.name()), RulesFile.MISSING));
        }
      }
    }
  }

  private static Problem problemOf(ConstraintViolation<RulesFile> violation) {
    List<Object> path = new ArrayList<>();
    for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        if (node.getKey() != null) {
          path.add(node.getKey() instanceof Enum<?> e ? e.name() : node.getKey().toString());
        } else if (node.getIndex() != null) {
          path.add(node.getIndex());
        }
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        path.add(kebab(node.getName()));
      }
    }
    Object limit = violation.getConstraintDescriptor().getAttributes().get("value");
    return new Problem(path, violation.getMessageTemplate(), limit == null ? "" : limit);
  }

  private static Problem problemOf(JacksonException e) {
    List<Object> path = new ArrayList<>();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        path.add(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.add(reference.getIndex());
      }
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      Set<String> known = new TreeSet<>();
      unknown.getKnownPropertyIds().forEach(id -> known.add(id.toString()));
      return new Problem(path, "rules-file.reason.unknown-key", String.join(", ", known));
    }
    if (e instanceof InvalidFormatException format
        && format.getTargetType() != null
        && format.getTargetType().isEnum()
        && isMapKey(format)) {
      path.add(String.valueOf(format.getValue()));
      return new Problem(
          path,
          "rules-file.reason.unknown-key",
          Arrays.stream(format.getTargetType().getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ")));
    }
    if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      return new Problem(path, "rules-file.reason.type", typeWord(mismatched.getTargetType()));
    }
    return new Problem(path, "rules-file.reason.invalid", e.getOriginalMessage());
  }

  /** Whether the value that failed was a map's key (a rule id, a regime) rather than a value. */
  private static boolean isMapKey(InvalidFormatException e) {
    return e.getOriginalMessage() != null && e.getOriginalMessage().contains("Map key");
  }

  /** A record component's key in the file, as {@link RulesFile#MAPPER} names it. */
  private static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** What a value must be, in the user's language. */
  private static String typeWord(Class<?> type) {
    if (type.isEnum()) {
      return text(
          "rules-file.type.one-of",
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ")));
    }
    if (type == Integer.class || type == int.class) {
      return text("rules-file.type.integer");
    }
    if (type == BigDecimal.class) {
      return text("rules-file.type.number");
    }
    if (type == Period.class) {
      return text("rules-file.type.period");
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return text("rules-file.type.section");
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return text("rules-file.type.list");
    }
    return text("rules-file.type.text");
  }

  private static InvalidRulesFileException invalid(
      String source, Map<String, Object> yaml, List<Problem> problems) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Problem problem : problems) {
      String key = problem.key();
      Object[] arguments = new Object[2 + problem.arguments().length];
      arguments[0] = key;
      arguments[1] = shown(valueAt(yaml, problem.path()));
      System.arraycopy(problem.arguments(), 0, arguments, 2, problem.arguments().length);
      texts.putIfAbsent(key + " " + problem.reason(), text(problem.reason(), arguments));
    }
    return new InvalidRulesFileException(
        text("rules-file.invalid", source, String.join("; ", new TreeSet<>(texts.values()))));
  }

  /** The value as the file wrote it, when the path leads to one. */
  private static Object valueAt(Map<String, Object> yaml, List<Object> path) {
    Object value = yaml;
    for (Object segment : path) {
      if (value instanceof Map<?, ?> map) {
        value = map.get(segment.toString());
      } else if (value instanceof List<?> list
          && segment instanceof Integer index
          && index < list.size()) {
        value = list.get(index);
      } else {
        return null;
      }
    }
    return value;
  }

  private static String shown(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  private static String text(String key, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    return Texts.MESSAGES.getMessage(key, arguments, key, locale);
  }

  /** The screening bundle alone, as finding texts use it. */
  private static final class Texts {
    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
      MESSAGES.setBasename("messages.screening");
      MESSAGES.setDefaultEncoding("UTF-8");
      MESSAGES.setFallbackToSystemLocale(false);
    }
  }

  /** Built on first use: a run whose rules file has not changed pays for it once per process. */
  private static final class Validators {
    static final Validator VALIDATOR;

    static {
      ValidatorFactory factory =
          Validation.byDefaultProvider()
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory();
      VALIDATOR = factory.getValidator();
    }
  }
}
