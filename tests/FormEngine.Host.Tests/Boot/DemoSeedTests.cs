using FormEngine.Host.Demo;
using FormEngine.Identity;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Boot;

public sealed class DemoSeedTests
{
    [Fact]
    public async Task The_demo_seed_runs_once_and_a_restart_or_second_run_adds_nothing()
    {
        using var folder = new TempFolder();
        var database = folder.File("app.db");
        (int Residents, int Staff, int Roles) first;
        using (var host = new BootHost(database))
        {
            first = await Counts(host);
            Assert.False(await host.Services.GetRequiredService<DemoSeeder>().SeedAsync());
            Assert.Equal(first, await Counts(host));
        }
        using var restarted = new BootHost(database);
        _ = restarted.Server;

        Assert.True(first.Residents >= 10 && first.Staff >= 6);
        Assert.Equal(first, await Counts(restarted));
    }

    [Fact]
    public async Task Demo_residents_have_valid_personnummer_and_the_statuses_and_children_the_demo_needs()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"));
        var residents = await host.QueryAsync(db => db.Residents.AsNoTracking().ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.Today);

        Assert.All(residents, r => Assert.True(Personnummer.TryParse(r.Personnummer, today, out var p) && !p.IsSamordningsnummer, r.Personnummer));
        Assert.Contains(residents, r => r.Personnummer == "191212121212" && r.Name == "Tolvan Tolvansson");
        Assert.Contains(residents, r => r.AccountStatus == AccountStatus.Locked);
        Assert.Contains(residents, r => r.AccountStatus == AccountStatus.NeverLoggedIn);
        Assert.Contains(residents, r => r.ProtectedIdentity);
        var ages = residents.Select(r => { Personnummer.TryParse(r.Personnummer, today, out var p); return p.AgeOn(today); }).ToList();
        Assert.Contains(5, ages);
        Assert.Contains(13, ages);
        var sexes = residents.Where(r => r.Personnummer[..4] is var y && int.Parse(y) < 2000)
            .Select(r => (r.Personnummer[10] - '0') % 2).Distinct().Count();
        Assert.Equal(2, sexes);
    }

    [Fact]
    public async Task Demo_staff_hold_roles_at_catalogue_clinics_and_one_holds_roles_at_two_clinics()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"));
        var staff = await host.QueryAsync(db => db.Staff.AsNoTracking().Include(s => s.Roles).ToListAsync());

        Assert.All(staff.SelectMany(s => s.Roles).Where(r => r.ClinicKey is not null),
            r => Assert.NotNull(host.Definitions.Catalog.FindClinic(r.ClinicKey!)));
        Assert.Contains(staff, s => s.Roles.Select(r => r.ClinicKey).Where(c => c is not null).Distinct().Count() >= 2);
        Assert.Contains(staff, s => s.Roles.Any(r => r.Role == StaffRoles.Granskare && r.RegionKey == "jonkopings-lan"));
        Assert.Equal(4, staff.Select(s => s.Title).Intersect(["Sjuksköterska", "Läkare", "Undersköterska", "Medicinsk sekreterare"]).Count());
    }

    [Fact]
    public void Generated_personnummer_have_the_asked_age_and_a_valid_check_digit()
    {
        var today = new DateOnly(2026, 3, 1);
        foreach (var (age, days) in new[] { (5, 100), (13, 30), (13, 0), (0, 5) })
        {
            var number = TestPersonnummer.Create(TestPersonnummer.BirthDateFor(today, age, days), "417");

            Assert.True(Personnummer.TryParse(number, today, out var parsed), number);
            Assert.Equal(age, parsed.AgeOn(today));
            Assert.True(parsed.IsMale);
        }
    }

    private static Task<(int, int, int)> Counts(BootHost host) => host.QueryAsync(async db =>
        (await db.Residents.CountAsync(), await db.Staff.CountAsync(), await db.StaffRoles.CountAsync()));
}
