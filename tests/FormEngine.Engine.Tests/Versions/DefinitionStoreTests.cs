using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Versions;

namespace FormEngine.Tests.Versions;

public sealed class DefinitionStoreTests
{
    private static CompiledForm Compile(int version, string label) =>
        new FormCompiler().Compile("form.yaml", $$$"""
            key: demo
            version: {{{version}}}
            title: {sv: Demo}
            category: demo
            workflow: standard-case
            pages:
              - key: one
                title: {sv: Ett}
                fields:
                  - {key: name, type: text, label: {sv: "{{{label}}}"}}
            """).Form ?? throw new InvalidOperationException("Test form did not compile");

    [Fact]
    public void Keeps_every_version_and_serves_each_by_number()
    {
        var store = new DefinitionStore();
        Assert.Null(store.Add(Compile(1, "Namn")));
        Assert.Null(store.Add(Compile(2, "Ditt namn")));

        Assert.Equal("Namn", store.Get("demo", 1)!.AllFields[0].Label!.In("sv"));
        Assert.Equal("Ditt namn", store.Get("demo", 2)!.AllFields[0].Label!.In("sv"));
        Assert.Equal(2, store.Latest("demo")!.Version);
        Assert.Equal([1, 2], store.Versions("demo").Select(f => f.Version));
    }

    [Fact]
    public void Loading_the_same_content_again_is_a_no_op()
    {
        var store = new DefinitionStore();
        var first = Compile(1, "Namn");
        store.Add(first);
        Assert.Null(store.Add(Compile(1, "Namn")));
        Assert.Same(first, store.Get("demo", 1));
    }

    [Fact]
    public void Changed_content_under_a_published_version_is_refused_and_the_old_one_kept()
    {
        var store = new DefinitionStore();
        store.Add(Compile(1, "Namn"));

        var refused = store.Add(Compile(1, "Fullständigt namn"));

        Assert.NotNull(refused);
        Assert.Equal("FE1050", refused.Code.Id);
        Assert.Equal((2, 10), (refused.Span.Line, refused.Span.Column));
        Assert.Contains("Raise 'version' to 2", refused.Message);
        Assert.Equal("Namn", store.Get("demo", 1)!.AllFields[0].Label!.In("sv"));
    }

    [Fact]
    public void Unknown_keys_and_versions_are_absent()
    {
        var store = new DefinitionStore();
        store.Add(Compile(1, "Namn"));
        Assert.Null(store.Get("demo", 2));
        Assert.Null(store.Get("other", 1));
        Assert.Null(store.Latest("other"));
    }
}
