namespace FormEngine.Expressions;

/// <summary>Something an expression may refer to: a field, a repeat column or a context value such as <c>$resident.personnummer</c>.</summary>
/// <param name="Id">The canonical identity the host gives, e.g. <c>delivery.address</c>. Values are looked up by it.</param>
/// <param name="AllowedValues">
/// The choice codes of a choice field (or of the elements of a multiple-choice list), so that a misspelled code
/// in a comparison is caught at publish time instead of silently never matching.
/// </param>
public sealed record Symbol(string Id, ExprType Type, IReadOnlyList<string>? AllowedValues = null);
