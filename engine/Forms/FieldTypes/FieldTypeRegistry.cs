using System.Collections.Frozen;

namespace FormEngine.Forms.FieldTypes;

/// <summary>The field types forms may use. Adding a type is one file plus one line here.</summary>
public sealed class FieldTypeRegistry
{
    public static readonly FieldTypeRegistry Default = new(
    [
        new TextFieldType(),
        new TextareaFieldType(),
        new IntegerFieldType(),
        new DecimalFieldType(),
        new DateFieldType(),
        new TimeFieldType(),
        new DateTimeFieldType(),
        new SingleChoiceFieldType(),
        new MultipleChoiceFieldType(),
        new YesNoFieldType(),
        new EmailFieldType(),
        new PhoneFieldType(),
        new PersonnummerFieldType(),
        new FileFieldType(),
        new NoteFieldType(),
        new ComputedFieldType(),
        new HiddenFieldType(),
        new GroupFieldType(),
        new RepeatFieldType(),
    ]);

    private readonly FrozenDictionary<string, FieldType> _types;

    public FieldTypeRegistry(IEnumerable<FieldType> types) => _types = types.ToFrozenDictionary(t => t.Name);

    public IEnumerable<string> Names => _types.Keys;

    /// <summary>Every type-specific setting name, so the reader knows which properties exist at all.</summary>
    public IReadOnlyCollection<string> AllSettings => _types.Values.SelectMany(t => t.Settings).Distinct().ToList();

    public FieldType? Find(string name) => _types.GetValueOrDefault(name);
}
