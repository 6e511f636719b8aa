using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Notifications;

/// <summary>
/// E-mail through any SMTP server (<c>FormEngine:Notifications:Smtp:{Host,Port,From,UserName,Password,EnableSsl}</c>).
/// The Message-ID is derived from the outbox row, so a message sent again after a crash (see
/// <see cref="NotificationDispatcher"/>) can be recognised as the same one by the receiving side.
/// </summary>
public sealed class SmtpNotificationSender(IOptions<NotificationOptions> options) : INotificationSender
{
    /// <summary>Fixed and non-sensitive, like the text.</summary>
    public const string Subject = "Nytt meddelande i e-tjänsterna på 1177";

    public string Channel => NotificationChannels.Email;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host)) throw new InvalidOperationException("FormEngine:Notifications:Smtp:Host is not configured.");
        var from = new MailAddress(smtp.From);
        using var message = new MailMessage(from, new MailAddress(notification.Recipient))
        {
            Subject = Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = notification.Text,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        message.Headers.Add("Message-ID", $"<notification-{notification.RecordId}@{from.Host}>");
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)options.Value.SendTimeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        await client.SendMailAsync(message, cancellationToken);
    }
}
