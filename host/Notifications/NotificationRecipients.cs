using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Notifications;

/// <summary>The addresses a notification goes to, or why it goes nowhere (the reason is stored on the row, in English).</summary>
public sealed record NotificationRoute(IReadOnlyList<(string Channel, string Address)> Targets, string? NotSentReason);

/// <summary>Reads Inställningar (the resident's own, or a guardian's for a child): only chosen channels with an address; nothing for an inactive account.</summary>
public static class NotificationRecipients
{
    public static NotificationRoute For(Resident? resident)
    {
        if (resident is null) return new([], "The resident does not exist.");
        if (resident.AccountStatus == AccountStatus.Deceased) return new([], "The resident's account is inactivated (deceased).");
        if (!resident.NotifyByEmail && !resident.NotifyBySms) return new([], "The resident has chosen no notification channel.");
        List<(string, string)> targets = [];
        if (resident.NotifyByEmail && !string.IsNullOrWhiteSpace(resident.Email)) targets.Add((NotificationChannels.Email, resident.Email.Trim()));
        if (resident.NotifyBySms && !string.IsNullOrWhiteSpace(resident.Phone)) targets.Add((NotificationChannels.Sms, resident.Phone.Trim()));
        return targets.Count == 0 ? new([], "The chosen channels have no address.") : new(targets, null);
    }

    /// <summary>The channels the guardians acting for a child chose for that child; an address chosen twice goes once.</summary>
    public static NotificationRoute ForGuardians(IEnumerable<ChildNotificationContact> contacts)
    {
        List<(string, string)> targets = [];
        foreach (var contact in contacts)
        {
            if (contact.NotifyByEmail && !string.IsNullOrWhiteSpace(contact.Email)) targets.Add((NotificationChannels.Email, contact.Email.Trim()));
            if (contact.NotifyBySms && !string.IsNullOrWhiteSpace(contact.Phone)) targets.Add((NotificationChannels.Sms, contact.Phone.Trim()));
        }
        targets = [.. targets.Distinct()];
        return targets.Count == 0 ? new([], "No guardian chose a channel for the child.") : new(targets, null);
    }
}
