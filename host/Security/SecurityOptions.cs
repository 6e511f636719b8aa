namespace FormEngine.Host.Security;

/// <summary>The configuration section "FormEngine:Security": the idle session timeout and the login rate limit.</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// Minutes without a request after which the session ends (WCAG 2.2.1 asks for a warning before it, see
    /// wwwroot/js/session.js). Every authenticated request restarts the period.
    /// </summary>
    public int IdleTimeoutMinutes { get; set; } = 20;

    /// <summary>How long before the timeout the page warns and offers "Fortsätt vara inloggad".</summary>
    public int IdleWarningSeconds { get; set; } = 120;

    public LoginRateLimitOptions LoginRateLimit { get; set; } = new();

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);

    /// <summary>The warning lead, never longer than half the timeout (a short test timeout still shows a page first).</summary>
    public TimeSpan IdleWarning => TimeSpan.FromSeconds(Math.Min(IdleWarningSeconds, IdleTimeoutMinutes * 30));
}

public sealed class LoginRateLimitOptions
{
    /// <summary>Off only for load tests and test suites that log in many users from one address.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Login attempts one client address may make per window.</summary>
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}
