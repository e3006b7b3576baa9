using System.Text.Json;
using System.Text.Json.Serialization;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.ReadingOwnData;

/// <summary>
/// "Download my data": everything this journey holds about the keyworker, as a page and as a JSON file.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class YourDataModel(IDocumentSession session, ContactSettings settings, TimeProvider clock)
    : OwnJourneyPage(session, clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public OwnData Data { get; private set; } = null!;

    public HubTime Time => new(settings.Zone);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    public Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken) =>
        DownloadAsync(
            () =>
                new OwnFile(
                    JsonSerializer.SerializeToUtf8Bytes(Data, Json),
                    "application/json",
                    $"hubs-your-data-{Data.ReferredAt:yyyy-MM-dd}.json"
                ),
            cancellationToken
        );

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        Data = await OwnDataReader.ReadAsync(Session, JourneyId, cancellationToken);
        return true;
    }
}
