@testable import Reports
import Testing

@Suite("SVG markup")
struct MarkupTests {
    @Test("text and attributes are escaped")
    func escaping() {
        #expect(Markup.escape(#"<a href="x">R&D's</a>"#) == "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;")
        let element = SVGElement("text", [("data-name", "\"q\" & <r>")], text: "<script>alert(1)</script>")
        #expect(element.markup() == "<text data-name=\"&quot;q&quot; &amp; &lt;r&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</text>\n")
    }

    @Test("coordinates have one decimal at most and no negative zero")
    func numbers() {
        #expect(Markup.number(12.5) == "12.5")
        #expect(Markup.number(12.0) == "12")
        #expect(Markup.number(3.14159) == "3.1")
        #expect(Markup.number(-0.01) == "0")
        #expect(Markup.number(.nan) == "0")
    }

    @Test("children nest and indent")
    func nesting() {
        let tree = SVGElement.group("marks", [.rect(x: 1, y: 2, width: 3, height: -4, fill: "#000000")])
        #expect(tree.markup() == """
            <g class="marks">
              <rect class="mark" x="1" y="2" width="3" height="0" fill="#000000"/>
            </g>

            """)
    }

    @Test("paths: polylines and closed bands")
    func paths() {
        #expect(PathData(line: [(0, 0), (10, 5.26)]).text == "M0,0 L10,5.3")
        #expect(PathData(band: [(0, 1), (1, 2)], lower: [(0, 0), (1, 0)]).text == "M0,1 L1,2 L1,0 L0,0 Z")
        #expect(PathData(line: []).text == "")
    }
}
