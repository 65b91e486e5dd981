package se.vendorscreening.cli;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Leaves the commands out of the context's start, even in {@code serve} and {@code worker} where
 * every other bean starts eagerly: {@link Cli} creates the one command a command line runs, so
 * another command's collaborators (say the Quartz scheduler {@code serve} needs) are never made.
 */
@Component
class SubcommandsOnlyOnDemand implements BeanFactoryPostProcessor {

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    for (String name : beanFactory.getBeanNamesForType(Subcommand.class, true, false)) {
      beanFactory.getBeanDefinition(name).setLazyInit(true);
    }
  }
}
