// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "arabic-news-toolkit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Toolkit", targets: ["Toolkit"]),
        .library(name: "Plugins", targets: ["Plugins"]),
        .library(name: "ToolkitCLI", targets: ["ToolkitCLI"]),
        .executable(name: "toolkit-cli", targets: ["toolkit-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .target(
            name: "Plugins",
            dependencies: ["Toolkit"]
        ),
        .target(
            name: "ToolkitCLI",
            dependencies: [
                "Toolkit", "Plugins",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "toolkit-cli", dependencies: ["ToolkitCLI"]),
        .testTarget(name: "ToolkitTests", dependencies: ["Toolkit"], exclude: ["Golden"]),
        .testTarget(name: "PluginsTests", dependencies: ["Plugins", "Toolkit"]),
        .testTarget(name: "ToolkitCLITests", dependencies: ["ToolkitCLI", "toolkit-cli"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
