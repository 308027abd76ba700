// swift-tools-version:6.1
// A toolkit with one more extractor compiled in: `my-toolkit` is toolkit-cli plus the
// `organizations` plugin, chainable with the built-ins:
//
//   swift run my-toolkit run --chain normalize,tokenize,organizations --input ../../Samples
import PackageDescription

let package = Package(
    name: "CompiledPlugin",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The toolkit by relative path; `name:` pins the package identity, which would
        // otherwise follow the folder name.
        .package(name: "arabic-news-toolkit", path: "../.."),
    ],
    targets: [
        .target(
            name: "Organizations",
            dependencies: [
                .product(name: "Toolkit", package: "arabic-news-toolkit"),
                .product(name: "Plugins", package: "arabic-news-toolkit"),
            ]
        ),
        .executableTarget(
            name: "my-toolkit",
            dependencies: [
                "Organizations",
                .product(name: "ToolkitCLI", package: "arabic-news-toolkit"),
            ]
        ),
        .testTarget(
            name: "OrganizationsTests",
            dependencies: [
                "Organizations",
                .product(name: "PluginTesting", package: "arabic-news-toolkit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
