package se.vendorscreening.graph.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.util.ArrayUnenforcedSet;

/**
 * The circle links of a {@link RelationshipGraph} (person or owner – party) as a read-only,
 * undirected JGraphT graph over the graph's vertex numbers, read straight off its compressed
 * adjacency arrays (nothing is copied), so that JGraphT's algorithms walk the register at the cost
 * of the arrays. Edge {@code i} is the {@code i}-th distinct (person, party) pair; a vertex's edges
 * are its parties (as a person or owner) and then its persons (as a party), each in vertex order.
 *
 * <p>Optionally with one extra vertex, the <em>source</em> ({@link #source()}), linked to given
 * vertices in the order given: a breadth-first walk from it visits those vertices first and then
 * spreads from all of them at once (a walk from several start vertices at once, which JGraphT's
 * iterators otherwise take one connected component at a time).
 */
final class CircleGraph extends AbstractGraph<Integer, Integer> {

  private static final GraphType TYPE =
      new DefaultGraphType.Builder()
          .undirected()
          .allowMultipleEdges(false)
          .allowSelfLoops(false)
          .weighted(false)
          .modifiable(false)
          .build();

  private final int vertices;
  private final int pairs;
  private final int[] byPersonStart;
  private final int[] byPersonParty;
  private final int[] pairPerson;
  private final int[] byPartyStart;
  private final int[] byPartyPair;
  private final int[] sources;
  private final Map<Integer, Integer> sourceEdgeOf;

  CircleGraph(
      int vertices,
      int[] byPersonStart,
      int[] byPersonParty,
      int[] pairPerson,
      int[] byPartyStart,
      int[] byPartyPair,
      int[] sources) {
    this.vertices = vertices;
    this.pairs = byPersonParty.length;
    this.byPersonStart = byPersonStart;
    this.byPersonParty = byPersonParty;
    this.pairPerson = pairPerson;
    this.byPartyStart = byPartyStart;
    this.byPartyPair = byPartyPair;
    this.sources = sources;
    this.sourceEdgeOf = new LinkedHashMap<>();
    if (sources != null) {
      for (int k = 0; k < sources.length; k++) {
        sourceEdgeOf.put(sources[k], pairs + k);
      }
    }
  }

  /** The extra source vertex, or -1 when the view has none. */
  int source() {
    return sources == null ? -1 : vertices;
  }

  private int vertexCount() {
    return sources == null ? vertices : vertices + 1;
  }

  @Override
  public Set<Integer> edgesOf(Integer vertex) {
    int v = vertex;
    ArrayUnenforcedSet<Integer> edges = new ArrayUnenforcedSet<>();
    if (v == source()) {
      for (int k = 0; k < sources.length; k++) {
        edges.add(pairs + k);
      }
      return edges;
    }
    assertVertexExist(vertex);
    for (int i = byPersonStart[v]; i < byPersonStart[v + 1]; i++) {
      edges.add(i);
    }
    for (int i = byPartyStart[v]; i < byPartyStart[v + 1]; i++) {
      edges.add(byPartyPair[i]);
    }
    Integer fromSource = sourceEdgeOf.get(v);
    if (fromSource != null) {
      edges.add(fromSource);
    }
    return edges;
  }

  @Override
  public int degreeOf(Integer vertex) {
    return edgesOf(vertex).size();
  }

  @Override
  public Set<Integer> incomingEdgesOf(Integer vertex) {
    return edgesOf(vertex);
  }

  @Override
  public int inDegreeOf(Integer vertex) {
    return degreeOf(vertex);
  }

  @Override
  public Set<Integer> outgoingEdgesOf(Integer vertex) {
    return edgesOf(vertex);
  }

  @Override
  public int outDegreeOf(Integer vertex) {
    return degreeOf(vertex);
  }

  /** A pair's person (or owner); the source for the source's edges. */
  @Override
  public Integer getEdgeSource(Integer edge) {
    assertEdge(edge);
    return edge < pairs ? pairPerson[edge] : source();
  }

  /** A pair's party; the linked vertex for the source's edges. */
  @Override
  public Integer getEdgeTarget(Integer edge) {
    assertEdge(edge);
    return edge < pairs ? byPersonParty[edge] : sources[edge - pairs];
  }

  @Override
  public boolean containsEdge(Integer edge) {
    return edge != null && edge >= 0 && edge < pairs + (sources == null ? 0 : sources.length);
  }

  @Override
  public boolean containsVertex(Integer vertex) {
    return vertex != null && vertex >= 0 && vertex < vertexCount();
  }

  @Override
  public Set<Integer> vertexSet() {
    return new Range(vertexCount());
  }

  @Override
  public Set<Integer> edgeSet() {
    return new Range(pairs + (sources == null ? 0 : sources.length));
  }

  @Override
  public Set<Integer> getAllEdges(Integer sourceVertex, Integer targetVertex) {
    Integer edge = getEdge(sourceVertex, targetVertex);
    ArrayUnenforcedSet<Integer> edges = new ArrayUnenforcedSet<>();
    if (edge != null) {
      edges.add(edge);
    }
    return edges;
  }

  @Override
  public Integer getEdge(Integer sourceVertex, Integer targetVertex) {
    if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
      return null;
    }
    for (Integer edge : edgesOf(sourceVertex)) {
      int other =
          getEdgeSource(edge).equals(sourceVertex) ? getEdgeTarget(edge) : getEdgeSource(edge);
      if (other == targetVertex) {
        return edge;
      }
    }
    return null;
  }

  @Override
  public GraphType getType() {
    return TYPE;
  }

  @Override
  public double getEdgeWeight(Integer edge) {
    return Graph.DEFAULT_EDGE_WEIGHT;
  }

  @Override
  public Supplier<Integer> getVertexSupplier() {
    return null;
  }

  @Override
  public Supplier<Integer> getEdgeSupplier() {
    return null;
  }

  @Override
  public Integer addEdge(Integer sourceVertex, Integer targetVertex) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean addEdge(Integer sourceVertex, Integer targetVertex, Integer edge) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public Integer addVertex() {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean addVertex(Integer vertex) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public Integer removeEdge(Integer sourceVertex, Integer targetVertex) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean removeEdge(Integer edge) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean removeVertex(Integer vertex) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean removeAllEdges(Collection<? extends Integer> edges) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public boolean removeAllVertices(Collection<? extends Integer> vertices) {
    throw new UnsupportedOperationException("read-only");
  }

  @Override
  public void setEdgeWeight(Integer edge, double weight) {
    throw new UnsupportedOperationException("read-only");
  }

  private void assertEdge(Integer edge) {
    if (!containsEdge(edge)) {
      throw new IllegalArgumentException("no such edge: " + edge);
    }
  }

  /** The numbers 0 to size - 1 as a set. */
  private static final class Range extends AbstractSet<Integer> {
    private final int size;

    Range(int size) {
      this.size = size;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Integer i && i >= 0 && i < size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Integer> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Integer next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          return next++;
        }
      };
    }
  }
}
