@testable import Plugins
import Testing

struct LexiconTableTests {
    @Test func readsKeysItemsAndComments() {
        let table = LexiconTable("""
        # a comment
        1000 scale one: ألف ,  ألفا

        gt: أكثر من, ما يزيد عن
        no colon here
        """)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].key == ["1000", "scale", "one"])
        #expect(table.rows[0].items == ["ألف", "ألفا"])
        #expect(table.rows[1].items == ["أكثر من", "ما يزيد عن"])
    }
}
