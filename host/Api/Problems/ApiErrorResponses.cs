using Microsoft.AspNetCore.WebUtilities;

namespace FormEngine.Host.Api.Problems;

/// <summary>
/// Makes every error under /api a problem details document: bodies that are not JSON or do not bind (400),
/// unknown routes (404), wrong methods (405) and content types (415) otherwise come back with an empty body,
/// and an unhandled exception would get the portal's HTML error page.
/// </summary>
internal static partial class ApiErrorResponses
{
    public static IApplicationBuilder UseApiErrorResponses(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiRoutes.Prefix), branch =>
        {
            branch.Use(CatchAsync);
            branch.UseStatusCodePages(context => DescribeAsync(context.HttpContext));
        });

    private static async Task CatchAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // Minimal APIs throw this in Development (RouteHandlerOptions.ThrowOnBadRequest) and answer an empty 400 otherwise.
            var detail = e.InnerException is System.Text.Json.JsonException ? "Begäran innehåller ogiltig JSON." : BadRequestDetail;
            await ApiProblems.WriteAsync(context, e.StatusCode, "Felaktig begäran", detail);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            Unhandled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiErrorResponses)),
                e, context.Request.Method, context.Request.Path);
            await ApiProblems.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internt fel", "Något gick fel. Försök igen om en stund.");
        }
    }

    private const string BadRequestDetail = "Begäran kunde inte läsas: kroppen ska vara giltig JSON med de fält som operationen beskriver.";

    private static Task DescribeAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("Felaktig begäran", BadRequestDetail),
            StatusCodes.Status404NotFound => ("Finns inte", "Adressen finns inte i API:t; se /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => ("Metoden stöds inte", "Adressen finns men inte med den här HTTP-metoden."),
            StatusCodes.Status415UnsupportedMediaType => ("Fel innehållstyp", "Skicka JSON med Content-Type: application/json."),
            _ => (ReasonPhrases.GetReasonPhrase(status), ""),
        };
        return ApiProblems.WriteAsync(context, status, title, detail);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in API request {Method} {Path}")]
    private static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}
