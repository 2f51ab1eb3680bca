extension Node {
  /// `hasClassToken(token)` for a token of lower-case ASCII letters, asked of most elements by the
  /// bio box's scans ("name", "author"). The raw `class` and `id` values are searched first, in
  /// place and ASCII case folded: `classAndID` is those values lower-cased (ASCII only) and
  /// space-joined, so without the token's letters in them no token can be it. Most elements
  /// are answered so, without `classAndID` made and kept for them.
  func hasClassTokenByBytes(_ token: StaticString) -> Bool {
    let count = token.utf8CodeUnitCount
    let needle = token.utf8Start
    // The document as a guaranteed reference (`withDocument`): a strong local of it cost a
    // retain and a release per element.
    let found = withDocument { document in
      for attribute in document.classAndIDAttributes(order)
      where document.isClassOrID(attribute) && Int(attribute.valueCount) >= count {
        let start = Int(attribute.valueStart)
        let end = start + Int(attribute.valueCount) - count
        var offset = start
        while offset <= end {
          // ASCII folded: `| 0x20` maps "A"…"Z" onto "a"…"z", and the token's letters are lower case.
          if document.bytes[offset] | 0x20 == needle[0] {
            var matched = 1
            while matched < count && document.bytes[offset + matched] | 0x20 == needle[matched] { matched += 1 }
            if matched == count { return true }
          }
          offset += 1
        }
      }
      return false
    }
    return found && hasClassToken(String(describing: token))
  }
}
