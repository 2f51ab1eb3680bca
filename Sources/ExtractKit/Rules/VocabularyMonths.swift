/// Month names beyond `Patterns.months`' Western European ones, lower-cased, January first:
/// the forms dates are written with (Russian and Polish genitives: "15 августа 2016",
/// "4 lutego 2022").
enum VocabularyMonths {
  static let swedishDanishNorwegian: [[String]] = [
    ["januari", "januar"], ["februari", "februar"], ["mars"], ["april"], ["maj"], ["juni"], ["juli"],
    ["augusti"], ["september"], ["oktober"], ["november"], ["december", "desember"],
  ]
  static let polish: [[String]] = [
    ["stycznia", "styczeń"], ["lutego", "luty"], ["marca", "marzec"], ["kwietnia", "kwiecień"], ["maja", "maj"],
    ["czerwca", "czerwiec"], ["lipca", "lipiec"], ["sierpnia", "sierpień"], ["września", "wrzesień"],
    ["października", "październik"], ["listopada", "listopad"], ["grudnia", "grudzień"],
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
  static let all = [swedishDanishNorwegian, polish, russian, ukrainian]
}
