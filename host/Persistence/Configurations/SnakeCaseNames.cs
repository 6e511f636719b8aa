using System.Text;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence.Configurations;

/// <summary>
/// Columns named in snake_case on every provider, so the few raw SQL statements of the store read the same on
/// SQLite and PostgreSQL without quoting (PostgreSQL folds unquoted names to lower case).
/// </summary>
public static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
                property.SetColumnName(ToSnakeCase(property.Name));
        }
    }

    public static string ToSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
