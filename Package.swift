// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "arabic-news-toolkit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Toolkit", targets: ["Toolkit"]),
        .library(name: "Plugins", targets: ["Plugins"]),
        .library(name: "ToolkitCLI", targets: ["ToolkitCLI"]),
        .library(name: "ToolkitRules", targets: ["ToolkitRules"]),
        .library(name: "PluginTesting", targets: ["PluginTesting"]),
        // The C header of the plugin ABI, for plugins written in Swift without the toolkit's code.
        .library(name: "ToolkitPluginABI", targets: ["CToolkitPluginABI"]),
        .executable(name: "toolkit-cli", targets: ["toolkit-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", "5.0.1"..<"7.0.0"),
    ],
    targets: [
        // The only target that sees ICU's headers. Its public header exposes the project's own
        // functions and opaque types, so Swift modules above it never import ICU's C types
        // (which would clash with the ICU that Foundation carries).
        .target(
            name: "CToolkitICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(
            name: "Toolkit",
            dependencies: ["CToolkitICU"]
        ),
        // The versioned C ABI of run-time loaded plugins (tk_plugin.h): plain C types only.
        .target(name: "CToolkitPluginABI"),
        .target(
            name: "Plugins",
            dependencies: ["Toolkit", "CToolkitPluginABI"]
        ),
        // Extractors declared in YAML rule files (lexicons, token patterns, ICU regular expressions).
        .target(
            name: "ToolkitRules",
            dependencies: ["Toolkit", "Plugins", "CToolkitICU", .product(name: "Yams", package: "Yams")]
        ),
        // Checks any plugin or chain against the output contract; for plugin authors' tests.
        .target(
            name: "PluginTesting",
            dependencies: ["Toolkit", "Plugins"]
        ),
        .target(
            name: "ToolkitCLI",
            dependencies: [
                "Toolkit", "Plugins", "ToolkitRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "toolkit-cli", dependencies: ["ToolkitCLI"]),
        .testTarget(name: "ToolkitTests", dependencies: ["Toolkit", "SharedTestData"], exclude: ["Golden"]),
        // Test helper: the shared data beside the repository (corpus, seeds, gold, fixtures).
        .target(name: "SharedTestData", path: "Tests/Support/SharedTestData"),
        // Test helper: builds C plugin fixtures and the example packages in a shared scratch path.
        .target(name: "ExampleBuilds", dependencies: ["SharedTestData"], path: "Tests/Support/ExampleBuilds"),
        .testTarget(name: "PluginsTests", dependencies: ["Plugins", "Toolkit", "ToolkitRules", "PluginTesting", "ExampleBuilds", "SharedTestData"]),
        .testTarget(name: "ToolkitCLITests", dependencies: ["ToolkitCLI", "toolkit-cli", "ExampleBuilds"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
