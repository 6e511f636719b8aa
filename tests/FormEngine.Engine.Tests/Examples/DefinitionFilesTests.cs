using FormEngine.Definitions.Loading;

namespace FormEngine.Tests.Examples;

public sealed class DefinitionFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("formengine-files-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Touch(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
    }

    [Fact]
    public void Forms_are_the_form_yaml_files_outside_examples_and_build_folders()
    {
        Touch("eservices/b/form.yaml");
        Touch("eservices/a/form.yaml");
        Touch("eservices/a/examples/form.yaml");
        Touch("eservices/a/notes.yaml");
        Touch("templates/t/form.yaml");
        Touch("eservices/c/bin/form.yaml");
        Touch(".hidden/form.yaml");
        var found = DefinitionFiles.FindForms(_root).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'));
        Assert.Equal(["eservices/a/form.yaml", "eservices/b/form.yaml", "templates/t/form.yaml"], found);
    }

    [Fact]
    public void Examples_are_the_yaml_files_in_the_examples_folder_beside_the_form()
    {
        Touch("a/form.yaml");
        Touch("a/examples/2-second.yaml");
        Touch("a/examples/1-first.yml");
        Touch("a/examples/readme.md");
        var examples = DefinitionFiles.ExamplesOf(Path.Combine(_root, "a", "form.yaml")).Select(Path.GetFileName);
        Assert.Equal(["1-first.yml", "2-second.yaml"], examples);
        Assert.Empty(DefinitionFiles.ExamplesOf(Path.Combine(_root, "b", "form.yaml")));
    }

    [Fact]
    public void Relative_paths_stay_relative()
    {
        Touch("rel/form.yaml");
        Touch("rel/examples/x.yaml");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_root, "rel"));
        var form = Assert.Single(DefinitionFiles.FindForms(relative));
        Assert.False(Path.IsPathRooted(form));
        Assert.False(Path.IsPathRooted(Assert.Single(DefinitionFiles.ExamplesOf(form))));
    }
}
