package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IFactory;

class CommandLinesTests {

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private static CommandLine fresh() {
    return CommandLines.create(
        new ModelOnlyFactory(),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  /** Every command's help text, by name, the top command's under "". */
  private static Map<String, String> usages(CommandLine commandLine) {
    Map<String, String> usages = new LinkedHashMap<>();
    usages.put("", commandLine.getUsageMessage(Ansi.OFF));
    commandLine
        .getSubcommands()
        .forEach((name, subcommand) -> usages.put(name, subcommand.getUsageMessage(Ansi.OFF)));
    return usages;
  }

  @Test
  void theTriagedModelWithTheCommandMadeAgainReadsAsANewModel() {
    for (Locale locale : List.of(CommandLanguage.SWEDISH, Locale.ENGLISH)) {
      Locale.setDefault(locale);
      Map<String, String> expected = usages(fresh());
      for (String name : fresh().getSubcommands().keySet()) {
        List<Class<?>> made = new ArrayList<>();
        IFactory factory =
            new IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                made.add(type);
                return new ModelOnlyFactory().create(type);
              }
            };
        CommandLine model = fresh();
        Object before = model.getSubcommands().get(name).getCommandSpec().userObject();
        Object other =
            model.getSubcommands().get(name.equals("screen") ? "runs" : "screen").getCommandSpec();

        CommandLine swapped =
            CommandLines.withCommand(
                model,
                name,
                factory,
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));

        assertThat(swapped).isSameAs(model);
        assertThat(usages(swapped)).containsExactlyEntriesOf(expected);
        Object after = swapped.getSubcommands().get(name).getCommandSpec().userObject();
        assertThat(after).isNotSameAs(before).isInstanceOf(before.getClass());
        assertThat(made).first().isEqualTo(before.getClass());
        assertThat(swapped.getSubcommands().get(name).getParent()).isSameAs(swapped);
        assertThat(
                swapped
                    .getSubcommands()
                    .get(name.equals("screen") ? "runs" : "screen")
                    .getCommandSpec())
            .isSameAs(other);
      }
    }
  }

  @Test
  void theModelIsHandedOnceAndOnlyForTheSameLine() {
    Locale.setDefault(Locale.ENGLISH);
    CommandLine model = fresh();
    String[] line = {"runs", "--lang", "en"};

    TriagedCommandLine.offer(line, model);
    assertThat(TriagedCommandLine.take(new String[] {"runs"})).isEmpty();
    TriagedCommandLine.offer(line, model);
    Locale.setDefault(CommandLanguage.SWEDISH);
    assertThat(TriagedCommandLine.take(line)).isEmpty();
    Locale.setDefault(Locale.ENGLISH);
    TriagedCommandLine.offer(line, model);
    assertThat(TriagedCommandLine.take(line.clone())).containsSame(model);
    assertThat(TriagedCommandLine.take(line)).isEmpty();
  }

  @Test
  void theTriageHandsOnTheModelOfALineToRun() {
    Locale.setDefault(Locale.ENGLISH);
    String[] line = {"--lang", "en", "runs"};
    StringWriter out = new StringWriter();

    var triage = CommandLineTriage.of(line, new PrintWriter(out), new PrintWriter(out));

    assertThat(triage.command()).isEqualTo("runs");
    assertThat(TriagedCommandLine.take(line)).isPresent();
    CommandLineTriage.of(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(out));
    assertThat(TriagedCommandLine.take(new String[] {"--help"})).isEmpty();
  }
}
