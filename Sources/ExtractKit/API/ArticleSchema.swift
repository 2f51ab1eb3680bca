/// The JSON Schema (draft 2020-12) of `Article` as `extract` prints it. Kept beside the
/// models it describes; a test validates real output against it with a real validator.
public enum ArticleSchema {
  /// The schema as JSON text: what `extract schema` prints.
  public static let json = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://github.com/extract/extract/schema/article-2.json",
      "title": "Article",
      "description": "One article extracted from an HTML page by extract (schema version 2).",
      "type": "object",
      "additionalProperties": false,
      "required": ["schemaVersion", "source", "title", "description", "siteName", "language", "publishedAt",
        "modifiedAt", "byline", "heroImage", "headings", "sections", "lists", "steps", "authorBio", "related",
        "links", "text", "warnings"],
      "properties": {
        "schemaVersion": {"const": 2},
        "source": {
          "type": "object",
          "additionalProperties": false,
          "required": ["path", "url", "canonicalUrl", "bytes", "encoding", "warc"],
          "properties": {
            "path": {"type": ["string", "null"]},
            "url": {"type": ["string", "null"], "pattern": "^[hH][tT][tT][pP][sS]?://[^\\s]+$",
              "description": "The page's URL (the caller's, WARC-Target-URI, <base href> or canonical): http(s) only."},
            "canonicalUrl": {"type": ["string", "null"], "pattern": "^[hH][tT][tT][pP][sS]?://[^\\s]+$",
              "description": "<link rel=canonical>, absolute: http(s) only."},
            "bytes": {"type": "integer", "minimum": 0},
            "encoding": {"type": "string", "minLength": 1},
            "warc": {"oneOf": [{"type": "null"}, {
              "type": "object",
              "additionalProperties": false,
              "required": ["recordId", "date", "filename", "offset", "length"],
              "properties": {
                "recordId": {"type": "string", "minLength": 1},
                "date": {"type": ["string", "null"]},
                "filename": {"type": ["string", "null"]},
                "offset": {"type": "integer", "minimum": 0},
                "length": {"type": "integer", "minimum": 0}
              }
            }]}
          }
        },
        "title": {"$ref": "#/$defs/optionalText"},
        "description": {"$ref": "#/$defs/optionalText"},
        "siteName": {"$ref": "#/$defs/optionalText"},
        "language": {"type": ["string", "null"], "pattern": "^[a-z]{2,3}(-[A-Z]{2})?$"},
        "publishedAt": {"$ref": "#/$defs/optionalDate"},
        "modifiedAt": {"$ref": "#/$defs/optionalDate"},
        "byline": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/byline"}]},
        "heroImage": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/image"}]},
        "headings": {"type": "array", "items": {"$ref": "#/$defs/heading"}},
        "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
        "lists": {"type": "array", "items": {"$ref": "#/$defs/list"}},
        "steps": {"type": "array", "items": {"$ref": "#/$defs/stepGroup"}},
        "authorBio": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/authorBio"}]},
        "related": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/related"}]},
        "links": {"type": "array", "items": {"$ref": "#/$defs/link"}},
        "text": {"type": "string"},
        "warnings": {"type": "array", "items": {"type": "string"}}
      },
      "$defs": {
        "text": {"description": "One line: trimmed, no line break.",
          "type": "string", "pattern": "^(?!\\s)(?![\\s\\S]*\\s$)[^\\n]+$"},
        "lines": {"description": "Trimmed lines joined by single line breaks, one where the page had a <br>.",
          "type": "string", "pattern": "^(?!\\s)(?![\\s\\S]*\\s$)(?![\\s\\S]*(\\s\\n|\\n\\s))[\\s\\S]+$"},
        "optionalLines": {"oneOf": [{"const": ""}, {"$ref": "#/$defs/lines"}]},
        "code": {"description": "A <pre> block verbatim: line breaks and indentation kept, no blank first line, no trailing whitespace.",
          "type": "string", "pattern": "^(?![ \\t]*\\n)(?![\\s\\S]*\\s$)[\\s\\S]*\\S[\\s\\S]*$"},
        "optionalText": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/text"}]},
        "optionalDate": {
          "type": ["string", "null"],
          "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)?$"
        },
        "person": {
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "credentials", "url"],
          "properties": {
            "name": {"$ref": "#/$defs/text"},
            "credentials": {"type": "array", "items": {"$ref": "#/$defs/text"}},
            "url": {"type": ["string", "null"], "pattern": "^(?:[hH][tT][tT][pP][sS]?://|[^:/?#]*(?:[/?#]|$))", "description": "An absolute http(s) URL; a relative reference only when the page's URL is unknown."}
          }
        },
        "byline": {
          "type": "object",
          "additionalProperties": false,
          "required": ["raw", "authors", "publishedAt", "commentCount"],
          "properties": {
            "raw": {"type": "string"},
            "authors": {"type": "array", "items": {"$ref": "#/$defs/person"}},
            "publishedAt": {"$ref": "#/$defs/optionalDate"},
            "commentCount": {"type": ["integer", "null"], "minimum": 0}
          }
        },
        "image": {
          "type": "object",
          "additionalProperties": false,
          "required": ["src", "alt", "width", "height"],
          "properties": {
            "src": {"type": "string", "minLength": 1, "pattern": "^(?:[hH][tT][tT][pP][sS]?://|[^:/?#]*(?:[/?#]|$))", "description": "An absolute http(s) URL; a relative reference only when the page's URL is unknown."},
            "alt": {"$ref": "#/$defs/optionalText"},
            "width": {"type": ["integer", "null"], "minimum": 1},
            "height": {"type": ["integer", "null"], "minimum": 1}
          }
        },
        "heading": {
          "type": "object",
          "additionalProperties": false,
          "required": ["level", "text", "id"],
          "properties": {
            "level": {"type": "integer", "minimum": 1, "maximum": 6},
            "text": {"$ref": "#/$defs/text"},
            "id": {"type": ["string", "null"]}
          }
        },
        "section": {
          "type": "object",
          "additionalProperties": false,
          "required": ["heading", "blocks", "sections"],
          "properties": {
            "heading": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/heading"}]},
            "blocks": {"type": "array", "items": {"$ref": "#/$defs/block"}},
            "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}}
          }
        },
        "block": {
          "oneOf": [
            {"type": "object", "additionalProperties": false, "required": ["type", "text"],
             "properties": {"type": {"enum": ["paragraph", "quote"]}, "text": {"$ref": "#/$defs/lines"}}},
            {"type": "object", "additionalProperties": false, "required": ["type", "text"],
             "properties": {"type": {"const": "code"}, "text": {"$ref": "#/$defs/code"}}},
            {"type": "object", "additionalProperties": false, "required": ["type", "list"],
             "properties": {"type": {"const": "list"}, "list": {"$ref": "#/$defs/list"}}},
            {"type": "object", "additionalProperties": false, "required": ["type", "image"],
             "properties": {"type": {"const": "image"}, "image": {"$ref": "#/$defs/image"}}},
            {"type": "object", "additionalProperties": false, "required": ["type", "rows"],
             "properties": {"type": {"const": "table"},
               "rows": {"type": "array", "items": {"type": "array", "items": {"$ref": "#/$defs/optionalLines"}}}}}
          ]
        },
        "list": {
          "type": "object",
          "additionalProperties": false,
          "required": ["ordered", "intro", "items"],
          "properties": {
            "ordered": {"type": "boolean"},
            "intro": {"$ref": "#/$defs/optionalText"},
            "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/listItem"}}
          }
        },
        "listItem": {
          "type": "object",
          "additionalProperties": false,
          "required": ["title", "text", "lists"],
          "properties": {
            "title": {"$ref": "#/$defs/optionalText"},
            "text": {"$ref": "#/$defs/optionalLines"},
            "lists": {"type": "array", "items": {"$ref": "#/$defs/list"}}
          }
        },
        "stepGroup": {
          "type": "object",
          "additionalProperties": false,
          "required": ["title", "steps"],
          "properties": {
            "title": {"$ref": "#/$defs/optionalText"},
            "steps": {"type": "array", "minItems": 1, "items": {
              "type": "object", "additionalProperties": false, "required": ["position", "text"],
              "properties": {"position": {"type": "integer", "minimum": 1}, "text": {"$ref": "#/$defs/lines"}}}}
          }
        },
        "authorBio": {
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "credentials", "bio", "image", "url", "links"],
          "properties": {
            "name": {"$ref": "#/$defs/text"},
            "credentials": {"type": "array", "items": {"$ref": "#/$defs/text"}},
            "bio": {"$ref": "#/$defs/text"},
            "image": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/image"}]},
            "url": {"type": ["string", "null"], "pattern": "^(?:[hH][tT][tT][pP][sS]?://|[^:/?#]*(?:[/?#]|$))", "description": "An absolute http(s) URL; a relative reference only when the page's URL is unknown."},
            "links": {"type": "array", "items": {"type": "string"}}
          }
        },
        "related": {
          "type": "object",
          "additionalProperties": false,
          "required": ["heading", "posts"],
          "properties": {
            "heading": {"$ref": "#/$defs/optionalText"},
            "posts": {"type": "array", "items": {"$ref": "#/$defs/postCard"}}
          }
        },
        "link": {
          "type": "object",
          "additionalProperties": false,
          "required": ["text", "url"],
          "properties": {
            "text": {"oneOf": [{"const": ""}, {"$ref": "#/$defs/text"}]},
            "url": {"type": "string", "pattern": "^[hH][tT][tT][pP][sS]?://[^\\s]+$"}
          }
        },
        "postCard": {
          "type": "object",
          "additionalProperties": false,
          "required": ["title", "url", "author", "publishedAt", "commentCount", "excerpt", "image"],
          "properties": {
            "title": {"$ref": "#/$defs/text"},
            "url": {"type": ["string", "null"], "pattern": "^(?:[hH][tT][tT][pP][sS]?://|[^:/?#]*(?:[/?#]|$))", "description": "An absolute http(s) URL; a relative reference only when the page's URL is unknown."},
            "author": {"$ref": "#/$defs/optionalText"},
            "publishedAt": {"$ref": "#/$defs/optionalDate"},
            "commentCount": {"type": ["integer", "null"], "minimum": 0},
            "excerpt": {"$ref": "#/$defs/optionalText"},
            "image": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/image"}]}
          }
        }
      }
    }
    """#
}
