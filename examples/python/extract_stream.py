"""Keep one `extract --input jsonl` process open and stream pages through it.

    from extract_stream import Extractor

    with Extractor("extract") as extractor:
        article = extractor.extract(html=page_html, url="https://example.com/post")
        print(article["title"])

Each call writes one request line and reads one record line: the article, or an error
record ({"error": {"kind": ..., "message": ...}}) for a page that cannot be extracted.
The process is started once, so a program pays for it once, not per page.
"""

import json
import subprocess


class Extractor:
    def __init__(self, binary="extract", jobs=1):
        # stderr goes to this process's stderr: a pipe nobody reads could fill and stall it.
        self.process = subprocess.Popen(
            [binary, "--input", "jsonl", "--quiet", "--jobs", str(jobs)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def extract(self, html=None, url=None, path=None):
        """The record for one page: give `html` (text) or `path` (a file extract can read)."""
        request = {"url": url}
        if html is not None:
            request["html"] = html
        else:
            request["path"] = path
        self.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("extract ended (exit code %s)" % self.process.wait())
        return json.loads(line)

    def close(self):
        """Ends the input and waits: the exit code is 0, or 65 when a page failed."""
        self.process.stdin.close()
        status = self.process.wait()
        self.process.stdout.close()
        return status

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
