using Hubs.ServiceDefaults.Email;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Contact.DeliveringMessages;

/// <summary>Hands one planned contact to its channel. Discreet emails go from a neutral sender.</summary>
public sealed class ContactSenders(IEmailSender email, ISmsSender sms, IOptions<ContactOptions> options)
{
    public Task SendAsync(OutgoingContact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.Channel switch
        {
            ContactChannel.Email => email.SendAsync(
                new EmailMessage(
                    contact.Address,
                    contact.Subject ?? "",
                    contact.Text,
                    contact.Discreet ? options.Value.DiscreetFrom : null
                ),
                cancellationToken
            ),
            ContactChannel.Text => sms.SendAsync(new SmsMessage(contact.Address, contact.Text), cancellationToken),
            _ => throw new InvalidOperationException("Calls are made by a person, not sent."),
        };
    }
}
