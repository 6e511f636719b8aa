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

    /// <summary>
    /// Computed fields take the type of their expression, and hidden fields the type of their prefill;
    /// computed-on-computed references see Any first.
    /// </summary>
    public void BindComputed(IEnumerable<CompiledField> fields)
    {
        foreach (var field in fields.Where(f => f.Definition.Compute is not null))
        {
            field.Compute = Compile(field.Definition.Compute!, field.Parent, expected: null);
            if (field.Compute is not null) field.Symbol = field.Symbol with { Type = field.Compute.Type };
        }
        foreach (var field in fields.Where(TypedByPrefill))
        {
            field.Prefill = BindPrefill(field, field.Definition.Prefill!);
            if (field.Prefill is not null) field.Symbol = field.Symbol with { Type = field.Prefill.Type };
        }
    }

    private static bool TypedByPrefill(CompiledField field) =>
        field.Type is HiddenFieldType && field.Definition.Compute is null && field.Definition.Prefill is not null;

    public void BindPage(CompiledPage page)
    {
        if (page.Definition.VisibleWhen is { } when)
            page.VisibleWhen = Condition(when, null, "page", canBeFalse: true);
    }

    /// <summary>
    /// The form's eligibility: decided before the form is filled in, so only context values and <c>today()</c>;
    /// a field reference is an error (FE1061) rather than a silent "no value".
    /// </summary>
    public CompiledEligibility? BindEligibility(EligibilityDefinition? eligibility)
    {
        if (eligibility is null) return null;
        var condition = Condition(eligibility.Condition, null, "eligibility", canBeFalse: true);
        if (condition is null) return null;
        var answers = condition.References.Where(r => !r.Id.StartsWith('$')).Select(r => r.Id).ToList();
        if (answers.Count > 0)
        {
            diagnostics.Report(DiagnosticCodes.EligibilityOnAnswers, eligibility.Condition.Start,
                $"The eligibility condition uses the answer{(answers.Count > 1 ? "s" : "")} {string.Join(", ", answers.Select(a => $"'{a}'"))}: who may use the form is decided before it is filled in, from $resident, $clinic and today() only.");
            return null;
        }
        return new CompiledEligibility(condition, eligibility.Message);
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
        if (d.Prefill is not null && !TypedByPrefill(field)) field.Prefill = BindPrefill(field, d.Prefill);

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
            // A validator the type does not take was reported already; its argument would only repeat the news.
            case var kind when field.Type is not UnknownFieldType && !field.Type.Validators.Contains(kind):
                return null;
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

    private CompiledExpression? Compile(ExpressionText text, CompiledField? scope, ExprType? expected)
    {
        var symbols = new FormSymbolTable(topLevel, scope);
        if (text.Positions is null)
            return ExpressionCompiler.Compile(new ExpressionSource(text.Text, text.Start), symbols, expected, diagnostics);

        // Written over several lines: compile from line 1, column 1 of the text itself, then move each diagnostic
        // to where that character is in the file (ExpressionSource cannot know how YAML folded the lines).
        var local = new DiagnosticBag();
        var compiled = ExpressionCompiler.Compile(new ExpressionSource(text.Text, new SourceSpan(text.Start.File, 1, 1)), symbols, expected, local);
        foreach (var d in local.Items)
            diagnostics.Add(d with { Span = text.At(OffsetIn(text.Text, d.Span)) });
        return compiled;
    }

    /// <summary>The offset that <see cref="ExpressionSource.At"/> turned into <paramref name="span"/> when the text starts at (1,1).</summary>
    private static int OffsetIn(string text, SourceSpan span)
    {
        var lineStart = 0;
        for (var line = 1; line < span.Line; line++)
            lineStart = text.IndexOf('\n', lineStart) + 1;
        return lineStart + span.Column - 1;
    }
}
