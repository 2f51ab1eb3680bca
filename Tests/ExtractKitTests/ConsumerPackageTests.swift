import Foundation
import Testing

/// `examples/consumer`: a package depending on ExtractKit by path, built and run as a
/// user's would be. It sees only the public API: its `HiddenInternals` target, which names
/// the package's internals, must fail to build.
@Suite("a package that depends on ExtractKit", .serialized)
struct ConsumerPackageTests {
  static let consumer = Paths.package.appendingPathComponent("examples/consumer")

  /// `swift build` in the consumer package, with its own scratch folder (the suite's is
  /// locked while the tests run); after the first run it rebuilds only what changed. The
  /// build manifest is not cached: a cached one keeps the source list of ExtractKit from the
  /// last run and misses files added since.
  static func build(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let result = try run(
      "swift", ["build", "--package-path", consumer.path, "--disable-build-manifest-caching"] + arguments)
    return (result.status, String(decoding: result.stdout + result.stderr, as: UTF8.self))
  }

  @Test("it builds; a page in gives the fields, the errors, the same results from several tasks, and a folder crawls")
  func consumerRuns() throws {
    let built = try Self.build(["--product", "Consumer"])
    #expect(built.status == 0, "\(built.output)")
    guard built.status == 0 else { return }
    let binary = Self.consumer.appendingPathComponent(".build/debug/Consumer")
    let result = try run(binary.path, [])
    #expect(result.status == 0)
    #expect(
      String(decoding: result.stdout, as: UTF8.self) == """
        title: Growing Beans
        authors: ["Ann Gardener, MSc"]
        published: 1714555800
        hero: https://garden.example/img/beans.jpg
        headings: ["Picking"]
        json starts: {"schemaVersion"
        error: empty - the input is empty
        error: not-html - the input is not HTML (binary data)
        tasks: 8 Growing Beans 0 Growing Beans 7
        crawl: ["Growing kale", "Growing leeks", "Growing peas"] ["empty"]

        """)
  }

  @Test("the package's internals are out of its reach")
  func internalsHidden() throws {
    // The product first, so the two tests' builds do not run over each other's first build.
    _ = try Self.build(["--product", "Consumer"])
    let built = try Self.build(["--target", "HiddenInternals"])
    #expect(built.status != 0)
    for name in ["OrderedJSONEncoder", "WARCReader", "MemoryStream", "ParseBaseline"] {
      #expect(built.output.contains("cannot find '\(name)' in scope"), "\(name) is reachable")
    }
  }
}
