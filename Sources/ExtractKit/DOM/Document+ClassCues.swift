/// Word lists asked of an element's `class` and `id` by several extractors, compiled into one
/// table so that an element's class and id are read once for all of them (`Document.classCues`):
/// one bit per list, each list's own rule kept.
/// - A token list answers whether one of the element's class/id tokens (`Node.classTokens`) is
///   one of its words, as `Node.hasClassToken(in:)` does.
/// - A compound list answers whether one of its compounds occurs in the lower-cased class and id
///   (`Node.classAndID`), as `CompoundMatcher.matches` does.
/// Hand-written: no package in reach matches many word lists at once over bytes.
final class ClassCueTable: @unchecked Sendable {
  /// Set in every computed cue word: a word of 0 is "not computed yet".
  static let madeBit: UInt64 = 1 << 63
  /// Bits below `madeBit`.
  static let capacity = 63
  /// `tokenBits`' answer for a token to be compared as a String.
  static let needsString: UInt64 = 1 << 63

  /// Each byte's column in the automata below, ASCII upper case folded to lower case (as the
  /// class and id are lower-cased before they are matched); 0 for a byte no word holds.
  private let columns: UnsafeMutableBufferPointer<UInt8>
  private let columnCount: Int

  /// The compounds as one Aho-Corasick automaton, dense over `columns`: one table read per byte
  /// of the class and id, however many lists there are (a scan per list read most bytes once
  /// per list). State 0 is the start.
  private let compoundMoves: UnsafeMutableBufferPointer<UInt16>
  /// The bits of the compounds that end at each state (its fallbacks' included).
  private let compoundEnds: UnsafeMutableBufferPointer<UInt64>

  /// The token lists' words as a trie, dense over `columns`: a token is walked byte by byte
  /// from state 1; state 0 is "no word starts so".
  private let wordMoves: UnsafeMutableBufferPointer<UInt16>
  /// The bits of the lists holding the word that ends at each state.
  private let wordEnds: UnsafeMutableBufferPointer<UInt64>
  /// Each token list's words and its bit, for a token holding non-ASCII bytes: compared as a
  /// String, as `Set<String>` compares it.
  private let tokenLists: [(set: TokenSet, bit: UInt64)]
  private let hasTokenLists: Bool

  /// `tokenLists` and `compoundLists` pair each list with its bit (below `capacity`). A word or
  /// compound with an ASCII capital is left out: the lower-cased class and id never hold it.
  init(tokenLists: [(set: TokenSet, bit: Int)], compoundLists: [(compounds: [String], bit: Int)]) {
    func usable(_ word: String) -> Bool { !word.isEmpty && !word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } }
    var words: [([UInt8], UInt64)] = []
    for (set, bit) in tokenLists {
      precondition(bit < ClassCueTable.capacity)
      for word in set.tokens where usable(word) { words.append((Array(word.utf8), 1 << UInt64(bit))) }
    }
    var compounds: [([UInt8], UInt64)] = []
    for (list, bit) in compoundLists {
      precondition(bit < ClassCueTable.capacity)
      for compound in list where usable(compound) {
        // Two bytes at least (`Evidence.hasCompound` answers no for a one-byte class), no space
        // (values are matched one by one, not joined).
        precondition(compound.utf8.count >= 2 && !compound.utf8.contains(0x20), "compound cue \(compound)")
        compounds.append((Array(compound.utf8), 1 << UInt64(bit)))
      }
    }
    // Columns: one per byte some word or compound holds, 0 for the rest.
    var columnOf = [UInt8](repeating: 0, count: 256)
    var count = 1
    for byte in (words + compounds).flatMap(\.0) where columnOf[Int(byte)] == 0 {
      columnOf[Int(byte)] = UInt8(count)
      count += 1
    }
    precondition(count <= 256)
    for upper in 0x41...0x5A { columnOf[upper] = columnOf[upper | 0x20] }
    columns = .allocate(capacity: 256)
    _ = columns.initialize(from: columnOf)
    columnCount = count

    // The compounds' trie, then its fallbacks breadth first (Aho and Corasick).
    var moves = [Int](repeating: -1, count: count)
    var ends: [UInt64] = [0]
    for (compound, bit) in compounds {
      var state = 0
      for byte in compound {
        let slot = state * count + Int(columnOf[Int(byte)])
        if moves[slot] < 0 {
          moves[slot] = ends.count
          ends.append(0)
          moves += [Int](repeating: -1, count: count)
        }
        state = moves[slot]
      }
      ends[state] |= bit
    }
    var fallback = [Int](repeating: 0, count: ends.count)
    var queue: [Int] = []
    for column in 0..<count {
      if moves[column] < 0 {
        moves[column] = 0
      } else {
        queue.append(moves[column])
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      ends[state] |= ends[fallback[state]]
      for column in 0..<count {
        let slot = state * count + column
        let back = moves[fallback[state] * count + column]
        if moves[slot] < 0 {
          moves[slot] = back
        } else {
          fallback[moves[slot]] = back
          queue.append(moves[slot])
        }
      }
    }
    precondition(ends.count < Int(UInt16.max))
    compoundMoves = .allocate(capacity: moves.count)
    _ = compoundMoves.initialize(from: moves.map { UInt16($0) })
    compoundEnds = .allocate(capacity: ends.count)
    _ = compoundEnds.initialize(from: ends)

    // The words' trie: state 0 dead, 1 the start.
    var wordMoves = [Int](repeating: 0, count: 2 * count)
    var wordEnds: [UInt64] = [0, 0]
    for (word, bit) in words {
      var state = 1
      for byte in word {
        let slot = state * count + Int(columnOf[Int(byte)])
        if wordMoves[slot] == 0 {
          wordMoves[slot] = wordEnds.count
          wordEnds.append(0)
          wordMoves += [Int](repeating: 0, count: count)
        }
        state = wordMoves[slot]
      }
      wordEnds[state] |= bit
    }
    // Column 0 is a byte no word holds: a token with one is no word.
    for state in 0..<wordEnds.count { wordMoves[state * count] = 0 }
    precondition(wordEnds.count < Int(UInt16.max))
    self.wordMoves = .allocate(capacity: wordMoves.count)
    _ = self.wordMoves.initialize(from: wordMoves.map { UInt16($0) })
    self.wordEnds = .allocate(capacity: wordEnds.count)
    _ = self.wordEnds.initialize(from: wordEnds)
    self.tokenLists = tokenLists.map { ($0.set, 1 << UInt64($0.bit)) }
    hasTokenLists = !words.isEmpty
  }

  // Never freed: the table lives as long as the process (one static).

  /// The bits of the compound lists one of whose compounds occurs in `value` lower-cased
  /// (ASCII), from the automaton's state `state` (left where the value ends).
  @inline(__always)
  func compoundBits(_ value: UnsafeBufferPointer<UInt8>, state: inout Int) -> UInt64 {
    var bits: UInt64 = 0
    var current = state
    for byte in value {
      current = Int(compoundMoves[current * columnCount + Int(columns[Int(byte)])])
      bits |= compoundEnds[current]
    }
    state = current
    return bits
  }

  /// The bits of the token lists holding the ASCII token `value[start..<end]` (lower-cased as
  /// `Node.classTokens` lower-cases it), or `needsString` for a token with non-ASCII bytes
  /// (`nonASCIITokenBits` answers). An ASCII word always occurs in the class and id as bytes
  /// when it is a token (`hasClassToken(in:)`'s first test).
  @inline(__always)
  func tokenBits(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var state = 1
    for index in start..<end {
      let byte = value[index]
      if byte >= 0x80 { return ClassCueTable.needsString }
      state = Int(wordMoves[state * columnCount + Int(columns[Int(byte)])])
      if state == 0 {
        // No word starts so; a later non-ASCII byte still sends the token to the String test.
        for rest in (index + 1)..<end where value[rest] >= 0x80 {
          return ClassCueTable.needsString
        }
        return 0
      }
    }
    return wordEnds[state]
  }

  /// Whether any token list is in the table (else the tokens need not be read).
  var readsTokens: Bool { hasTokenLists }

  /// A token with non-ASCII bytes: compared as a String, as `Set<String>` compares it, and kept
  /// only where the list's words occur in the class and id as bytes, as `hasClassToken(in:)`
  /// tests first. Rare: class names are nearly always ASCII.
  func nonASCIITokenBits(
    _ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, classAndID: UnsafeBufferPointer<UInt8>
  ) -> UInt64 {
    let token = String(unsafeUninitializedCapacity: end - start) { output in
      for index in start..<end {
        let byte = value[index]
        output[index - start] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      }
      return end - start
    }
    var bits: UInt64 = 0
    for (set, bit) in tokenLists where set.tokens.contains(token) && set.stems.matches(classAndID) { bits |= bit }
    return bits
  }
}

extension Document {
  /// The cue bits of element `index` (`ClassCueTable.madeBit` set), from its class and id read
  /// once: the values (each cut at `Thresholds.maximumClassIDBytes`, as `classAndID` cuts them)
  /// run through the compounds' automaton, and each of their tokens (as `classTokens` splits
  /// them) through the words' trie.
  func makeClassCues(_ index: Int, table: ClassCueTable) -> UInt64 {
    var bits: UInt64 = 0
    let bytes = UnsafeBufferPointer(self.bytes)
    for attribute in classAndIDAttributes(index) where isClassOrID(attribute) {
      let start = Int(attribute.valueStart)
      let value = UnsafeBufferPointer(
        rebasing: bytes[start..<start + min(Int(attribute.valueCount), Thresholds.maximumClassIDBytes)])
      // No compound holds a space: the one joining two values starts the automaton afresh.
      var state = 0
      bits |= table.compoundBits(value, state: &state)
    }
    if table.readsTokens {
      for attribute in classAndIDAttributes(index) where isClassOrID(attribute) {
        let start = Int(attribute.valueStart)
        let value = UnsafeBufferPointer(
          rebasing: bytes[start..<start + min(Int(attribute.valueCount), Thresholds.maximumClassIDBytes)])
        Document.forEachToken(of: value) { start, end in
          let found = table.tokenBits(value, start, end)
          bits |=
            found != ClassCueTable.needsString
            ? found : table.nonASCIITokenBits(value, start, end, classAndID: classAndID(index))
        }
      }
    }
    return bits | ClassCueTable.madeBit
  }
}
