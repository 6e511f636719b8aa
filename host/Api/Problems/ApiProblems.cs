namespace FormEngine.Host.Api.Problems;

/// <summary>RFC 9457 problem details for responses the endpoints do not produce themselves (auth, binding).</summary>
internal static class ApiProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await service.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
        // A client that does not accept JSON still gets the problem: the API speaks only JSON.
        if (!written)
            await Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }
}
