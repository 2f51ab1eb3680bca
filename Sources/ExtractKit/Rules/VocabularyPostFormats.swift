/// Words a card's badge uses to say what kind of post it links (`<span class="badge">Podcast</span>`,
/// `<span class="type_element">Vidéo</span>`), per language: such a badge is no part of the title.
enum VocabularyPostFormats {
  static let words: [String: [String]] = [
    "en": ["video", "podcast", "interview", "seminar", "webinar", "gallery", "audio", "live"],
    "de": ["video", "podcast", "interview", "seminar", "webinar", "galerie", "bildergalerie", "audio", "live"],
    "fr": [
      "vidéo", "video", "podcast", "entretien", "interview", "séminaire", "webinaire", "galerie", "diaporama", "audio",
    ],
    "es": ["vídeo", "video", "podcast", "pódcast", "entrevista", "seminario", "galería", "audio"],
    "it": ["video", "podcast", "intervista", "seminario", "webinar", "galleria", "fotogallery", "audio"],
    "pt": ["vídeo", "video", "podcast", "entrevista", "seminário", "webinar", "galeria", "áudio"],
    "nl": ["video", "podcast", "interview", "seminar", "webinar", "galerij", "fotoserie", "audio"],
    "pl": ["wideo", "video", "podcast", "wywiad", "seminarium", "webinar", "galeria", "audio"],
  ]
  static let wordSet: Set<String> = Set(words.values.flatMap { $0 })
}
