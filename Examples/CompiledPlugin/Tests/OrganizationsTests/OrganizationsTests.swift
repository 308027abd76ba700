import Organizations
import PluginTesting
import Plugins
import Testing
import Toolkit

@Suite("organizations")
struct OrganizationsTests {
    @Test("finds organizations after their head noun")
    func finds() throws {
        var registry = PluginSystem.registry
        try registry.register(OrganizationsPlugin.self)
        let pipeline = try TextPipeline(chain: ["normalize", "tokenize", "organizations"], registry: registry)
        let doc = try pipeline.process("أعلنت وزارة الصحة ومنظمة الصحة العالمية أن قوات التحالف وصلت")
        let names = (doc.layer("organizations", as: [Organization].self) ?? []).map { doc.text(of: $0.span) }
        #expect(names == ["وزارة الصحة", "قوات التحالف"])
    }

    @Test("keeps the output contract")
    func conforms() {
        #expect(PluginConformance.check(OrganizationsPlugin.self) == [])
    }
}
