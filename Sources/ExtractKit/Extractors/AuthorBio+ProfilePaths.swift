import Foundation

/// `RelatedRules.profilePathMatcher.matches` for a link's `href`, asked of every link of a page
/// by `AuthorBioExtractor.isNameElement`. Every marker opens with "/" or "?", and few of an
/// address's slashes are followed by a byte a marker has second: the search jumps (`memchr`)
/// from one first byte to the next and compares only the markers that have the byte after it
/// second, where the matcher's pair test read the address byte by byte (its two-byte marker
/// "/@" leaves it no skip table).
enum ProfilePaths {
  /// Built once per process into buffers that are never freed or written after: read in place,
  /// without the retain and release of an array per read, by every link of every page.
  /// `@unchecked Sendable`: written only in `init`, before the one table (`table`, a `static
  /// let`, whose lazy initialisation orders those writes before any reader) is handed out.
  private final class Table: @unchecked Sendable {
    /// The markers' bytes, one after another, sorted by first then second byte.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Each marker's start and end in `bytes`, two entries a marker.
    let bounds: UnsafeBufferPointer<Int>
    /// The markers' first bytes, one entry each.
    let firsts: UnsafeBufferPointer<UInt8>
    /// Per first byte (its index in `firsts`) and byte after it: the first and last marker + 1
    /// of the markers of more than one byte that open so, 512 entries a first byte.
    let ranges: UnsafeBufferPointer<Int>
    /// Per first byte: whether a marker of one byte is that byte alone (every occurrence matches).
    let single: UnsafeBufferPointer<Bool>

    init(_ markers: [String]) {
      // By first byte, then second byte; a one-byte marker first in its group.
      func key(_ marker: [UInt8]) -> Int {
        let second: Int = marker.count > 1 ? Int(marker[1]) : -1
        return Int(marker[0]) * 512 + second + 1
      }
      let sorted: [[UInt8]] = markers.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { key($0) < key($1) }
      var firstList: [UInt8] = []
      for marker in sorted where firstList.last != marker[0] { firstList.append(marker[0]) }
      var byteList: [UInt8] = []
      var boundList: [Int] = []
      var rangeList = [Int](repeating: 0, count: 512 * firstList.count)
      var singleList = [Bool](repeating: false, count: firstList.count)
      for (index, marker) in sorted.enumerated() {
        let group = firstList.firstIndex(of: marker[0])!
        boundList += [byteList.count, byteList.count + marker.count]
        byteList += marker
        if marker.count == 1 {
          singleList[group] = true
          continue
        }
        let slot = 2 * (256 * group + Int(marker[1]))
        if rangeList[slot] == rangeList[slot + 1] { rangeList[slot] = index }
        rangeList[slot + 1] = index + 1
      }
      func copy<Element>(_ list: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: list.count)
        _ = buffer.initialize(from: list)
        return UnsafeBufferPointer(buffer)
      }
      bytes = copy(byteList)
      bounds = copy(boundList)
      firsts = copy(firstList)
      ranges = copy(rangeList)
      single = copy(singleList)
    }
  }

  private static let table = Table(RelatedRules.profilePathMarkers)

  /// Whether the address holds one of the markers.
  static func holds(_ href: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = href.baseAddress, !href.isEmpty else { return false }
    let table = self.table
    let bytes = table.bytes
    let bounds = table.bounds
    let ranges = table.ranges
    for group in 0..<table.firsts.count {
      let first = table.firsts[group]
      var start = 0
      while start < href.count, let found = memchr(base + start, Int32(first), href.count - start) {
        if table.single[group] { return true }
        let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        start = offset + 1
        // A marker of more than one byte needs its second byte here.
        guard offset + 1 < href.count else { break }
        let slot = 2 * (256 * group + Int(href[offset + 1]))
        for marker in ranges[slot]..<ranges[slot + 1] {
          let markerStart = bounds[2 * marker]
          let length = bounds[2 * marker + 1] - markerStart
          guard offset + length <= href.count else { continue }
          var matched = 2
          while matched < length && href[offset + matched] == bytes[markerStart + matched] { matched += 1 }
          if matched == length { return true }
        }
      }
    }
    return false
  }
}
