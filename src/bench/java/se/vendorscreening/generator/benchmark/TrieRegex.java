package se.vendorscreening.generator.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A regular expression matching exactly a set of words, shaped as a trie ({@code 55(?:6|7)…}), so
 * that matching costs the length of the path, not the number of words: WireMock then needs one stub
 * for thousands of subjects instead of one stub each, which it would all try on every request.
 */
final class TrieRegex {

  private final Node root = new Node();

  private TrieRegex() {}

  /**
   * The expression for these words (digits and {@code -} only, so nothing needs quoting); {@code
   * (?!)} (matches nothing) when there are none.
   */
  static String matching(Collection<String> words) {
    TrieRegex trie = new TrieRegex();
    for (String word : words) {
      if (!word.matches("[0-9-]+")) {
        throw new IllegalArgumentException("not digits: " + word);
      }
      trie.add(word);
    }
    return words.isEmpty() ? "(?!)" : trie.root.render();
  }

  private void add(String word) {
    Node node = root;
    for (char c : word.toCharArray()) {
      node = node.children.computeIfAbsent(c, k -> new Node());
    }
    node.ends = true;
  }

  private static final class Node {
    final Map<Character, Node> children = new TreeMap<>();
    boolean ends;

    String render() {
      if (children.isEmpty()) {
        return "";
      }
      List<String> branches = new ArrayList<>(children.size());
      children.forEach((c, child) -> branches.add(c + child.render()));
      if (ends) {
        return "(?:" + String.join("|", branches) + ")?";
      }
      return branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
    }
  }
}
