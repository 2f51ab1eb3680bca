import Foundation

/// The contract's strings as Foundation values, for the typed accessors of the model
/// (`Article.publishedDate`, `Link.destination` …). The JSON keeps the strings.
enum TypedValues {
  /// A contract date: `2019-08-13` (midnight UTC), or `2019-08-13T09:00:00-04:00` with
  /// optional fraction and zone (no zone: UTC). Nil for anything else.
  static func date(_ text: String?) -> Date? {
    guard let text else { return nil }
    let bytes = Array(text.utf8)
    func number(_ start: Int, _ count: Int) -> Int? {
      guard start + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[start..<(start + count)] {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
    guard let year = number(0, 4), byte(4) == UInt8(ascii: "-"), let month = number(5, 2),
      byte(7) == UInt8(ascii: "-"), let day = number(8, 2)
    else { return nil }
    var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
    var offset = 0
    var fraction = 0.0
    var index = 10
    if index < bytes.count {
      guard byte(10) == UInt8(ascii: "T"), let hour = number(11, 2), byte(13) == UInt8(ascii: ":"),
        let minute = number(14, 2)
      else { return nil }
      components.hour = hour
      components.minute = minute
      index = 16
      if byte(index) == UInt8(ascii: ":") {
        guard let second = number(index + 1, 2) else { return nil }
        components.second = second
        index += 3
      }
      if byte(index) == UInt8(ascii: ".") {
        var end = index + 1
        while let digit = byte(end), digit >= 0x30, digit <= 0x39 { end += 1 }
        fraction = Double("0" + String(decoding: bytes[index..<end], as: UTF8.self)) ?? 0
        index = end
      }
      if byte(index) == UInt8(ascii: "Z") {
        index += 1
      } else if let sign = byte(index), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        guard let zoneHour = number(index + 1, 2), byte(index + 3) == UInt8(ascii: ":"),
          let zoneMinute = number(index + 4, 2)
        else { return nil }
        offset = (zoneHour * 3600 + zoneMinute * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        index += 6
      }
      guard index == bytes.count else { return nil }
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0)!
    guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else { return nil }
    return date.addingTimeInterval(fraction - Double(offset))
  }

  /// An absolute URL string as a `URL`; nil when it has no scheme.
  static func url(_ text: String?) -> URL? {
    guard let text, let url = URL(string: text), url.scheme != nil else { return nil }
    return url
  }
}
