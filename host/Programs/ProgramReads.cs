using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Programs;

/// <summary>Loads an assignment's progress (its program, step submissions and messages) for either side.</summary>
internal static class ProgramReads
{
    public static async Task<ProgramProgress?> ProgressAsync(PortalDbContext db, ProgramLibrary library, ProgramAssignment? assignment, CancellationToken cancellationToken)
    {
        if (assignment is null || library.Find(assignment.ProgramKey) is not { } program) return null;
        var submissions = await db.ProgramStepSubmissions.AsNoTracking().Where(s => s.AssignmentId == assignment.Id).ToListAsync(cancellationToken);
        var messages = await db.ProgramMessages.AsNoTracking().Where(m => m.AssignmentId == assignment.Id).ToListAsync(cancellationToken);
        return new ProgramProgress(assignment, program,
            [.. submissions.OrderBy(s => s.SubmittedAt)], [.. messages.OrderBy(m => m.SentAt).ThenBy(m => m.Id)]);
    }

    /// <summary>The longest message either side may write; a message is a note, not a document.</summary>
    public const int MaxMessageLength = 4000;

    /// <returns>The trimmed text, or the Swedish error to show at the field.</returns>
    public static (string? Text, string? Error) CheckMessage(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return (null, "Skriv ett meddelande.");
        if (trimmed.Length > MaxMessageLength) return (null, $"Meddelandet får vara högst {MaxMessageLength} tecken.");
        return (trimmed, null);
    }
}
