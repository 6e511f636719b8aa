using FormEngine.Host.Cases;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
builder.Services.AddCaseHandling();
builder.Services.AddResidentServices();

var app = builder.Build();
app.MapRazorPages();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
