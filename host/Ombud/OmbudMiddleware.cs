using FormEngine.Host.Identity;

namespace FormEngine.Host.Ombud;

/// <summary>
/// On every request of a resident who chose to act for a child: checks the right again (the register, the
/// child's 13th birthday, skyddad identitet) and then lets the request act as the child
/// (<see cref="OmbudClaims"/>). When the right has ended the choice is dropped, the request acts for the
/// resident themselves, and the layout says why (<see cref="OmbudNotice"/>).
/// </summary>
public sealed class OmbudMiddleware(RequestDelegate next, OmbudSelection selection, OmbudAccess access)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.IsResident() && selection.IsPresent(context) && context.User.Personnummer() is { } guardian)
        {
            var child = selection.Read(context, guardian);
            var represented = child is null ? null : await access.FindAsync(guardian, child, context.RequestAborted);
            if (represented is not null)
            {
                context.User = OmbudClaims.Acting(context.User, guardian, represented);
            }
            else
            {
                selection.Clear(context);
                // Only a choice this guardian made can have ended; another person's leftover cookie just goes.
                if (child is not null) OmbudNotice.MarkEnded(context);
            }
        }
        await next(context);
    }
}
