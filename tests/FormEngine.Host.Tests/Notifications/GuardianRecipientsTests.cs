using FormEngine.Host.Notifications;
using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Tests.Notifications;

public sealed class GuardianRecipientsTests
{
    private static ChildNotificationContact Contact(string guardian, string? email, string? phone, bool byEmail, bool bySms) => new()
    {
        GuardianPersonnummer = guardian, ChildPersonnummer = "201901012389",
        Email = email, Phone = phone, NotifyByEmail = byEmail, NotifyBySms = bySms,
    };

    [Fact]
    public void Each_guardians_chosen_channels_are_used_and_an_address_chosen_twice_goes_once()
    {
        var route = NotificationRecipients.ForGuardians(
        [
            Contact("198509224625", "familjen@example.se", "+46701112233", byEmail: true, bySms: false),
            Contact("198403154321", "familjen@example.se", "+46709998877", byEmail: true, bySms: true),
        ]);

        Assert.Null(route.NotSentReason);
        Assert.Equal([("email", "familjen@example.se"), ("sms", "+46709998877")], route.Targets);
    }

    [Fact]
    public void Guardians_who_chose_no_channel_give_no_target_and_a_reason()
    {
        var route = NotificationRecipients.ForGuardians([Contact("198509224625", "a@example.se", null, byEmail: false, bySms: true)]);

        Assert.Empty(route.Targets);
        Assert.NotNull(route.NotSentReason);
    }
}
