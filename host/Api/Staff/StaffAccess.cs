using System.Security.Claims;
using FormEngine.Host.Cases;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Staff;

/// <summary>
/// The signed-in staff member's roles, read from the database on every request as the staff pages do (a role
/// taken away applies at once, whatever the token or cookie says).
/// </summary>
internal static class StaffAccess
{
    public static async Task<(StaffProfile? Staff, ProblemHttpResult? Problem)> ProfileAsync(
        ClaimsPrincipal user, StaffDirectory directory, CancellationToken cancellationToken)
    {
        var staff = await directory.FindAsync(user.HsaId(), cancellationToken);
        return staff is null ? (null, Forbidden("Du finns inte i personalkatalogen.")) : (staff, null);
    }

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Åtkomst nekad", detail: detail);
}
