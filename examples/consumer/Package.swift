// swift-tools-version: 6.0
// A package that uses ExtractKit as a user's package would: by path here, by URL and
// version elsewhere. Only ExtractKit's public API is in reach of it.
import PackageDescription

let package = Package(
  name: "consumer",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "extract", path: "../..")
  ],
  targets: [
    // `swift run consumer`: a page in, fields out, errors, several tasks at once.
    .executableTarget(name: "Consumer", dependencies: [.product(name: "ExtractKit", package: "extract")]),
    // Must NOT compile: it names the package's internals (the JSON encoder, the WARC reader),
    // which users cannot reach. A test builds it and expects exactly that failure.
    .target(name: "HiddenInternals", dependencies: [.product(name: "ExtractKit", package: "extract")]),
  ]
)
