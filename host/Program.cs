using FormEngine.Host.Api;
using FormEngine.Host.Booking;
using FormEngine.Host.Cases;
using FormEngine.Host.Cases.Audit;
using FormEngine.Host.Definitions;
using FormEngine.Host.Demo;
using FormEngine.Host.EServices;
using FormEngine.Host.HealthData;
using FormEngine.Host.Identity;
using FormEngine.Host.Listing;
using FormEngine.Host.Notifications;
using FormEngine.Host.Ombud;
using FormEngine.Host.Operations;
using FormEngine.Host.Pages.Shared;
using FormEngine.Host.Programs;

var builder = WebApplication.CreateBuilder(args);
var settings = FormEngineSettings.Resolve(builder.Configuration, builder.Environment.ContentRootPath).EnsureSafeFor(builder.Environment);

builder.Services.AddPortalDatabase(settings);
builder.Services.AddSharedDataProtection();
builder.Services.AddWorkflowRuntime();
builder.Services.AddDefinitions();
builder.Services.AddPortalIdentity(settings);
builder.Services.AddFormEngineApi(builder.Configuration);
builder.Services.AddDemoData();
builder.Services.AddCaseHandling();
builder.Services.AddAuditing();
builder.Services.AddResidentServices();
builder.Services.AddEServiceAccess();
builder.Services.AddListing();
builder.Services.AddHealthData();
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddOmbud();
builder.Services.AddBooking();
builder.Services.AddTreatmentPrograms();
builder.Services.AddOperations(settings);
builder.Services.AddPortalPages();

var app = builder.Build();
await app.PrepareAsync(); // migrate, load definitions, seed demo data, recover interrupted workflows
app.UsePortal();
app.MapFormEngineApi();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
