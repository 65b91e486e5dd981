package se.vendorscreening.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates the commands for picocli before the application has started, so that it can read their
 * options and answer help and usage errors. A command whose constructor takes collaborators gets
 * none: picocli only fills its option fields, and this instance is never called; the run itself
 * uses a command the application context creates.
 */
class ModelOnlyFactory implements IFactory {

  private final IFactory defaults = CommandLine.defaultFactory();

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<?>[] constructors = type.getDeclaredConstructors();
    if (constructors.length != 1 || constructors[0].getParameterCount() == 0) {
      return defaults.create(type);
    }
    Constructor<?> constructor = constructors[0];
    constructor.setAccessible(true);
    return type.cast(constructor.newInstance(new Object[constructor.getParameterCount()]));
  }
}
