/// Word lists asked of an element's `class` and `id` by several extractors, compiled into one
/// table so that an element's class and id are read once for all of them (`Document.classCues`):
/// one bit per list, each list's own rule kept.
/// - A token list answers whether one of the element's class/id tokens (`Node.classTokens`) is
///   one of its words, as `Node.hasClassToken(in:)` does.
/// - A compound list answers whether one of its compounds occurs in the lower-cased class and id
///   (`Node.classAndID`), as `CompoundMatcher.matches` does.
/// Hand-written: no package in reach matches many word lists at once over bytes.
/// `@unchecked Sendable`: its buffers are written only inside `init`, before the one table
/// (`shared`, a `static let`, whose lazy initialisation orders those writes before any reader)
/// is handed out, and never freed or written after: every thread only reads them.
final class ClassCueTable: @unchecked Sendable {
  /// Set in every computed cue word: a word of 0 is "not computed yet".
  static let madeBit: UInt64 = 1 << 63
  /// Bits below `madeBit`.
  static let capacity = 63
  /// `tokenBits`' answer for a token to be compared as a String.
  static let needsString: UInt64 = 1 << 63

  /// Each byte's column in the automata below, ASCII upper case folded to lower case (as the
  /// class and id are lower-cased before they are matched); 0 for a byte no word holds.
  private let columns: UnsafeBufferPointer<UInt8>
  private let columnCount: Int

  /// The compounds as one Aho-Corasick automaton, dense over `columns`: one table read per byte
  /// of the class and id, however many lists there are (a scan per list read most bytes once
  /// per list). State 0 is the start.
  private let compoundMoves: UnsafeBufferPointer<UInt16>
  /// The bits of the compounds that end at each state (its fallbacks' included).
  private let compoundEnds: UnsafeBufferPointer<UInt64>

  /// The token lists' words as a trie, dense over `columns`: a token is walked byte by byte
  /// from state 1; state 0 is "no word starts so".
  private let wordMoves: UnsafeBufferPointer<UInt16>
  /// The bits of the lists holding the word that ends at each state.
  private let wordEnds: UnsafeBufferPointer<UInt64>
  /// Each token list's words and its bit, for a token holding non-ASCII bytes: compared as a
  /// String, as `Set<String>` compares it.
  private let tokenLists: [(set: TokenSet, bit: UInt64)]
  private let hasTokenLists: Bool

  /// `tokenLists` and `compoundLists` pair each list with its bit (below `capacity`). A word or
  /// compound with an ASCII capital is left out: the lower-cased class and id never hold it.
  /// Built once per process, so built straight into buffers sized from the words' byte counts
  /// (each byte of a word adds at most one state): growing arrays row by row, and copying them
  /// into the buffers, cost every process ~3.7 M instructions.
  init(tokenLists: [(set: TokenSet, bit: Int)], compoundLists: [(compounds: [String], bit: Int)]) {
    func usable(_ word: String) -> Bool { !word.isEmpty && !word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } }
    // Columns: one per byte some word or compound holds, 0 for the rest.
    let columnOf = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    columnOf.initialize(repeating: 0)
    var count = 1
    func addColumns(_ word: String) {
      for byte in word.utf8 where columnOf[Int(byte)] == 0 {
        precondition(count < 256)
        columnOf[Int(byte)] = UInt8(count)
        count += 1
      }
    }
    var wordBytes = 0
    var hasWords = false
    for (set, bit) in tokenLists {
      precondition(bit < ClassCueTable.capacity)
      for word in set.tokens where usable(word) {
        addColumns(word)
        wordBytes += word.utf8.count
        hasWords = true
      }
    }
    var compoundBytes = 0
    for (list, bit) in compoundLists {
      precondition(bit < ClassCueTable.capacity)
      for compound in list where usable(compound) {
        // Two bytes at least (`Evidence.hasCompound` answers no for a one-byte class), no space
        // (values are matched one by one, not joined).
        precondition(compound.utf8.count >= 2 && !compound.utf8.contains(0x20), "compound cue \(compound)")
        addColumns(compound)
        compoundBytes += compound.utf8.count
      }
    }
    for upper in 0x41...0x5A { columnOf[upper] = columnOf[upper | 0x20] }
    columns = UnsafeBufferPointer(columnOf)
    columnCount = count

    // The compounds' trie, then its fallbacks breadth first (Aho and Corasick).
    let none = UInt16.max
    let stateLimit = compoundBytes + 1
    precondition(stateLimit < Int(none))
    let moves = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: stateLimit * count)
    moves.initialize(repeating: none)
    let ends = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: stateLimit)
    ends.initialize(repeating: 0)
    var states = 1
    for (list, bit) in compoundLists {
      for compound in list where usable(compound) {
        var state = 0
        for byte in compound.utf8 {
          let slot = state * count + Int(columnOf[Int(byte)])
          if moves[slot] == none {
            moves[slot] = UInt16(states)
            states += 1
          }
          state = Int(moves[slot])
        }
        ends[state] |= 1 << UInt64(bit)
      }
    }
    let fallback = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: states)
    fallback.initialize(repeating: 0)
    defer { fallback.deallocate() }
    let queue = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: states)
    defer { queue.deallocate() }
    var tail = 0
    for column in 0..<count {
      if moves[column] == none {
        moves[column] = 0
      } else {
        queue[tail] = moves[column]
        tail += 1
      }
    }
    var head = 0
    while head < tail {
      let state = Int(queue[head])
      head += 1
      let back = Int(fallback[state])
      ends[state] |= ends[back]
      let row = state * count
      let backRow = back * count
      for column in 0..<count {
        let next = moves[row + column]
        let fallbackMove = moves[backRow + column]
        if next == none {
          moves[row + column] = fallbackMove
        } else {
          fallback[Int(next)] = fallbackMove
          queue[tail] = next
          tail += 1
        }
      }
    }
    compoundMoves = UnsafeBufferPointer(rebasing: moves[0..<states * count])
    compoundEnds = UnsafeBufferPointer(rebasing: ends[0..<states])

    // The words' trie: state 0 dead, 1 the start.
    let wordLimit = wordBytes + 2
    precondition(wordLimit < Int(UInt16.max))
    let wordMoves = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: wordLimit * count)
    wordMoves.initialize(repeating: 0)
    let wordEnds = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: wordLimit)
    wordEnds.initialize(repeating: 0)
    var wordStates = 2
    for (set, bit) in tokenLists {
      for word in set.tokens where usable(word) {
        var state = 1
        for byte in word.utf8 {
          let slot = state * count + Int(columnOf[Int(byte)])
          if wordMoves[slot] == 0 {
            wordMoves[slot] = UInt16(wordStates)
            wordStates += 1
          }
          state = Int(wordMoves[slot])
        }
        wordEnds[state] |= 1 << UInt64(bit)
      }
    }
    // Column 0 (a byte no word holds) stays 0 in every row, as every byte of a word has a
    // column of its own: a token with such a byte is no word.
    self.wordMoves = UnsafeBufferPointer(rebasing: wordMoves[0..<wordStates * count])
    self.wordEnds = UnsafeBufferPointer(rebasing: wordEnds[0..<wordStates])
    self.tokenLists = tokenLists.map { ($0.set, 1 << UInt64($0.bit)) }
    hasTokenLists = hasWords
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
    let readsTokens = table.readsTokens
    // One walk over the attributes for both: the bits are or-ed, so their order is free.
    for attribute in classAndIDAttributes(index) where isClassOrID(attribute) {
      let start = Int(attribute.valueStart)
      let value = UnsafeBufferPointer(
        rebasing: bytes[start..<start + min(Int(attribute.valueCount), Thresholds.maximumClassIDBytes)])
      // No compound holds a space: the one joining two values starts the automaton afresh.
      var state = 0
      bits |= table.compoundBits(value, state: &state)
      guard readsTokens else { continue }
      Document.forEachToken(of: value) { start, end in
        let found = table.tokenBits(value, start, end)
        bits |=
          found != ClassCueTable.needsString
          ? found : table.nonASCIITokenBits(value, start, end, classAndID: classAndID(index))
      }
    }
    return bits | ClassCueTable.madeBit
  }
}
