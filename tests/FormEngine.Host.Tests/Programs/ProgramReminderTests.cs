using FormEngine.Host.Programs;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Programs;

/// <summary>
/// Stöd och behandling reminders (default 7 days): one fixed-text notification when the current module has been
/// open that long with nothing sent from the resident; none when they sent something, none twice per module.
/// Each test uses residents of its own, made up for it.
/// </summary>
public sealed class ProgramReminderTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_module_open_a_week_without_anything_sent_reminds_the_resident_once_with_the_fixed_text()
    {
        var quiet = await AssignmentAsync(openedDaysAgo: 8);
        var recent = await AssignmentAsync(openedDaysAgo: 3);

        await SweepAsync();
        await SweepAsync();

        var sent = await NotificationsAsync(quiet.ResidentPersonnummer);
        Assert.Equal(ProgramReminders.ReminderText, Assert.Single(sent));
        Assert.Empty(await NotificationsAsync(recent.ResidentPersonnummer));
    }

    [Fact]
    public async Task A_resident_who_sent_a_step_or_a_message_since_the_module_opened_is_not_reminded()
    {
        var stepped = await AssignmentAsync(openedDaysAgo: 9);
        var wrote = await AssignmentAsync(openedDaysAgo: 9);
        await Host.QueryAsync(async db =>
        {
            db.ProgramStepSubmissions.Add(new ProgramStepSubmission
            {
                Id = Guid.NewGuid().ToString("N"), AssignmentId = stepped.Id, ModuleKey = "registrering", StepKey = "stressdagbok",
                FormKey = "stressdagbok", FormVersion = 1, Answers = "{}", SubmittedBy = stepped.ResidentPersonnummer,
                SubmittedAt = DateTimeOffset.UtcNow.AddDays(-2),
            });
            db.ProgramMessages.Add(new ProgramMessage
            {
                AssignmentId = wrote.Id, FromBehandlare = false, Author = wrote.ResidentPersonnummer, Text = "Hej", SentAt = DateTimeOffset.UtcNow.AddDays(-1),
            });
            return await db.SaveChangesAsync();
        });

        await SweepAsync();

        Assert.Empty(await NotificationsAsync(stepped.ResidentPersonnummer));
        Assert.Empty(await NotificationsAsync(wrote.ResidentPersonnummer));
    }

    [Fact]
    public async Task A_newly_opened_module_starts_the_count_again()
    {
        var assignment = await AssignmentAsync(openedDaysAgo: 10);
        await SweepAsync();
        Assert.Single(await NotificationsAsync(assignment.ResidentPersonnummer));

        // As if that reminder went out 9 days ago and the behandlare opened the next module yesterday: too soon.
        await MoveAsync(assignment.Id, remindedDaysAgo: 9, openedDaysAgo: 1);
        await SweepAsync();
        Assert.Single(await NotificationsAsync(assignment.ResidentPersonnummer));

        // A week after that opening, the new module gets its own reminder.
        await MoveAsync(assignment.Id, remindedDaysAgo: 9, openedDaysAgo: 7);
        await SweepAsync();
        Assert.Equal(2, (await NotificationsAsync(assignment.ResidentPersonnummer)).Count);
    }

    private Task MoveAsync(string id, int remindedDaysAgo, int openedDaysAgo) =>
        Host.QueryAsync(db => db.ProgramAssignments.Where(a => a.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.RemindedAt, DateTimeOffset.UtcNow.AddDays(-remindedDaysAgo))
            .SetProperty(a => a.ModuleOpenedAt, DateTimeOffset.UtcNow.AddDays(-openedDaysAgo))));

    private Task SweepAsync() => Host.Services.GetRequiredService<ProgramReminders>().SendDueAsync();

    private Task<List<string>> NotificationsAsync(string personnummer) =>
        Host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.ResidentPersonnummer == personnummer).Select(n => n.Text).ToListAsync());

    private async Task<ProgramAssignment> AssignmentAsync(int openedDaysAgo)
    {
        var now = DateTimeOffset.UtcNow;
        var assignment = new ProgramAssignment
        {
            Id = Guid.NewGuid().ToString("N"), ProgramKey = ProgramSteps.StressProgram, ProgramVersion = 1,
            ResidentPersonnummer = Api.ApiHost.NewResident(), BehandlareHsaId = "SE2321000065-P00000000041", ClinicKey = "vc-eksjo",
            CurrentModuleKey = "registrering", StartedAt = now.AddDays(-openedDaysAgo - 7), UpdatedAt = now.AddDays(-openedDaysAgo),
            ModuleOpenedAt = now.AddDays(-openedDaysAgo),
        };
        await Host.QueryAsync(async db => { db.ProgramAssignments.Add(assignment); return await db.SaveChangesAsync(); });
        return assignment;
    }
}
