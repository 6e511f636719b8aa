namespace FormEngine.Host.Ombud;

/// <summary>The message the layout shows on the request where a chosen ombud right turned out to have ended.</summary>
public static class OmbudNotice
{
    public const string EndedText = "Du kan inte längre företräda barnet du valde, och ser nu dina egna uppgifter. Rätten att vara ombud upphör när barnet fyller 13 år eller får skyddad identitet.";
    private const string Key = "FormEngine.Host.Ombud.Ended";

    public static void MarkEnded(HttpContext context) => context.Items[Key] = true;

    public static bool HasEnded(HttpContext context) => context.Items.ContainsKey(Key);
}
