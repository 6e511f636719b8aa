using FormEngine.Host.Pages.Shared;

namespace FormEngine.Host.Operations;

/// <summary>The request pipeline and the start-up tasks, in the order they must run.</summary>
public static class PortalPipeline
{
    /// <summary>Runs <see cref="StartupTasks"/> before the server accepts requests.</summary>
    public static Task PrepareAsync(this WebApplication app) =>
        app.Services.GetRequiredService<StartupTasks>().RunAsync(app.Lifetime.ApplicationStopping);

    public static WebApplication UsePortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fel");
            app.UseHsts();
        }
        // Pages get a Swedish error page; the API keeps its problem details.
        app.UseWhen(c => !Identity.PortalAuthentication.IsApi(c.Request.Path), branch => branch.UseStatusCodePagesWithReExecute("/fel", "?status={0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        HealthEndpoints.Map(app);
        FormAssetEndpoints.Map(app);
        app.MapRazorPages();
        return app;
    }
}
