using System.Net;
using FormEngine.Host.Cases;
using FormEngine.Host.Programs;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using static FormEngine.Host.Tests.Programs.ProgramSteps;

namespace FormEngine.Host.Tests.Programs;

/// <summary>
/// The behandlare's side: giving a program by personnummer (access-logged, never twice), the list, reading a
/// resident's progress (access-logged), opening the next module; and who may not (403 without the role, 404 for
/// another clinic's assignment).
/// </summary>
public sealed class AssignmentTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Erik = "198902025710";
    private const string Karl = "194507042192";
    private const string Gustav = "195511181538";
    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_behandlare_assigns_the_program_and_the_assignment_starts_in_module_1_and_is_logged()
    {
        var staff = await BehandlareAsync(Host);
        var id = await AssignAsync(staff, "19890202-5710");

        var assignment = await AssignmentAsync(Host, id);
        Assert.Equal((Erik, StressProgram, "vc-eksjo", Behandlare, "psykoedukation"),
            (assignment.ResidentPersonnummer, assignment.ProgramKey, assignment.ClinicKey, assignment.BehandlareHsaId, assignment.CurrentModuleKey));
        var log = await Host.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.ResidentPersonnummer == Erik && e.StaffHsaId == Behandlare).ToListAsync());
        Assert.Contains(log, e => e.Action == AccessLog.Change && e.What.Contains("Hantera stress", StringComparison.Ordinal));

        var list = await staff.PageAsync("/personal/behandling");
        Assert.Contains(list.QuerySelectorAll(".program-table tbody tr"), row => row.TextContent.Contains("Erik Demosson"));
    }

    [Fact]
    public async Task Assigning_the_same_program_twice_is_refused_in_swedish_and_not_stored()
    {
        var staff = await BehandlareAsync(Host);
        await AssignAsync(staff, Karl);

        var page = await staff.PageAsync("/personal/behandling");
        var response = await staff.SubmitAsync(page, "handler=Assign", null, ("Personnummer", Karl), ("program", StressProgram));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Invånaren har redan det här programmet.", (await StaffBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, await Host.QueryAsync(db => db.ProgramAssignments.CountAsync(a => a.ResidentPersonnummer == Karl)));
    }

    [Theory]
    [InlineData("", "Ange invånarens personnummer.")]
    [InlineData("19121212-1213", "Ange ett giltigt personnummer")]
    [InlineData("19700101-0003", "Det finns inget invånarkonto med det personnumret.")]
    public async Task A_missing_invalid_or_unknown_personnummer_assigns_nothing(string personnummer, string message)
    {
        var staff = await BehandlareAsync(Host);
        var before = await Host.QueryAsync(db => db.ProgramAssignments.CountAsync());
        var page = await staff.PageAsync("/personal/behandling");

        var response = await staff.SubmitAsync(page, "handler=Assign", null, ("Personnummer", personnummer), ("program", StressProgram));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, (await StaffBrowser.ParseAsync(response)).QuerySelector("#personnummer-error")!.TextContent);
        Assert.Equal(before, await Host.QueryAsync(db => db.ProgramAssignments.CountAsync()));
    }

    [Fact]
    public async Task Reading_a_residents_progress_shows_the_answers_and_is_access_logged()
    {
        var staff = await BehandlareAsync(Host);
        var id = await StinasAssignmentAsync(Host);

        var page = await staff.PageAsync($"/personal/behandling/{id}");

        Assert.Equal("Stina Stressdal", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("1 av 5 moduler", page.QuerySelector(".program-done-count")!.TextContent);
        Assert.Contains("En tung vecka med mycket på jobbet.", page.QuerySelector(".answer-list")!.TextContent);
        var entry = Assert.Single(await Host.QueryAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.ResidentPersonnummer == Stina && e.What == StaffPrograms.ProgressViewed).ToListAsync()));
        Assert.Equal((Behandlare, "vc-eksjo", AccessLog.Read), (entry.StaffHsaId, entry.ClinicKey, entry.Action));
        Assert.DoesNotContain("tung vecka", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_next_module_moves_the_current_module_once_even_when_posted_twice_and_notifies_once()
    {
        var staff = await BehandlareAsync(Host);
        var id = await AssignAsync(staff, Gustav);
        var page = await staff.PageAsync($"/personal/behandling/{id}");

        var first = await staff.SubmitAsync(page, "handler=OpenModule", null);
        var again = await staff.SubmitAsync(page, "handler=OpenModule", null);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, again.StatusCode));
        Assert.Equal("registrering", (await AssignmentAsync(Host, id)).CurrentModuleKey);
        // The resident is told that something waits, never what.
        var notification = Assert.Single(await Host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.ResidentPersonnummer == Gustav).ToListAsync()));
        Assert.Equal(StaffPrograms.NotificationText, notification.Text);
    }

    [Fact]
    public async Task Staff_without_the_behandlare_role_get_403_on_every_program_page()
    {
        var id = await StinasAssignmentAsync(Host);
        var staff = await new StaffBrowser(Host, NotBehandlare).LogInAsync();

        await staff.PageAsync("/personal/behandling", HttpStatusCode.Forbidden);
        await staff.PageAsync($"/personal/behandling/{id}", HttpStatusCode.Forbidden);
        Assert.Empty(await Host.QueryAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.StaffHsaId == NotBehandlare && e.What == StaffPrograms.ProgressViewed).ToListAsync()));
    }

    [Fact]
    public async Task A_behandlare_at_another_clinic_gets_404_for_an_eksjo_assignment()
    {
        const string peter = "SE2321000065-P00000000005";
        await Host.QueryAsync(async db =>
        {
            db.StaffRoles.Add(new StaffRole { HsaId = peter, ClinicKey = "hudmottagningen-ryhov", Role = StaffRoles.Behandlare });
            return await db.SaveChangesAsync();
        });
        var id = await StinasAssignmentAsync(Host);
        var staff = await new StaffBrowser(Host, peter).LogInAsync();

        await staff.PageAsync($"/personal/behandling/{id}", HttpStatusCode.NotFound);
        var list = await staff.PageAsync("/personal/behandling");
        Assert.DoesNotContain("Stina Stressdal", list.QuerySelector("main")!.TextContent);
    }
}
