using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages;

/// <summary>The error page for status codes and unhandled errors; shows a request id, never error details.</summary>
[IgnoreAntiforgeryToken]
public sealed class FelModel : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Status { get; set; }
    public string RequestId { get; private set; } = "";

    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public void OnPost() => OnGet();

    public (string Title, string Text) Message => Status switch
    {
        404 => ("Sidan hittades inte", "Kontrollera adressen, eller gå till startsidan."),
        403 => ("Du har inte behörighet", "Du har inte behörighet att se den här sidan."),
        429 => ("För många försök", "Du har försökt logga in för många gånger på kort tid. Vänta en minut och försök igen."),
        400 => ("Något blev fel i förfrågan", "Gå tillbaka och försök igen. Om du skickade ett formulär kan sidan ha varit öppen för länge."),
        _ => ("Något gick fel", "Ett tekniskt fel inträffade. Försök igen om en stund."),
    };
}
