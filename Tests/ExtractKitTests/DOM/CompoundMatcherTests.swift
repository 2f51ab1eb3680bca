import Testing

@testable import ExtractKit

@Suite("Compound matcher")
struct CompoundMatcherTests {
  /// The plain answer: whether any needle occurs in the text.
  private func naive(_ needles: [String], _ text: String) -> Bool {
    let haystack = Array(text.utf8)
    return needles.contains { CompoundMatcher.contains(haystack, $0) }
  }

  @Test("a class value holding a long compound is found wherever it sits")
  func findsLongCompoundAnywhere() {
    let matcher = CompoundMatcher(["related-posts", "more-stories", "author-box"])
    #expect(matcher.matches(Array("related-posts".utf8)))
    #expect(matcher.matches(Array("wp-block related-posts-list".utf8)))
    #expect(matcher.matches(Array("x author-box".utf8)))
    #expect(matcher.matches(Array("sidebar more-stories".utf8)))
    #expect(!matcher.matches(Array("related-post more-storie author-bo".utf8)))
    #expect(!matcher.matches(Array("entry-content".utf8)))
  }

  @Test("the skipping search answers as the plain search on every suffix of Tailwind-like values")
  func skippingAgreesWithPlainSearch() {
    let needles = ["comments-count", "comment-count", "disqus", "post-meta", "byline"]
    let matcher = CompoundMatcher(needles)
    let values = [
      "flex items-center gap-2 text-sm text-gray-500 comment-count", "disqus_thread", "entry-meta post-metadata",
      "c-byline__author", "comments-counter", "commentcount", "bylin", "post-met", "mt-4 px-2 comments-coun",
    ]
    for value in values {
      for start in value.indices {
        let text = String(value[start...])
        #expect(matcher.matches(Array(text.utf8)) == naive(needles, text), "\(text)")
      }
    }
  }

  @Test("short needles are found by the pair test")
  func shortNeedles() {
    let matcher = CompoundMatcher(["ad", "nav"])
    #expect(matcher.matches(Array("top-ad".utf8)))
    #expect(matcher.matches(Array("navbar".utf8)))
    #expect(!matcher.matches(Array("footer".utf8)))
  }
}
