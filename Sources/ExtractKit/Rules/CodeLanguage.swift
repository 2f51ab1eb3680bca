/// How pages name the language of a code block, for the Markdown fence's info string.
enum CodeLanguage {
  /// Class prefixes of highlighters: Prism and highlight.js write `language-python`, Google's
  /// prettify and older highlight.js `lang-js`, GitHub's rendered Markdown `highlight-source-go`.
  static let classPrefixes = ["language-", "lang-", "highlight-source-"]
  /// Attributes Hugo's Chroma and others set on `<code>` or `<pre>`: `data-lang="go"`.
  static let attributes = ["data-lang", "data-language"]
  /// Highlighters' names for "no language": no info string.
  static let unnamed: Set<String> = ["none", "text", "plaintext", "plain", "nohighlight"]
  /// The longest language name taken: real ones are short ("python", "objective-c").
  static let maximumLength = 32

  /// The language named on a `<pre>`, the `<code>` right inside it, or the highlighter's
  /// wrapper around it; nil when none is named.
  static func of(_ pre: Node) -> String? {
    var nodes = [pre]
    if let code = pre.elementChildren.first(where: { $0.tag == "code" }) { nodes.append(code) }
    if let wrapper = pre.parent { nodes.append(wrapper) }
    for node in nodes {
      for name in attributes {
        if let value = node.attribute(name), let language = clean(value) { return language }
      }
      guard let classes = node.attribute("class") else { continue }
      for token in classes.split(whereSeparator: \.isWhitespace) {
        let lowered = token.lowercased()
        for prefix in classPrefixes where lowered.hasPrefix(prefix) {
          if let language = clean(String(lowered.dropFirst(prefix.count))) { return language }
        }
      }
    }
    return nil
  }

  /// A name fit for an info string: letters, digits and `+#._-` only ("c++", "c#", "objective-c").
  private static func clean(_ value: String) -> String? {
    let name = value.trimmingASCIIWhitespace().lowercased()
    guard !name.isEmpty, name.count <= maximumLength,
      name.allSatisfy({ ($0.isASCII && $0.isLetterOrNumber) || "+#._-".contains($0) }),
      !unnamed.contains(name)
    else { return nil }
    return name
  }
}
