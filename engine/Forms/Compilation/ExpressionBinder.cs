using FormEngine.Definitions;
using FormEngine.Diagnostics;
using FormEngine.Expressions;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Forms.Compilation;

/// <summary>
/// Compiles every expression of the form against the fields in scope: visibility, required, readonly,
/// computed values, prefill, choice filters and rule validators. Constant conditions are reported.
/// </summary>
internal sealed class ExpressionBinder(IReadOnlyList<CompiledField> topLevel, DiagnosticBag diagnostics)
{
    public void BindSymbols(IEnumerable<CompiledField> fields)
    {
        foreach (var field in fields)
            field.Symbol = new Symbol(field.Path, field.Type.ValueType,
                field.Choices?.Select(c => c.Code).ToList());
    }

    /// <summary>Computed fields take the type of their expression; computed-on-computed references see Any first.</summary>
    public void BindComputed(IEnumerable<CompiledField> fields)
    {
        foreach (var field in fields.Where(f => f.Definition.Compute is not null))
        {
            field.Compute = Compile(field.Definition.Compute!, field.Parent, expected: null);
            if (field.Compute is not null) field.Symbol = field.Symbol with { Type = field.Compute.Type };
        }
    }

    public void BindPage(CompiledPage page)
    {
        if (page.Definition.VisibleWhen is { } when)
            page.VisibleWhen = Condition(when, null, "page", canBeFalse: true);
    }

    public void Bind(CompiledField field, FieldTreeBuilder tree)
    {
        var d = field.Definition;
        var scope = field.Parent;
        if (d.VisibleWhen is not null)
        {
            field.VisibleWhen = Condition(d.VisibleWhen, scope, "visible_when", canBeFalse: false);
            if (field.VisibleWhen is { IsConstant: true, ConstantValue: not true })
                diagnostics.Report(DiagnosticCodes.UnreachableField, d.VisibleWhen.Start, $"Field '{d.Key}' is never shown: its visible_when is always false.");
        }
        if (d.Required.Condition is not null) field.RequiredWhen = Condition(d.Required.Condition, scope, "required", canBeFalse: true);
        if (d.ReadOnly.Condition is not null) field.ReadOnlyWhen = Condition(d.ReadOnly.Condition, scope, "readonly", canBeFalse: true);
        if (d.Prefill is not null) field.Prefill = BindPrefill(field, d.Prefill);

        if (tree.ChoiceDefinitions(field) is { } choices && field.Choices is not null)
            field.Choices = [.. choices.Zip(field.Choices, (definition, compiled) => definition.VisibleWhen is null
                ? compiled
                : compiled with { VisibleWhen = Condition(definition.VisibleWhen, scope, "visible_when", canBeFalse: true) })];

        foreach (var validator in d.Validators)
            if (Validator(field, validator) is { } compiled)
                field.Validators.Add(compiled);
    }

    private CompiledExpression? BindPrefill(CompiledField field, ExpressionText prefill)
    {
        if (!prefill.Text.TrimStart().StartsWith('$'))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, prefill.Start,
                $"'prefill' takes a context value such as $resident.personnummer; use 'compute' or 'default' for other values.");
            return null;
        }
        return Compile(prefill, field.Parent, expected: field.Symbol.Type.IsList ? null : field.Symbol.Type);
    }

    private CompiledValidator? Validator(CompiledField field, ValidatorDefinition validator)
    {
        switch (validator.Kind)
        {
            case "rule":
                var rule = Condition(validator.Expression!, field.Parent, "rule", canBeFalse: true);
                return rule is null ? null : new CompiledValidator("rule", validator.Argument, rule, validator.Message);
            case "compare":
                return Compare(field, validator);
            default:
                return ValidatorArguments.Check(field, validator, diagnostics)
                    ? new CompiledValidator(validator.Kind, validator.Argument, null, validator.Message)
                    : null;
        }
    }

    /// <summary><c>compare: "&lt;= valid_until"</c> becomes the rule <c>key &lt;= (valid_until)</c>.</summary>
    private CompiledValidator? Compare(CompiledField field, ValidatorDefinition validator)
    {
        var text = validator.Argument.TrimStart();
        var lead = validator.Argument.Length - text.Length;
        var op = new[] { "==", "!=", "<=", ">=", "<", ">" }.FirstOrDefault(o => text.StartsWith(o, StringComparison.Ordinal));
        if (op is null)
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, validator.Expression!.Start,
                "'compare' starts with an operator (==, !=, <, <=, >, >=) followed by a field or value, e.g. \"<= valid_until\".");
            return null;
        }
        var rest = text[op.Length..];
        var prefix = $"{field.Key} {op} ";
        var synthesized = prefix + rest;
        var source = new ExpressionText(synthesized, validator.Expression!.Start.Shift(lead + op.Length - prefix.Length));
        var local = new DiagnosticBag();
        var condition = ExpressionCompiler.Compile(new ExpressionSource(source.Text, source.Start), new FormSymbolTable(topLevel, field.Parent), ExprType.Boolean, local);
        // Problems found in the part we wrote ourselves point at the start of the author's text.
        var start = validator.Expression.Start;
        foreach (var d in local.Items)
            diagnostics.Add(d.Span.Line == start.Line && d.Span.Column < start.Column ? d with { Span = start } : d);
        return condition is null ? null : new CompiledValidator("compare", validator.Argument, condition, validator.Message);
    }

    private CompiledExpression? Condition(ExpressionText text, CompiledField? scope, string slot, bool canBeFalse)
    {
        var compiled = Compile(text, scope, ExprType.Boolean);
        if (compiled is { IsConstant: true } && (canBeFalse || compiled.ConstantValue is true))
            diagnostics.Report(DiagnosticCodes.ConstantCondition, text.Start,
                $"This {slot} condition is always {(compiled.ConstantValue is true ? "true" : "false")}{(compiled.ConstantValue is true ? "; write 'true' or remove it" : "")}.");
        return compiled;
    }

    private CompiledExpression? Compile(ExpressionText text, CompiledField? scope, ExprType? expected) =>
        ExpressionCompiler.Compile(new ExpressionSource(text.Text, text.Start), new FormSymbolTable(topLevel, scope), expected, diagnostics);
}
