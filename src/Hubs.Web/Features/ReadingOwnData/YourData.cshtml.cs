using System.Text.Json;
using System.Text.Json.Serialization;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.ContactRules;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.ReadingOwnData;

/// <summary>"Download my data": everything this journey holds about the keyworker, as a page and as a JSON file.</summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class YourDataModel(IQuerySession session, ContactSettings settings) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    [FromRoute] public Guid JourneyId { get; set; }

    public OwnData Data { get; private set; } = null!;

    public HubTime Time => new(settings.Zone);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ReadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(Data, Json), "application/json", $"hubs-your-data-{Data.ReferredAt:yyyy-MM-dd}.json");
    }

    private async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        var journey = await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken);
        Data = journey is null ? null! : await OwnDataReader.ReadAsync(session, journey, cancellationToken);
        return journey is not null;
    }
}
