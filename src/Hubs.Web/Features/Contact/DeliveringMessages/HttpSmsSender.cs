using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Contact.DeliveringMessages;

/// <summary>
/// The implementation point for a real SMS gateway: POSTs <c>{"to": "...", "text": "..."}</c> to
/// <c>Sms:GatewayUrl</c> with <c>Authorization: Bearer Sms:GatewayKey</c>, and treats any non-2xx answer as a
/// failure (the dispatcher records it and retries). A gateway with another shape (GOV.UK Notify, a
/// commercial aggregator) gets its own small <see cref="ISmsSender"/> in this folder, chosen in ContactSetup.
/// </summary>
internal sealed class HttpSmsSender(HttpClient http, IOptions<SmsOptions> options) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.GatewayUrl)
        {
            Content = JsonContent.Create(new { to = message.To, text = message.Text }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.GatewayKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
