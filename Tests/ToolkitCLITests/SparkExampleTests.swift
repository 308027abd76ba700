import Foundation
import Testing

/// Examples/spark: the chain as a PySpark mapper (`RDD.pipe`) in local mode gives the records
/// of a local run. Needs Java and pyspark; skipped with the reason when either is missing.
@Suite("Engine under Spark")
struct SparkExampleTests {
    static let script = CLI.repoRoot + "/Examples/spark/run-example.sh"

    /// Whether the example can run here (the script's --check: Java and pyspark found).
    static var available: Bool {
        guard let r = try? runProgram("/bin/bash", [script, "--check"], timeout: 60) else { return false }
        return r.status == 0
    }

    @Test("RDD.pipe over Samples/ in local mode equals a local run",
          .enabled(if: available, "needs Java 17+ and pyspark: python3 -m venv Examples/spark/.venv && Examples/spark/.venv/bin/pip install pyspark"),
          .timeLimit(.minutes(5)))
    func pipeEqualsLocalRun() throws {
        let r = try runProgram("/bin/bash", [Self.script, CLI.binary], timeout: 280)
        #expect(r.status == 0, "\(r.stderr.suffix(2000))")
        let summary = try JSONSerialization.jsonObject(with: Data((r.stdout.split(separator: "\n").last ?? "").utf8)) as? [String: Any]
        #expect(summary?["equal"] as? Bool == true)
        #expect(summary?["records"] as? Int == 5)
    }
}
