// swift-tools-version:6.1
// A run-time loaded plugin written in Swift: a dynamic library that exports the C ABI of
// tk_plugin.h with @_cdecl. It links none of the toolkit's Swift code (only the ABI header), so
// the host and the plugin never hold two copies of the toolkit's types.
//
//   swift build -c release --package-path Examples/DynamicPlugin/swift
//   toolkit-cli run --plugin Examples/DynamicPlugin/swift/.build/release/libTokenStats.so \
//       --chain normalize,tokenize,token-stats --input Samples
import PackageDescription

let package = Package(
    name: "TokenStats",
    products: [
        .library(name: "TokenStats", type: .dynamic, targets: ["TokenStats"]),
    ],
    dependencies: [
        .package(name: "arabic-news-toolkit", path: "../../.."),
    ],
    targets: [
        .target(
            name: "TokenStats",
            dependencies: [.product(name: "ToolkitPluginABI", package: "arabic-news-toolkit")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
