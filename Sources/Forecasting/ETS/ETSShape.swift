/// The component structure the recursion branches on. `ETSForm` answers at run time;
/// `FixedETSShape` answers with compile-time constants, so the likelihood loop compiled for
/// it has no branches on the form (one specialisation per structure).
protocol ETSShape {
    var hasTrend: Bool { get }
    var season: ETSSeasonType { get }
    var multiplicativeError: Bool { get }
}

extension ETSForm: ETSShape {
    var multiplicativeError: Bool { error == .multiplicative }
}

/// A type-level Boolean.
protocol ETSFlag { static var value: Bool { get } }
enum ETSYes: ETSFlag { static var value: Bool { true } }
enum ETSNo: ETSFlag { static var value: Bool { false } }

/// A type-level seasonal type.
protocol ETSSeasonFlag { static var season: ETSSeasonType { get } }
enum ETSNoSeason: ETSSeasonFlag { static var season: ETSSeasonType { .none } }
enum ETSAdditiveSeason: ETSSeasonFlag { static var season: ETSSeasonType { .additive } }
enum ETSMultiplicativeSeason: ETSSeasonFlag { static var season: ETSSeasonType { .multiplicative } }

struct FixedETSShape<Trend: ETSFlag, Season: ETSSeasonFlag, MultiplicativeError: ETSFlag>: ETSShape {
    var hasTrend: Bool { Trend.value }
    var season: ETSSeasonType { Season.season }
    var multiplicativeError: Bool { MultiplicativeError.value }
}

/// Work to run with the form's structure as a compile-time constant.
protocol ETSShapeVisitor {
    associatedtype Result
    func visit<Shape: ETSShape>(_ shape: Shape) -> Result
}

extension ETSForm {
    /// Calls `visitor` with the `FixedETSShape` of this form (trend ⊗ season ⊗ error: 12 types).
    func withFixedShape<Visitor: ETSShapeVisitor>(_ visitor: Visitor) -> Visitor.Result {
        hasTrend ? withSeason(visitor, ETSYes.self) : withSeason(visitor, ETSNo.self)
    }

    private func withSeason<Visitor: ETSShapeVisitor, Trend: ETSFlag>(_ visitor: Visitor, _ trend: Trend.Type) -> Visitor.Result {
        switch season {
        case .none: return withError(visitor, trend, ETSNoSeason.self)
        case .additive: return withError(visitor, trend, ETSAdditiveSeason.self)
        case .multiplicative: return withError(visitor, trend, ETSMultiplicativeSeason.self)
        }
    }

    private func withError<Visitor: ETSShapeVisitor, Trend: ETSFlag, Season: ETSSeasonFlag>(
        _ visitor: Visitor, _: Trend.Type, _: Season.Type
    ) -> Visitor.Result {
        error == .multiplicative
            ? visitor.visit(FixedETSShape<Trend, Season, ETSYes>())
            : visitor.visit(FixedETSShape<Trend, Season, ETSNo>())
    }
}
