using FormEngine.Host.Identity;
using FormEngine.Host.Ombud;
using FormEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// "Välj vem du vill företräda": the resident themselves or a child they may act for as ombud right now. The
/// choice is a cookie (<see cref="OmbudSelection"/>) that the middleware checks again on every request.
/// "Lägg till barn" checks a typed personnummer against the register and the ombud rules
/// (<see cref="ChildAddition"/>) and says why a child cannot be added. The picker already offers every child the
/// register allows, so adding stores nothing: an accepted child becomes the one the guardian acts for now.
/// </summary>
public sealed class OmbudModel(OmbudAccess access, OmbudSelection selection, ChildAddition addition, TimeProvider time) : PageModel
{
    public const string Path = "/ombud";
    /// <summary>The posted value for "myself".</summary>
    public const string Self = "jag";

    public string SelfName { get; private set; } = "";
    public IReadOnlyList<Represented> Children { get; private set; } = [];
    public string Current { get; private set; } = Self;

    public const string ChildField = "barn";

    [BindProperty]
    public string? Vem { get; set; }

    [BindProperty(Name = ChildField)]
    public string? Child { get; set; }

    public string? ChildError { get; private set; }
    public IReadOnlyList<PageError> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SelfName = User.DisplayName() ?? "";
        Children = await access.ChildrenAsync(Guardian, cancellationToken);
        Current = User.ActingGuardian() is null ? Self : User.Personnummer()!;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Vem) || Vem == Self)
        {
            selection.Clear(HttpContext);
            return LocalRedirect(Navigation.ResidentStart);
        }
        // Only a child offered right now: anything else (another child, one who turned 13, a forged value) is refused.
        if (await access.FindAsync(Guardian, Vem, cancellationToken) is null) return StatusCode(StatusCodes.Status403Forbidden);
        selection.Choose(HttpContext, Guardian, Vem);
        return LocalRedirect(Navigation.ResidentStart);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var (child, refusal) = await addition.CheckAsync(Guardian, Child, SwedishTime.Today(time), cancellationToken);
        if (child is null)
        {
            ChildError = refusal;
            Errors = [new PageError(ChildField, refusal!)];
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        selection.Choose(HttpContext, Guardian, child);
        return LocalRedirect(Navigation.ResidentStart);
    }

    private string Guardian => User.SignedInPersonnummer()
        ?? throw new InvalidOperationException("The page needs a signed-in resident (the folder's policy ensures it).");
}
