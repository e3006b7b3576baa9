using Hubs.Web.Features.ServiceDirectory;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>The Hub's directory as the clinician forms offer it, and reading a chosen entry back.</summary>
public static class OnwardChoices
{
    /// <summary>The Hub's current (not archived) services, by name, each with its kind.</summary>
    public static async Task<IReadOnlyList<Choice>> ServicesAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    ) =>
        [
            .. (await ServiceDirectoryRead.ForHubAsync(session, hubId, cancellationToken))
                .Where(s => !s.Archived)
                .Select(s => new Choice(s.Id.ToString(), ServiceWords.Named(s.Details.Name, s.Details.Kind))),
        ];

    public static Guid? Parse(string? value) => Guid.TryParse(value, out var id) && id != Guid.Empty ? id : null;

    /// <summary>The chosen entry, whatever its Hub: the decision refuses another Hub's as not found.</summary>
    public static async Task<ServiceListing?> LoadAsync(
        IQuerySession session,
        Guid? id,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        return id is { } serviceId ? await session.LoadAsync<ServiceListing>(serviceId, cancellationToken) : null;
    }
}
