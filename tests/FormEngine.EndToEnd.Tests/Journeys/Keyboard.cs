using System.Text.Json;
using FormEngine.EndToEnd.Tests.Infrastructure;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>The element that has keyboard focus: its tag, input type, accessible text and the legend of its group.</summary>
public sealed record Focused(string Tag, string Type, string Name, string Group, bool Checked)
{
    public override string ToString() => $"<{Tag}{(Type.Length > 0 ? " type=" + Type : "")}> \"{Name}\"{(Group.Length > 0 ? $" in \"{Group}\"" : "")}";
}

/// <summary>
/// Moving through a page the way a keyboard user does: Tab (or Shift+Tab) until the wanted element has focus. Only
/// reads where focus is; every action is a key press.
/// </summary>
public static class Keyboard
{
    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { tag: '', type: '', name: '', group: '', checked: false };
          const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
          const legend = e.closest('fieldset')?.querySelector('legend')?.innerText ?? '';
          return {
            tag: e.tagName.toLowerCase(), type: e.getAttribute('type') ?? '',
            name: (label || e.getAttribute('aria-label') || e.innerText || e.value || '').trim().replace(/\s+/g, ' '),
            group: legend.trim().replace(/\s+/g, ' '), checked: !!e.checked };
        }
        """;

    public static async Task<Focused> FocusedAsync(PortalPage user)
    {
        var json = await user.Page.EvaluateAsync<JsonElement>(DescribeFocus);
        return new Focused(json.GetProperty("tag").GetString()!, json.GetProperty("type").GetString()!,
            json.GetProperty("name").GetString()!, json.GetProperty("group").GetString()!, json.GetProperty("checked").GetBoolean());
    }

    /// <summary>Presses Tab until <paramref name="wanted"/> holds for the focused element; fails after 60 presses.</summary>
    public static async Task<Focused> TabToAsync(PortalPage user, Func<Focused, bool> wanted, string what, bool backwards = false)
    {
        await user.CheckAccessibilityIfNewAsync();
        var seen = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await user.Page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focused = await FocusedAsync(user);
            if (wanted(focused)) return focused;
            seen.Add(focused.ToString());
        }
        Assert.Fail($"Tab never reached {what} on {user.Path}. Focus went through:\n  {string.Join("\n  ", seen.Distinct())}");
        return null!;
    }

    public static Task<Focused> TabToLinkAsync(PortalPage user, string text) =>
        TabToAsync(user, f => f.Tag == "a" && f.Name == text, $"the link \"{text}\"");

    public static Task<Focused> TabToButtonAsync(PortalPage user, string text) =>
        TabToAsync(user, f => f.Tag == "button" && f.Name == text, $"the button \"{text}\"");

    public static Task<Focused> TabToFieldAsync(PortalPage user, string label) =>
        TabToAsync(user, f => f.Tag is "input" or "textarea" or "select" && f.Name.StartsWith(label, StringComparison.Ordinal), $"the field \"{label}\"");

    /// <summary>Tabs into a radio group (focus lands on its checked or first radio) and arrows to the wanted option.</summary>
    public static async Task ChooseRadioAsync(PortalPage user, string group, string option)
    {
        var focused = await TabToAsync(user, f => f.Type == "radio" && f.Group.StartsWith(group, StringComparison.Ordinal), $"the radio group \"{group}\"");
        for (var i = 0; i < 10 && focused.Name != option; i++)
        {
            await user.Page.Keyboard.PressAsync("ArrowDown");
            focused = await FocusedAsync(user);
        }
        // Tabbing into a group with nothing chosen focuses its first radio without choosing it.
        if (focused.Name == option && !focused.Checked)
        {
            await user.Page.Keyboard.PressAsync("Space");
            focused = await FocusedAsync(user);
        }
        Assert.True(focused.Name == option && focused.Checked, $"Arrow keys did not select \"{option}\" in \"{group}\" (focus: {focused}).");
    }

    /// <summary>Presses Enter on the focused link or button and waits for the next page.</summary>
    public static Task ActivateAsync(PortalPage user) => user.PressAndWaitAsync("Enter");
}
