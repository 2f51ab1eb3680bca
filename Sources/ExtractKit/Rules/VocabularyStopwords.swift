/// The commonest function words (articles, pronouns, conjunctions, prepositions, auxiliaries)
/// of the languages pages most often declare, one table per language, written by hand from
/// general knowledge of each language (not counted from any corpus page). A text whose words
/// are plainly the declared language's confirms it without the n-gram classifier.
/// Close neighbours (Spanish, Portuguese, Catalan; Czech, Slovak; Danish, Norwegian, Swedish;
/// Russian, Ukrainian) all have tables, so a neighbour's text never confirms the wrong one.
enum VocabularyStopwords {
  static let english = [
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "are", "be", "by",
    "this", "have", "from", "at", "or", "an", "but", "not", "they", "which", "you", "he", "his", "we", "their",
    "has", "been", "were", "will", "would", "can", "its", "there", "about", "who",
  ]
  static let german = [
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "des", "mit", "sich", "auf",
    "für", "von", "auch", "im", "es", "sie", "er", "wir", "ich", "wird", "werden", "sind", "hat", "haben", "bei",
    "aus", "nach", "wie", "oder", "aber", "noch", "nur", "einer", "einen", "um", "über",
  ]
  static let french = [
    "le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "en", "que", "qui", "dans", "pour", "pas",
    "sur", "au", "aux", "ne", "se", "ce", "il", "elle", "plus", "par", "avec", "sont", "ont", "mais", "ou", "son",
    "sa", "ses", "cette", "nous", "vous", "être", "été", "comme",
  ]
  static let spanish = [
    "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por", "con", "para", "se", "no",
    "su", "sus", "al", "lo", "como", "más", "pero", "este", "esta", "son", "ha", "fue", "ser", "sobre",
    "también", "entre", "cuando", "muy", "sin", "hay", "ya", "desde",
  ]
  static let catalan = [
    "el", "la", "els", "les", "de", "del", "i", "que", "en", "un", "una", "és", "per", "amb", "no", "es", "al",
    "als", "com", "més", "però", "aquest", "aquesta", "són", "ha", "va", "ser", "sobre", "també", "entre",
    "quan", "molt", "sense", "hi", "ja", "des", "seu", "seva",
  ]
  static let italian = [
    "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "delle", "e", "è", "che", "un", "una",
    "per", "non", "in", "con", "si", "da", "al", "alla", "sono", "ha", "come", "più", "ma", "anche", "questo",
    "questa", "nel", "nella", "sul", "dal", "essere", "stato", "loro",
  ]
  static let portuguese = [
    "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "é", "que", "em", "no", "na", "um", "uma", "para",
    "com", "não", "por", "se", "mais", "mas", "ao", "como", "foi", "são", "seu", "sua", "ou", "pelo", "pela",
    "também", "já", "nos", "ele", "ela", "isso", "está",
  ]
  static let dutch = [
    "de", "het", "een", "en", "van", "is", "dat", "die", "in", "te", "op", "voor", "met", "niet", "zijn", "er",
    "aan", "ook", "als", "bij", "door", "om", "maar", "naar", "dan", "nog", "wordt", "worden", "heeft", "hebben",
    "was", "wat", "ze", "we", "ik", "je", "uit", "over", "deze", "kan",
  ]
  static let polish = [
    "i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "a", "jak", "po", "od", "dla", "za", "co",
    "ale", "są", "jego", "przez", "tak", "już", "ich", "jej", "czy", "lub", "tym", "może", "tego", "oraz",
    "był", "być", "ze", "także", "które", "który", "jako",
  ]
  static let czech = [
    "a", "v", "se", "na", "je", "že", "to", "s", "z", "do", "o", "i", "k", "ve", "pro", "jako", "by", "ale",
    "jsou", "jeho", "za", "od", "po", "tak", "které", "který", "která", "také", "byl", "bylo", "jen", "už",
    "při", "nebo", "jak", "však", "než", "jsem", "není",
  ]
  static let slovak = [
    "a", "v", "sa", "na", "je", "že", "to", "s", "z", "do", "o", "i", "k", "vo", "pre", "ako", "by", "ale",
    "sú", "jeho", "za", "od", "po", "tak", "ktoré", "ktorý", "ktorá", "tiež", "bol", "bolo", "len", "už",
    "pri", "alebo", "aj", "však", "než", "som", "nie",
  ]
  static let russian = [
    "и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "но", "из", "для", "от", "о", "за", "так", "же",
    "то", "он", "она", "они", "его", "её", "был", "была", "было", "были", "только", "уже", "или", "также",
    "при", "бы", "все", "этот", "который", "которые", "если",
  ]
  static let ukrainian = [
    "і", "в", "у", "не", "на", "що", "з", "до", "як", "це", "та", "але", "за", "від", "для", "по", "про", "він",
    "вона", "вони", "його", "її", "був", "була", "було", "були", "тільки", "вже", "або", "також", "при", "б",
    "все", "який", "яка", "які", "якщо", "й",
  ]
  static let swedish = [
    "och", "att", "i", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte",
    "om", "ett", "var", "jag", "men", "så", "vi", "kan", "från", "han", "hon", "sig", "efter", "eller", "vid",
    "när", "också", "ska", "skulle", "sina", "detta", "alla", "mot",
  ]
  static let danish = [
    "og", "i", "at", "det", "er", "en", "til", "på", "som", "de", "med", "for", "af", "den", "har", "ikke", "et",
    "var", "om", "men", "så", "vi", "kan", "fra", "han", "hun", "sig", "efter", "eller", "ved", "når", "også",
    "skal", "være", "blev", "denne", "alle", "mod", "jeg",
  ]
  static let norwegian = [
    "og", "i", "det", "er", "å", "en", "til", "på", "som", "de", "med", "for", "av", "den", "har", "ikke", "et",
    "var", "om", "men", "så", "vi", "kan", "fra", "han", "hun", "seg", "etter", "eller", "ved", "når", "også",
    "skal", "være", "ble", "denne", "alle", "mot", "jeg",
  ]
  static let finnish = [
    "ja", "on", "ei", "se", "että", "oli", "hän", "mutta", "kun", "myös", "ovat", "tai", "joka", "jotka",
    "niin", "sen", "mukaan", "jo", "vain", "kuin", "ole", "olla", "voi", "tämä", "nyt", "sitä", "hänen",
    "kanssa", "jälkeen", "sekä", "vielä", "siitä", "mitä", "kaikki",
  ]
  static let turkish = [
    "ve", "bir", "bu", "da", "de", "için", "ile", "çok", "daha", "gibi", "olarak", "ama", "en", "ne", "o", "var",
    "değil", "kadar", "sonra", "olan", "her", "ya", "şey", "ben", "biz", "onun", "diye", "ki", "mi", "veya",
    "göre", "ancak", "tüm", "yeni", "olduğu",
  ]
  static let hungarian = [
    "a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "de", "csak", "ez", "azt", "már", "mint", "még",
    "el", "ki", "volt", "vagy", "ha", "fel", "pedig", "szerint", "amely", "ami", "után", "között", "lesz",
    "kell", "most", "nagyon", "mert", "nincs",
  ]
  static let romanian = [
    "și", "şi", "în", "de", "la", "a", "cu", "pe", "din", "că", "nu", "este", "o", "un", "se", "mai", "pentru",
    "care", "sunt", "ca", "sau", "fost", "au", "ce", "dar", "lui", "prin", "după", "între", "acest", "această",
  ]
  static let indonesian = [
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga",
    "ke", "ada", "karena", "oleh", "bisa", "saya", "kami", "mereka", "sudah", "atau", "lebih", "telah",
    "seperti", "tersebut", "adalah", "para", "bahwa",
  ]

  /// The tables by ISO 639-1 code, as `<html lang>` names them.
  static let byLanguage: [(code: String, words: [String])] = [
    ("en", english), ("de", german), ("fr", french), ("es", spanish), ("ca", catalan), ("it", italian),
    ("pt", portuguese), ("nl", dutch), ("pl", polish), ("cs", czech), ("sk", slovak), ("ru", russian),
    ("uk", ukrainian), ("sv", swedish), ("da", danish), ("nb", norwegian), ("fi", finnish), ("tr", turkish),
    ("hu", hungarian), ("ro", romanian), ("id", indonesian),
  ]
}
