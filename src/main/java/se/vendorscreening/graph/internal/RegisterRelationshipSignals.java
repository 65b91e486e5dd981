package se.vendorscreening.graph.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.OwnershipFileException;
import se.vendorscreening.graph.RelationshipSignals;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.UnreadableInputException;

/**
 * Builds the graph from the import's parties, the parties of the register's active contracts and
 * the ownership file, then evaluates the three signals over the import's parties.
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
  public List<GraphSignal> signalsOfImport(String importId, Path ownersFile) {
    if (ownersFile == null && !settings.personSignals()) {
      return List.of();
    }
    long started = System.nanoTime();
    List<RegisteredParty> imported = readAll(register.partiesOfImport(importId));
    RelationshipGraph graph = new RelationshipGraph();
    imported.forEach(graph::addParty);
    readAll(register.partiesOfActiveContracts()).forEach(graph::addParty);
    if (ownersFile != null) {
      graph.addStakes(OwnershipFileReader.read(ownersFile));
    }
    long built = System.nanoTime();
    List<GraphSignal> signals = evaluate(graph, imported, settings);
    log.info(
        "relationship graph: {} vertices, {} edges built in {} ms, {} signals in {} ms",
        graph.graph().vertexSet().size(),
        graph.graph().edgeSet().size(),
        (built - started) / 1_000_000,
        signals.size(),
        (System.nanoTime() - built) / 1_000_000);
    return signals;
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

  /** The signals of the given parties, ordered by procurement, party and rule. */
  static List<GraphSignal> evaluate(
      RelationshipGraph graph, List<RegisteredParty> parties, GraphProperties settings) {
    List<GraphSignal> signals = new ArrayList<>();
    signals.addAll(SanctionedOwnership.signals(graph, parties, settings));
    if (settings.personSignals()) {
      signals.addAll(SharedPersons.signals(graph, parties));
      signals.addAll(FrontPersons.signals(graph, parties, settings));
    }
    signals.sort(
        Comparator.comparing(GraphSignal::procurementId)
            .thenComparing(GraphSignal::partyKey)
            .thenComparing(GraphSignal::ruleId));
    return signals;
  }

  private static List<RegisteredParty> readAll(ItemStreamReader<RegisteredParty> reader) {
    List<RegisteredParty> parties = new ArrayList<>();
    try {
      reader.open(new ExecutionContext());
      RegisteredParty party;
      while ((party = reader.read()) != null) {
        parties.add(party);
      }
      return parties;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the contract register", e);
    } finally {
      reader.close();
    }
  }
}
