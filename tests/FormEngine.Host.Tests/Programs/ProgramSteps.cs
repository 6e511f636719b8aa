using System.Net;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Programs;

/// <summary>What the treatment-program tests do through the real pages: assign, fill in a step, read the database.</summary>
internal static class ProgramSteps
{
    /// <summary>Helena Behandlarsson, behandlare at Vårdcentralen Eksjö (host/Demo/staff.yaml).</summary>
    public const string Behandlare = "SE2321000065-P00000000041";
    /// <summary>Birgitta Mottagare: ärendemottagare and ärendehanterare at Eksjö, not behandlare.</summary>
    public const string NotBehandlare = "SE2321000065-P00000000001";
    /// <summary>Stina Stressdal, who has the demo assignment with module 1 done.</summary>
    public const string Stina = "198703126287";
    public const string StressProgram = "stress-kbt";

    public static async Task<StaffBrowser> BehandlareAsync(BootHost host) => await new StaffBrowser(host, Behandlare).LogInAsync();

    /// <summary>Assigns the stress program on /personal/behandling; returns the new assignment's id.</summary>
    public static async Task<string> AssignAsync(StaffBrowser staff, string personnummer)
    {
        var page = await staff.PageAsync("/personal/behandling");
        var response = await staff.SubmitAsync(page, "handler=Assign", null, ("Personnummer", personnummer), ("program", StressProgram));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/personal/behandling/", location);
        return location["/personal/behandling/".Length..].Split('?')[0];
    }

    public static Task<ProgramAssignment> AssignmentAsync(BootHost host, string id) =>
        host.QueryAsync(db => db.ProgramAssignments.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<List<ProgramStepSubmission>> SubmissionsAsync(BootHost host, string assignmentId) =>
        host.QueryAsync(db => db.ProgramStepSubmissions.AsNoTracking().Where(s => s.AssignmentId == assignmentId).ToListAsync());

    public static Task<string> StinasAssignmentAsync(BootHost host) =>
        host.QueryAsync(db => db.ProgramAssignments.Where(a => a.ResidentPersonnummer == Stina).Select(a => a.Id).SingleAsync());

    /// <summary>Answers of the stress scale (stresskala.yaml), all five questions.</summary>
    public static readonly (string, string)[] StressScale =
        [("overwhelmed", "3"), ("irritated", "2"), ("tense", "4"), ("in_control", "1"), ("recovered", "0"), ("comment", "Mycket möten i veckan.")];

    /// <summary>Fills in module 1's stress scale: the page, then check-your-answers, then send. Returns the final response.</summary>
    public static async Task<HttpResponseMessage> SendStressScaleAsync(ResidentBrowser resident, string assignmentId, params (string, string)[] answers)
    {
        var url = $"/stod-och-behandling/{assignmentId}/psykoedukation/stresskattning";
        var first = await resident.SubmitAsync(await resident.PageAsync(url), answers);
        if (first.StatusCode != HttpStatusCode.Redirect) return first;
        var check = await resident.PageAsync(first.Headers.Location!.OriginalString);
        return await resident.SubmitAsync(check);
    }
}
