using FormEngine.Host.Pages.Shared;
using FormEngine.Host.Security;

namespace FormEngine.Host.Operations;

/// <summary>The request pipeline and the start-up tasks, in the order they must run.</summary>
public static class PortalPipeline
{
    /// <summary>Runs <see cref="StartupTasks"/> before the server accepts requests.</summary>
    public static Task PrepareAsync(this WebApplication app) =>
        app.Services.GetRequiredService<StartupTasks>().RunAsync(app.Lifetime.ApplicationStopping);

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseSecurityHeaders(); // first, so error pages and static files get the headers too
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fel");
            app.UseHsts();
        }
        // Pages get a Swedish error page; the API keeps its problem details.
        app.UseWhen(c => !Identity.PortalAuthentication.IsApi(c.Request.Path), branch => branch.UseStatusCodePagesWithReExecute("/fel", "?status={0}"));
        app.UseRateLimiter(); // after the status-code pages: a refused page login gets the Swedish page for 429
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        Ombud.OmbudServiceCollectionExtensions.UseOmbud(app);
        app.UseAuthorization();
        app.UseAntiforgery();
        HealthEndpoints.Map(app);
        app.MapSessionEndpoints();
        FormAssetEndpoints.Map(app);
        app.MapRazorPages();
        return app;
    }
}
