// swift-tools-version: 6.0
import PackageDescription

/// Plancast: forecasting and Monte Carlo planning for sales and operations.
///
/// Modules depend strictly downward (see README "Architecture"):
/// CLAPACKE → LinearAlgebra; Statistics; → Forecasting → Simulation → Scenarios / Reports → PlancastCLI → plancast.
let package = Package(
    name: "Plancast",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "plancast", targets: ["plancast"]),
        .library(name: "PlancastKit", targets: ["LinearAlgebra", "Statistics", "Forecasting", "Simulation", "Scenarios", "Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLAPACKE",
            pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CLAPACKE"]),
        .target(name: "Statistics", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "Forecasting", dependencies: ["Statistics", "LinearAlgebra"]),
        .target(name: "Simulation", dependencies: ["Forecasting", "Statistics", "LinearAlgebra"]),
        .target(name: "Scenarios", dependencies: ["Simulation", "Forecasting", "Statistics", "Yams"]),
        .target(name: "Reports", dependencies: ["Simulation", "Forecasting", "Statistics"]),
        .target(
            name: "PlancastCLI",
            dependencies: [
                "Scenarios", "Reports", "Simulation", "Forecasting", "Statistics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "plancast", dependencies: ["PlancastCLI"]),
        .executableTarget(
            name: "plancast-bench",
            dependencies: ["Statistics", "Forecasting", "Simulation", "Scenarios"],
            path: "Benchmarks/PlancastBench"
        ),

        .target(name: "TestSupport", dependencies: ["Statistics"], path: "Tests/TestSupport"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "TestSupport"]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting", "TestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "TestSupport"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PlancastCLITests", dependencies: ["PlancastCLI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
