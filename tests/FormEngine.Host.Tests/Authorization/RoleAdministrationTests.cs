using System.Net;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Authorization;

/// <summary>
/// /behorigheter: a lokal administratör grants and removes every clinic role, a behörighetsadministratör only
/// ärendemottagare and ärendehanterare, nobody else anything; every change is logged.
/// </summary>
public sealed class RoleAdministrationTests(SharedHost shared) : IClassFixture<SharedHost>
{
    public const string Lars = "SE2321000065-P00000000007";  // lokal-administrator at vc-eksjo
    public const string Maria = "SE2321000065-P00000000004"; // lokal-administrator at vc-tranas

    private BootHost Host => shared.Host;

    private Task<List<StaffRole>> RolesAsync(string hsaId, string clinic) =>
        Host.QueryAsync(db => db.StaffRoles.AsNoTracking().Where(r => r.HsaId == hsaId && r.ClinicKey == clinic).ToListAsync());

    private Task<List<RoleChange>> ChangesAsync(string hsaId, string clinic) =>
        Host.QueryAsync(db => db.RoleChanges.AsNoTracking().Where(r => r.StaffHsaId == hsaId && r.ClinicKey == clinic).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task A_lokal_administrator_grants_and_removes_a_role_and_both_are_logged()
    {
        var lars = await new StaffBrowser(Host, Lars).LogInAsync();
        var page = await lars.PageAsync("/behorigheter");
        Assert.Equal(["arendemottagare", "arendehanterare", "behandlare", "lokal-administrator", "behorighetsadministrator"],
            page.QuerySelectorAll("#roll option").Select(o => o.GetAttribute("value")));

        var granted = await lars.SubmitAsync(page, "handler=Grant", null, ("hsaid", StaffPeople.Karin), ("roll", StaffRoles.Behandlare));

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains(StaffRoles.Behandlare, (await RolesAsync(StaffPeople.Karin, "vc-eksjo")).Select(r => r.Role));
        page = await lars.PageAsync(granted.Headers.Location!.OriginalString);
        Assert.Contains("Behandlare har lagts till för " + StaffPeople.Karin, page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Lars Administratör", page.QuerySelector("#andringar ~ ul li")!.TextContent);

        var removeForm = page.QuerySelectorAll("form").First(f => f.GetAttribute("action")!.Contains("handler=Remove")
            && f.QuerySelector($"input[value='{StaffPeople.Karin}']") is not null && f.QuerySelector("input[value='behandlare']") is not null);
        var removed = await lars.Client.PostAsync(removeForm.GetAttribute("action"), new FormUrlEncodedContent(
            removeForm.QuerySelectorAll("input").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(StaffRoles.Behandlare, (await RolesAsync(StaffPeople.Karin, "vc-eksjo")).Select(r => r.Role));
        var changes = await ChangesAsync(StaffPeople.Karin, "vc-eksjo");
        Assert.Equal([(Lars, StaffRoles.Behandlare, RoleChangeKinds.Granted), (Lars, StaffRoles.Behandlare, RoleChangeKinds.Removed)],
            changes.Select(c => (c.ByHsaId, c.Role, c.Change)));
        Assert.True(changes[0].At <= changes[1].At);
    }

    [Fact]
    public async Task A_behorighetsadministrator_grants_only_the_two_case_roles()
    {
        const string Eva = "SE2321000065-P00000000006";
        await Host.QueryAsync(async db =>
        {
            db.StaffRoles.Add(new StaffRole { HsaId = Eva, ClinicKey = "ogonmottagningen-ryhov", Role = StaffRoles.Behorighetsadministrator });
            return await db.SaveChangesAsync();
        });
        var eva = await new StaffBrowser(Host, Eva).LogInAsync();
        var page = await eva.PageAsync("/behorigheter");
        Assert.Equal(["arendemottagare", "arendehanterare"], page.QuerySelectorAll("#roll option").Select(o => o.GetAttribute("value")));

        var allowed = await eva.SubmitAsync(page, "handler=Grant", null, ("hsaid", StaffPeople.Johan), ("roll", StaffRoles.Arendehanterare));
        var refused = await eva.SubmitAsync(page, "handler=Grant", null, ("hsaid", StaffPeople.Johan), ("roll", StaffRoles.LokalAdministrator));

        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode); // not a role on offer: "Välj en roll."
        Assert.Equal([StaffRoles.Arendehanterare], (await RolesAsync(StaffPeople.Johan, "ogonmottagningen-ryhov")).Select(r => r.Role));
        Assert.Single(await ChangesAsync(StaffPeople.Johan, "ogonmottagningen-ryhov"));
    }

    [Fact]
    public async Task Staff_without_an_administrator_role_at_the_clinic_are_refused_and_nothing_changes()
    {
        var birgitta = await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync();
        var lars = await new StaffBrowser(Host, Lars).LogInAsync();
        var larsPage = await lars.PageAsync("/behorigheter");
        var token = larsPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Forbidden, (await birgitta.Client.GetAsync("/behorigheter")).StatusCode);
        // Lars is lokal administratör at vc-eksjo only: vc-tranas is Maria's.
        Assert.Equal(HttpStatusCode.Forbidden, (await lars.Client.GetAsync("/behorigheter?mottagning=vc-tranas")).StatusCode);
        var toTranas = await lars.Client.PostAsync("/behorigheter?handler=Grant&mottagning=vc-tranas", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["hsaid"] = Lars, ["roll"] = StaffRoles.LokalAdministrator, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, toTranas.StatusCode);
        var removeMaria = await lars.Client.PostAsync("/behorigheter?handler=Remove&mottagning=vc-tranas", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["hsaid"] = Maria, ["roll"] = StaffRoles.LokalAdministrator, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, removeMaria.StatusCode);
        var withoutToken = await lars.Client.PostAsync("/behorigheter?handler=Grant&mottagning=vc-eksjo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["hsaid"] = StaffPeople.Birgitta, ["roll"] = StaffRoles.Behandlare,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        Assert.DoesNotContain(await RolesAsync(Lars, "vc-tranas"), r => r.Role == StaffRoles.LokalAdministrator);
        Assert.Contains(await RolesAsync(Maria, "vc-tranas"), r => r.Role == StaffRoles.LokalAdministrator);
        Assert.DoesNotContain(await RolesAsync(StaffPeople.Birgitta, "vc-eksjo"), r => r.Role == StaffRoles.Behandlare);
        Assert.False(await Host.QueryAsync(db => db.RoleChanges.AnyAsync(c => c.ClinicKey == "vc-tranas")));
    }

    [Fact]
    public async Task An_unknown_hsa_id_or_a_role_already_held_is_explained_at_the_field()
    {
        var lars = await new StaffBrowser(Host, Lars).LogInAsync();
        var page = await lars.PageAsync("/behorigheter");

        var unknown = await StaffBrowser.ParseAsync(await lars.SubmitAsync(page, "handler=Grant", null, ("hsaid", "SE2321000065-P99999999999"), ("roll", StaffRoles.Arendehanterare)));
        var held = await StaffBrowser.ParseAsync(await lars.SubmitAsync(page, "handler=Grant", null, ("hsaid", StaffPeople.Birgitta), ("roll", StaffRoles.Arendemottagare)));

        Assert.Equal("Det finns ingen i personalkatalogen med det HSA-id:t.", unknown.QuerySelector(".error-summary a[href='#hsaid']")!.TextContent);
        Assert.Equal("Personen har redan rollen ärendemottagare på mottagningen.", held.QuerySelector(".error-summary a[href='#hsaid']")!.TextContent);
        Assert.Equal("true", held.QuerySelector("#hsaid")!.GetAttribute("aria-invalid"));
    }
}
