import ExtractKit

// Each line names something ExtractKit keeps to its own package.
let encoder = OrderedJSONEncoder(pretty: false)
let reader = try? WARCReader(stream: MemoryStream([]))
let parsed = ParseBaseline.parse([])
