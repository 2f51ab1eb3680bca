/// Month names beyond `Patterns.months`' Western European ones, lower-cased, January first:
/// the forms dates are written with (Russian, Polish and Czech genitives: "15 августа 2016",
/// "4 lutego 2022", "12. března 2024").
enum VocabularyMonths {
  /// Danish writes March "marts" ("12. marts 2024").
  static let swedishDanishNorwegian: [[String]] = [
    ["januari", "januar"], ["februari", "februar"], ["mars", "marts"], ["april"], ["maj"], ["juni"], ["juli"],
    ["augusti"], ["september"], ["oktober"], ["november"], ["december", "desember"],
  ]
  static let polish: [[String]] = [
    ["stycznia", "styczeń"], ["lutego", "luty"], ["marca", "marzec"], ["kwietnia", "kwiecień"], ["maja", "maj"],
    ["czerwca", "czerwiec"], ["lipca", "lipiec"], ["sierpnia", "sierpień"], ["września", "wrzesień"],
    ["października", "październik"], ["listopada", "listopad"], ["grudnia", "grudzień"],
  ]
  /// Czech: the genitive a date uses ("12. března 2024", "3. července 2023"); "června" is June's,
  /// "července" July's. Not the nominatives ("leden", "březen"): a date with a day never uses
  /// them, and "leden" is Dutch "members" ("Bestuur telt 12 leden 2024" is no date).
  static let czech: [[String]] = [
    ["ledna"], ["února"], ["března"], ["dubna"], ["května"], ["června"], ["července"], ["srpna"], ["září"],
    ["října"], ["listopadu"], ["prosince"],
  ]
  static let russian: [[String]] = [
    ["января", "январь"], ["февраля", "февраль"], ["марта", "март"], ["апреля", "апрель"], ["мая", "май"],
    ["июня", "июнь"], ["июля", "июль"], ["августа", "август"], ["сентября", "сентябрь"], ["октября", "октябрь"],
    ["ноября", "ноябрь"], ["декабря", "декабрь"],
  ]
  static let ukrainian: [[String]] = [
    ["січня"], ["лютого"], ["березня"], ["квітня"], ["травня"], ["червня"], ["липня"], ["серпня"], ["вересня"],
    ["жовтня"], ["листопада"], ["грудня"],
  ]
  /// Regional and unaccented spellings of the Western European months: Latin American Spanish
  /// "setiembre", Austrian "Feber", German "Mrz." and "Mär.", French "fevr." typed without the accent.
  static let variants: [[String]] = [
    [], ["feber", "fevr"], ["mrz", "mär"], [], [], [], [], [], ["setiembre"], [], [], [],
  ]
  static let all = [swedishDanishNorwegian, polish, czech, russian, ukrainian, variants]
}
