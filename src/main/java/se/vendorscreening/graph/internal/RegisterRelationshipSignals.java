package se.vendorscreening.graph.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.OwnershipFileException;
import se.vendorscreening.graph.RelationshipSignals;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.intake.RegisterCircle;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.UnreadableInputException;

/**
 * Builds the graph from the import's parties, the parties of the register's active contracts and
 * the ownership file (whose rows it keeps in the register), then evaluates the signals over the
 * import's parties; for a re-check, from the parties it follows and the ownership the register
 * keeps, evaluating the signals over all of them.
 */
@Component
class RegisterRelationshipSignals implements RelationshipSignals {

  private static final Logger log = LoggerFactory.getLogger(RegisterRelationshipSignals.class);

  private final ContractRegister register;
  private final GraphProperties settings;
  private final MessageSource messages;

  RegisterRelationshipSignals(
      ContractRegister register, GraphProperties settings, MessageSource messages) {
    this.register = register;
    this.settings = settings;
    this.messages = messages;
  }

  @Override
  public List<GraphSignal> signalsOfImport(String importId, Path ownersFile, GraphInputs inputs) {
    if (ownersFile == null && !settings.personSignals()) {
      return List.of();
    }
    List<OwnershipStake> stakes = null;
    if (ownersFile != null) {
      stakes = OwnershipFileReader.read(ownersFile);
      // kept in the register, so that the nightly re-check follows the same ownership
      register.recordOwnership(importId, stakes);
    }
    return signalsOf(visitor -> register.readCircle(importId, visitor), stakes, inputs);
  }

  @Override
  public List<GraphSignal> signalsOfFollowedParties(GraphInputs inputs) {
    List<OwnershipStake> stakes = register.currentOwnership(inputs.asOf());
    if (stakes.isEmpty() && !settings.personSignals()) {
      return List.of();
    }
    return signalsOf(register::readFollowedCircle, stakes.isEmpty() ? null : stakes, inputs);
  }

  /**
   * Builds the graph from what the reader streams and the stakes, and evaluates the signals of the
   * parties it marks imported.
   *
   * @param stakes the ownership, or null when nothing is known of it (SANCTIONED_OWNERSHIP and
   *     SANCTIONED_SUBCONTRACTOR are then not evaluated)
   */
  private List<GraphSignal> signalsOf(
      java.util.function.Consumer<RegisterCircle> reader,
      List<OwnershipStake> stakes,
      GraphInputs inputs) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    RelationshipGraph graph = new RelationshipGraph();
    reader.accept(
        new RegisterCircle() {
          @Override
          public void party(RegisteredParty party, boolean imported) {
            graph.addMembership(party, imported);
          }

          @Override
          public void representative(String partyKey, RegisteredRepresentative representative) {
            graph.addRepresentative(partyKey, representative);
          }
        });
    if (stakes != null) {
      graph.addStakesOn(stakes, inputs.asOf());
    }
    graph.freeze();
    long built = System.nanoTime();
    List<GraphSignal> signals = evaluate(graph, settings, stakes != null, inputs);
    log.info(
        "relationship graph: {} vertices, {} circle links, {} tenders built in {} ms, {} signals"
            + " in {} ms (cpu {} ms in all); heap used {} MB",
        graph.vertexCount(),
        graph.circleLinkCount(),
        graph.memberships().size(),
        (built - started) / 1_000_000,
        signals.size(),
        (System.nanoTime() - built) / 1_000_000,
        (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20));
    return signals;
  }

  @Override
  public java.util.Map<String, String> settings() {
    return settings.canonical();
  }

  @Override
  public void checkOwnersFile(Path ownersFile) {
    try {
      OwnershipFileReader.read(ownersFile);
    } catch (OwnershipFileException e) {
      Object[] arguments = e.arguments();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = String.valueOf(arguments[i]);
      }
      throw new UnreadableInputException(
          messages.getMessage(
              "graph." + e.reasonKey(), arguments, e.getMessage(), LocaleContextHolder.getLocale()),
          e);
    }
  }

  /** The signals of the graph's imported parties, ordered by procurement, party and rule. */
  static List<GraphSignal> evaluate(
      RelationshipGraph graph, GraphProperties settings, boolean ownership, GraphInputs inputs) {
    List<GraphSignal> signals = new ArrayList<>();
    if (ownership) {
      signals.addAll(SanctionedOwnership.signals(graph, settings, inputs));
      signals.addAll(SanctionedSubcontractors.signals(graph, settings, inputs));
    }
    if (settings.personSignals()) {
      signals.addAll(SharedPersons.signals(graph));
      signals.addAll(FrontPersons.signals(graph, settings));
      signals.addAll(Phoenix.signals(graph, inputs, settings));
      signals.addAll(OrganisedCrimeHops.signals(graph, inputs, settings));
    }
    signals.sort(
        Comparator.comparing(GraphSignal::procurementId)
            .thenComparing(GraphSignal::partyKey)
            .thenComparing(GraphSignal::ruleId));
    return signals;
  }
}
