package se.vendorscreening.screening.internal.rules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Period;

/** A period of rules.yml (a lookback, a maximum age) must be longer than zero days. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositivePeriod.Check.class)
@interface PositivePeriod {

  String message() default "rules-file.reason.positive-period";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is left to {@code @NotNull}. */
  final class Check implements ConstraintValidator<PositivePeriod, Period> {
    @Override
    public boolean isValid(Period value, ConstraintValidatorContext context) {
      return value == null || (!value.isNegative() && !value.isZero());
    }
  }
}
