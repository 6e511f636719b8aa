using FormEngine.Definitions;
using FormEngine.Expressions;

namespace FormEngine.Forms;

/// <summary>
/// A validator after compilation. <c>min</c>, <c>max</c>, lengths, <c>pattern</c> and counts become JSON Schema
/// keywords; <c>rule</c> and <c>compare</c> keep their <see cref="Condition"/>, which must hold, and run in step 6.
/// </summary>
public sealed record CompiledValidator(string Kind, string Argument, CompiledExpression? Condition, LocalizedText? Message);
