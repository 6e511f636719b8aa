using System.Collections.Immutable;
using System.Text.Json.Nodes;
using CsCheck;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Schema;
using static FormEngine.Tests.Schema.RawJson;

namespace FormEngine.Tests.Schema;

/// <summary>
/// Raw submissions for any compiled form, walking its field tree: answers present or absent, right or wrong,
/// groups and repeats of every shape, rows at min/max ± 1, unknown properties and values the server owns.
/// Three profiles mix careful residents (mostly valid, so that conditions and requirements decide) with chaos.
/// </summary>
internal sealed class SubmissionGenerator(CompiledForm form)
{
    /// <param name="Absent">Weight of leaving out an answer; <paramref name="AbsentRequired"/> for fields always required.</param>
    private sealed record Profile(int Absent, int AbsentRequired, int Good, int Bad, int Extra);

    private static readonly Profile Careful = new(Absent: 4, AbsentRequired: 0, Good: 40, Bad: 1, Extra: 0);
    private static readonly Profile Mixed = new(Absent: 3, AbsentRequired: 1, Good: 10, Bad: 2, Extra: 1);
    private static readonly Profile Chaos = new(Absent: 3, AbsentRequired: 3, Good: 3, Bad: 4, Extra: 3);

    private static readonly Gen<string?> Absent = Gen.Const(() => (string?)null);

    private static readonly Gen<string> UnknownMembers = Gen.OneOf(
        Member("extra", "1"), Member("Name", Text("x")), Member("__proto__", "{}"), Member("", Text("tom")));

    private readonly Dictionary<CompiledField, (string[] Good, string[] Bad)> _sorted = [];

    public Gen<string> Submissions() => Gen.Frequency(
        (6, Object(form.Fields, form.Schema, Careful, top: true)),
        (3, Object(form.Fields, form.Schema, Mixed, top: true)),
        (2, Object(form.Fields, form.Schema, Chaos, top: true)));

    private Gen<string> Object(IReadOnlyList<CompiledField> fields, SchemaNode? schema, Profile profile, bool top)
    {
        var members = fields.Select(f => Value(f, schema?.Property(f.Key)?.Schema, profile).Select(v => v is null ? null : Member(f.Key, v))).ToList();
        if (profile.Extra > 0) members.Add(Sometimes(UnknownMembers, profile.Extra, 20));
        if (top && form.Definition.Terms is not null) members.Add(Terms(profile));
        else if (top && profile.Extra > 0) members.Add(Sometimes(Gen.OneOf(Member("terms_accepted", "true")), profile.Extra, 20)); // nothing to accept: unknown
        return members
            .Aggregate(Gen.Const(ImmutableList<string>.Empty), (all, member) => Gen.Select(all, member, (list, m) => m is null ? list : list.Add(m)))
            .Select(list => RawJson.Object(list));
    }

    private Gen<string?> Value(CompiledField field, SchemaNode? schema, Profile profile)
    {
        if (field.IsServerOwned || field.Type.Shape == ValueShape.None)
            return Sometimes(Gen.OneOf(FieldValues.ServerOwnedJunk), 1, 5);
        var (good, bad) = field.Type.Shape switch
        {
            ValueShape.Group => (Object(field.Children, schema, profile, top: false), Gen.OneOf(FieldValues.WrongShapes)),
            ValueShape.Repeat => (Rows(field, schema?.Items, profile), Gen.OneOf("{}", Text("rad"), "5", "[[]]")),
            _ => Sorted(field, schema),
        };
        var absent = field.AlwaysRequired || field.Type.Shape == ValueShape.Group ? profile.AbsentRequired : profile.Absent;
        return Gen.Frequency(
            (Math.Max(absent, 0), Absent),
            (profile.Good, good.Select(v => (string?)v)),
            (profile.Bad, bad.Select(v => (string?)v)));
    }

    /// <summary>Careful residents add min_count to max_count rows; others one fewer or one more, some empty or not objects.</summary>
    private Gen<string> Rows(CompiledField repeat, SchemaNode? rowSchema, Profile profile)
    {
        var min = repeat.Definition.MinCount ?? 0;
        var max = repeat.Definition.MaxCount ?? min + 3;
        var careful = profile.Bad < profile.Good / 4;
        var row = Gen.Frequency(
            (12, Object(repeat.Children, rowSchema, profile, top: false)),
            (careful ? 0 : 1, Gen.Const("{}")),
            (careful ? 0 : profile.Bad, Gen.OneOf(Text("rad"), "null", "7", "[]")));
        return row.Array[careful ? Math.Max(1, min) : Math.Max(0, min - 1), careful ? max : max + 1].Select(rows => RawJson.Array(rows));
    }

    private static Gen<string?> Terms(Profile profile)
    {
        var accepted = Gen.OneOf("true", Text("ja"), Text("on"), Text(" Yes "));
        var refused = Gen.OneOf("false", Text("nej"), "1", Text(""), "[true]");
        return Gen.Frequency(
            (profile.AbsentRequired, Absent),
            (profile.Good, accepted.Select(a => (string?)Member("terms_accepted", a))),
            (profile.Bad, refused.Select(a => (string?)Member("terms_accepted", a))));
    }

    /// <summary>The field's candidates split by whether the field's own schema accepts them after step 1.</summary>
    private (Gen<string> Good, Gen<string> Bad) Sorted(CompiledField field, SchemaNode? schema)
    {
        if (!_sorted.TryGetValue(field, out var split))
        {
            var candidates = FieldValues.For(field);
            var good = candidates.Where(raw => schema is not null && AcceptedAlone(field, schema, raw)).ToArray();
            _sorted[field] = split = (good.Length > 0 ? good : candidates, [.. candidates.Except(good)]);
        }
        return (Gen.OneOf(split.Good), Gen.OneOf(split.Bad));
    }

    private static bool AcceptedAlone(CompiledField field, SchemaNode schema, string raw) =>
        JsonNode.Parse(raw) is { } value && field.Type.Normalize(value, TestForms.Context.Today) is { } normalized
        && NativeValidator.Validate(schema, normalized).Count == 0;

    private static Gen<string?> Sometimes(Gen<string> gen, int weight, int otherwise) =>
        Gen.Frequency((otherwise, Absent), (weight, gen.Select(v => (string?)v)));
}
