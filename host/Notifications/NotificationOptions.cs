namespace FormEngine.Host.Notifications;

/// <summary>The configuration section <c>FormEngine:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "FormEngine:Notifications";

    /// <summary>Whether this host sends the outbox; off, rows wait for a host that has it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox is scanned besides the nudge on enqueue (rows left by a restart, retries due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After this many failed attempts (about 2.5 hours with the defaults) the row is settled as not sent.</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>How long one send may take before it counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A file (relative to the content root) where the development sender also appends what it sent; none when empty.</summary>
    public string? DevelopmentLogFile { get; set; }

    /// <summary>E-mail by SMTP when <see cref="SmtpOptions.Host"/> is set; otherwise e-mail goes to the development sender.</summary>
    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string From { get; set; } = "no-reply@formengine.invalid";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool EnableSsl { get; set; } = true;
}
