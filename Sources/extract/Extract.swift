import ArgumentParser
import ExtractKit
import Foundation

@main
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Turn a saved web article into typed JSON.",
    discussion: """
      Prints the article as JSON: title, byline, hero image, headings, sections, lists,
      steps, author bio, related posts and the clean text (see `extract schema`).

      Examples:
        extract page.html > article.json
        curl -s https://example.com/post | extract - --url https://example.com/post
        extract page.html --compact | jq .title
        extract schema > article.schema.json

      Exit codes: 0 the article was written; 64 wrong usage; 65 the input is not a usable
      HTML page (empty, binary, too large); 66 the input cannot be read; 74 the output
      cannot be written.
      """,
    version: ExtractVersion.current,
    subcommands: [Page.self, Schema.self],
    defaultSubcommand: Page.self
  )
}

enum ExtractVersion {
  static let current = "0.1.0"
}

/// Exit codes after BSD's sysexits.h, so scripts can tell bad input from a bad call.
enum Exit {
  static let dataError = ExitCode(65)
  static let noInput = ExitCode(66)
  static let ioError = ExitCode(74)

  static func fail(_ message: String, _ code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data(("extract: " + message + "\n").utf8))
    return code
  }
}

struct Page: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "page", abstract: "Extract the article of one HTML page (the default).")

  @Argument(help: "The HTML file, or - for standard input.")
  var file: String

  @Option(help: "The page's URL: the base for relative links when the page has no <base href>.")
  var url: String?

  @Option(help: "Read the page in this encoding, whatever it declares (e.g. windows-1252).")
  var encoding: String?

  @Flag(help: "Print the JSON on one line.")
  var compact = false

  func validate() throws {
    if let url, URL(string: url)?.scheme == nil {
      throw ValidationError("--url needs an absolute URL such as https://example.com/post, not '\(url)'")
    }
  }

  func run() throws {
    let bytes: [UInt8]
    if file == "-" {
      bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
        throw Exit.fail("\(file): no such file", Exit.noInput)
      }
      guard !isDirectory.boolValue else { throw Exit.fail("\(file): is a directory", Exit.noInput) }
      guard let data = FileManager.default.contents(atPath: file) else {
        throw Exit.fail("\(file): cannot be read", Exit.noInput)
      }
      bytes = [UInt8](data)
    }
    let options = ExtractOptions(url: url, encoding: encoding, path: file == "-" ? nil : file)
    let name = file == "-" ? "<stdin>" : file
    let article: Article
    do {
      article = try ArticleExtractor().extract(html: bytes, options: options)
    } catch let error as ExtractError {
      throw Exit.fail("\(name): \(error)", Exit.dataError)
    }
    var json = try ArticleExtractor.json(article, pretty: !compact)
    json.append(UInt8(ascii: "\n"))
    do {
      try FileHandle.standardOutput.write(contentsOf: json)
    } catch {
      throw Exit.fail("cannot write the output: \(error.localizedDescription)", Exit.ioError)
    }
  }
}

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema (draft 2020-12) of the article JSON.")

  func run() throws {
    FileHandle.standardOutput.write(Data((ArticleSchema.json + "\n").utf8))
  }
}
