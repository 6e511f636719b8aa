using FormEngine.Host.Demo;
using FormEngine.Programs;

namespace FormEngine.Host.Programs;

public static class ProgramServiceCollectionExtensions
{
    /// <summary>Stöd och behandling: the programs, both sides' services, the workflow's step recorder and the demo assignment.</summary>
    public static IServiceCollection AddTreatmentPrograms(this IServiceCollection services)
    {
        services.AddSingleton<ProgramLibrary>();
        services.AddSingleton<StaffPrograms>();
        services.AddSingleton<ResidentPrograms>();
        services.AddSingleton<IProgramSteps, ProgramStepsOnDatabase>();
        services.AddSingleton<IDemoSeed, ProgramDemoSeed>();
        services.AddOptions<ProgramOptions>().BindConfiguration(ProgramOptions.Section);
        services.AddSingleton<ProgramReminders>();
        services.AddHostedService<ProgramReminderLoop>();
        return services;
    }
}
