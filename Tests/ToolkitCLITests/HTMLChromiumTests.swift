import Foundation
import Testing
@testable import ToolkitCLI

/// Headless Chromium, when installed (`apt-get install chromium`).
let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(executable).first
let python3 = executable("python3")

/// Renders the seed page in a real browser: the screenshot is not blank and shows the
/// highlight colours, and the DOM after the script ran has the highlights, the contents moved
/// to the top, and working links between an attribution's parts.
@Suite("HTML page in Chromium", .serialized)
struct HTMLChromiumTests {
    /// A scratch directory with the seed page (plus `extra` before `</body>`), removed by the caller.
    private func writeSeedPage(extra: String = "") throws -> (dir: URL, page: URL) {
        var f = HTMLFormatter()
        var html = try format(&f, try Fixtures.seedRecords())
        if !extra.isEmpty { html = html.replacingOccurrences(of: "</body>", with: extra + "\n</body>") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("seeds.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        return (dir, page)
    }

    private func runChromium(_ args: [String], profile: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProgram(try #require(chromium), [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--user-data-dir=\(profile.path)",
        ] + args, timeout: 90)
    }

    @Test("screenshot: not blank, highlights visible",
          .enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium); page not rendered"),
          .enabled(if: python3 != nil, "python3 is needed to read the screenshot"))
    func screenshot() throws {
        let (dir, page) = try writeSeedPage()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("seeds.png")
        let run = try runChromium(["--screenshot=\(png.path)", "--window-size=1200,2000", page.absoluteString],
                                  profile: dir.appendingPathComponent("profile"))
        #expect(run.status == 0, "chromium: \(run.stderr)")
        try #require(FileManager.default.fileExists(atPath: png.path), "no screenshot written")
        // TOOLKIT_HTML_ARTIFACTS=<dir> keeps the page and the screenshot for a look by eye.
        if let keep = ProcessInfo.processInfo.environment["TOOLKIT_HTML_ARTIFACTS"] {
            for file in [page, png] {
                let target = URL(fileURLWithPath: keep).appendingPathComponent(file.lastPathComponent)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: file, to: target)
            }
        }

        // Background colours of content, source and cue, then white.
        let colours = ["fff1b8", "cfe8ff", "ffd3a3", "ffffff"]
        let read = try runProgram(try #require(python3), [Fixtures.path("png_colours.py"), png.path] + colours)
        #expect(read.status == 0, "png_colours.py: \(read.stderr)")
        struct Summary: Decodable { var width: Int; var height: Int; var distinct: Int; var counts: [String: Int] }
        let s = try JSONDecoder().decode(Summary.self, from: Data(read.stdout.utf8))
        #expect(s.width == 1200 && s.height == 2000)
        #expect(s.distinct > 100, "a page of text has many colours (anti-aliasing); got \(s.distinct)")
        #expect(Double(s.counts["ffffff"] ?? 0) < 0.97 * Double(s.width * s.height), "mostly blank")
        for c in colours.dropLast() {
            #expect((s.counts[c] ?? 0) > 1000, "highlight colour #\(c) barely visible: \(s.counts[c] ?? 0) pixels")
        }
    }

    @Test("DOM after the script: highlights, contents on top, hover and focus link an attribution's parts",
          .enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium); page not rendered"))
    func dom() throws {
        // Simulates a pointer over the first cue, records what lit up, then a keyboard focus on
        // the first source, and writes the results into attributes the dump shows.
        let probe = """
        <script>
        (function () {
          function lit() { return Array.prototype.map.call(document.querySelectorAll('.linked'), function (e) { return e.dataset.layer + ':' + e.dataset.item + ':' + e.dataset.role; }).join(' '); }
          var cue = document.querySelector('.text [data-layer="attributions"][data-role="cue"]');
          cue.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
          document.body.setAttribute('data-probe-hover', lit());
          document.body.setAttribute('data-probe-hover-tip', document.getElementById('tip').hidden ? '' : document.getElementById('tip').textContent);
          var source = document.querySelector('.text [data-layer="attributions"][data-item="1"][data-role="source"]');
          // A headless window may not have focus, so focus() alone need not fire focusin.
          source.focus();
          source.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));
          document.body.setAttribute('data-probe-focus', lit());
          document.body.setAttribute('data-probe-focus-described', source.getAttribute('aria-describedby') || '');
        })();
        </script>
        """
        let (dir, page) = try writeSeedPage(extra: probe)
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try runChromium(["--dump-dom", page.absoluteString], profile: dir.appendingPathComponent("profile"))
        #expect(run.status == 0, "chromium: \(run.stderr)")
        let dom = run.stdout
        let inspector = HTMLInspector(dom)
        #expect(inspector.structureProblems() == [])

        #expect(dom.contains("<html lang=\"en\" class=\"js\">"), "the page script did not run")
        let toc = try #require(dom.range(of: "<nav id=\"toc\""))
        let main = try #require(dom.range(of: "<main>"))
        #expect(toc.lowerBound < main.lowerBound, "contents not moved above the documents")

        let records = try Fixtures.seedRecords()
        let docs = inspector.documentTexts()
        try #require(docs.count == records.count)
        for (doc, record) in zip(docs, records) {
            #expect(doc.text == record.document.text)
            #expect(doc.parts == (try expectedParts(record)))
        }

        var attributes: [String: String] = [:]
        for case .open(name: "body", attributes: let a, selfClosing: _) in inspector.tokens { attributes = a }
        let hover = Set((attributes["data-probe-hover"] ?? "").split(separator: " ").map(String.init))
        #expect(hover == ["attributions:0:content", "attributions:0:cue", "attributions:0:source"])
        #expect(plainTip(attributes["data-probe-hover-tip"])?.hasPrefix("Attribution 1 · cue\nkind: indirect\ncue: يتوقع (belief)") == true)
        let focus = Set((attributes["data-probe-focus"] ?? "").split(separator: " ").map(String.init))
        #expect(focus.isSuperset(of: ["attributions:1:content", "attributions:1:cue", "attributions:1:source"]))
        #expect(attributes["data-probe-focus-described"] == "tip")
    }
}
