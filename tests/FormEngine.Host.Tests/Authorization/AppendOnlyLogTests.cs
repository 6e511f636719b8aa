using System.Reflection;
using System.Text.RegularExpressions;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;

namespace FormEngine.Host.Tests.Authorization;

/// <summary>
/// Patientdatalagen: access-log entries (and role-change entries) cannot be changed or deleted through the
/// application. The writer only appends, and no host code removes, updates or bulk-changes those tables.
/// </summary>
public sealed partial class AppendOnlyLogTests
{
    [Fact]
    public void The_access_log_writer_only_appends()
    {
        var methods = typeof(AccessLog).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).Order();

        Assert.Equal(["Entry", "ResidentReadAsync", "WriteAsync"], methods);
    }

    [Fact]
    public void No_host_code_updates_or_deletes_log_rows()
    {
        var host = Path.Combine(RepositoryPaths.Root, "host");
        var offending = Directory.EnumerateFiles(host, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(host, f), Line: i + 1, Text: line)))
            .Where(l => Mutation().IsMatch(l.Text))
            .Select(l => $"{l.File}({l.Line}): {l.Text.Trim()}")
            .ToList();

        Assert.True(offending.Count == 0, "Log rows changed or deleted:\n" + string.Join('\n', offending));
    }

    [Theory]
    [InlineData("db.AccessLog.Remove(entry);")]
    [InlineData("await db.AccessLog.Where(e => e.At < cutoff).ExecuteDeleteAsync();")]
    [InlineData("db.RoleChanges.Update(change);")]
    [InlineData("db.AccessLog.RemoveRange(old);")]
    [InlineData("await db.Database.ExecuteSqlRawAsync(\"DELETE FROM access_log\");")]
    public void The_scan_would_catch_a_mutation(string line) => Assert.Matches(Mutation(), line);

    [GeneratedRegex(@"(AccessLog|RoleChanges)\s*\.\s*(Remove|RemoveRange|Update|UpdateRange|Attach)\s*\(|(AccessLog|RoleChanges)\b.*Execute(Update|Delete)|(DELETE\s+FROM|UPDATE)\s+""?(access_log|role_changes)", RegexOptions.IgnoreCase)]
    private static partial Regex Mutation();
}
