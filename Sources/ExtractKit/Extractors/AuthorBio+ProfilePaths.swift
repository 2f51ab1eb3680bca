import Foundation

/// `RelatedRules.profilePathMatcher.matches` for a link's `href`, asked of every link of a page
/// by `AuthorBioExtractor.isNameElement`. Every marker opens with "/" or "?", and few of an
/// address's slashes are followed by a byte a marker has second: the search jumps (`memchr`)
/// from one first byte to the next and compares markers only where the byte after it is one
/// of theirs, where the matcher's pair test read the address byte by byte (its two-byte marker
/// "/@" leaves it no skip table).
enum ProfilePaths {
  private struct Table {
    /// The markers' bytes, one after another, grouped by first byte.
    var bytes: [UInt8] = []
    /// Each marker's start and end in `bytes`, two entries a marker.
    var bounds: [Int] = []
    /// Per group: its first byte, and its first and last marker + 1 (three entries a group).
    var groups: [Int] = []
    /// Per group, four words: the bytes its markers have second (all of them for a one-byte marker).
    var seconds: [UInt64] = []

    init(_ markers: [String]) {
      let sorted = markers.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
      var index = 0
      while index < sorted.count {
        let first = sorted[index][0]
        let start = index
        var words = [UInt64](repeating: 0, count: 4)
        while index < sorted.count && sorted[index][0] == first {
          let marker = sorted[index]
          bounds += [bytes.count, bytes.count + marker.count]
          bytes += marker
          if marker.count == 1 {
            words = [UInt64](repeating: .max, count: 4)
          } else {
            words[Int(marker[1]) >> 6] |= 1 << UInt64(marker[1] & 63)
          }
          index += 1
        }
        groups += [Int(first), start, index]
        seconds += words
      }
    }
  }

  private static let table = Table(RelatedRules.profilePathMarkers)

  /// Whether the address holds one of the markers.
  static func holds(_ href: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = href.baseAddress, !href.isEmpty else { return false }
    let table = self.table
    return table.bytes.withUnsafeBufferPointer { bytes in
      table.bounds.withUnsafeBufferPointer { bounds in
        table.seconds.withUnsafeBufferPointer { seconds in
          table.groups.withUnsafeBufferPointer { groups in
            var group = 0
            while group < groups.count / 3 {
              let first = groups[3 * group]
              var start = 0
              while start < href.count, let found = memchr(base + start, Int32(first), href.count - start) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                start = offset + 1
                // A marker of one byte sets every bit; one of more needs its second byte here.
                if offset + 1 < href.count {
                  let second = Int(href[offset + 1])
                  if seconds[4 * group + second >> 6] & (1 << UInt64(second & 63)) == 0 { continue }
                }
                for marker in groups[3 * group + 1]..<groups[3 * group + 2] {
                  let length = bounds[2 * marker + 1] - bounds[2 * marker]
                  guard offset + length <= href.count else { continue }
                  var matched = 1
                  while matched < length && href[offset + matched] == bytes[bounds[2 * marker] + matched] {
                    matched += 1
                  }
                  if matched == length { return true }
                }
              }
              group += 1
            }
            return false
          }
        }
      }
    }
  }
}
