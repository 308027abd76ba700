// swift-tools-version:6.1
// The toolkit inside your own program (an app, a server): no command line, no JSON.
//
//   swift run --package-path Examples/Embedding embedding-demo
import PackageDescription

let package = Package(
    name: "Embedding",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "arabic-news-toolkit", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "embedding-demo",
            dependencies: [
                .product(name: "Toolkit", package: "arabic-news-toolkit"),
                .product(name: "Plugins", package: "arabic-news-toolkit"),
                .product(name: "ToolkitRules", package: "arabic-news-toolkit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
