// swift-tools-version:6.1
// Benchmarks live in their own package so that users of the toolkit never resolve
// package-benchmark. Run: cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "toolkit-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "arabic-news-toolkit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ToolkitBenchmarks",
            dependencies: [
                .product(name: "Toolkit", package: "arabic-news-toolkit"),
                .product(name: "Plugins", package: "arabic-news-toolkit"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ToolkitBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
