// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "extract",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "ExtractKit", targets: ["ExtractKit"]),
    .executable(name: "extract", targets: ["extract"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // `swift package generate-documentation`: the DocC catalog, checked in .ci/run.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),
    .systemLibrary(
      name: "CBrotli",
      pkgConfig: "libbrotlidec",
      providers: [.apt(["libbrotli-dev"]), .brew(["brotli"])]
    ),
    .systemLibrary(
      name: "CZstd",
      pkgConfig: "libzstd",
      providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]
    ),
    .systemLibrary(
      name: "CUchardet",
      pkgConfig: "uchardet",
      providers: [.apt(["libuchardet-dev"]), .brew(["uchardet"])]
    ),
    .systemLibrary(
      name: "CExtTextCat",
      pkgConfig: "libexttextcat",
      providers: [.apt(["libexttextcat-dev"])]
    ),
    .target(name: "ExtractKit", dependencies: ["CLibXML2", "CZlib", "CBrotli", "CZstd", "CUchardet", "CExtTextCat"]),
    .executableTarget(
      name: "extract",
      dependencies: [
        "ExtractKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "extract-bench", dependencies: ["ExtractKit"], path: "Sources/extract-bench"),
    // libFuzzer target: built by Fuzz/run with -sanitize=fuzzer,address; a replayer otherwise.
    .executableTarget(
      name: "extract-fuzz", dependencies: ["ExtractKit", "CZlib", "CZstd"], path: "Sources/extract-fuzz"),
    .testTarget(name: "ExtractKitTests", dependencies: ["ExtractKit", "extract"]),
    .testTarget(name: "ExtractCLITests", dependencies: ["extract"]),
  ]
)
