using Hubs.Web.Features.Questionnaires;
using Marten;
using Marten.Services.BatchQuerying;

namespace Hubs.Web.Features.Hubs.ChangingSettings;

/// <summary>
/// Reads a Hub's settings (defaults when none were saved) and the screening a journey's Hub asks for.
/// </summary>
public static class HubSettingsStore
{
    public static async Task<HubSettings> LoadAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session.LoadAsync<HubSettings>(hubId, cancellationToken) ?? HubSettings.DefaultFor(hubId);
    }

    /// <summary>The same, read in a batch with other queries (a journey write reads it with the journey).</summary>
    public static async Task<HubSettings> LoadAsync(IBatchedQuery batch, string hubId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return await batch.Load<HubSettings>(hubId) ?? HubSettings.DefaultFor(hubId);
    }

    /// <summary>
    /// The screening a journey's Hub asks for (<paramref name="hubId"/> null: no journey, the default).
    /// </summary>
    public static async Task<ScreeningConfiguration> ScreeningForAsync(
        IQuerySession session,
        string? hubId,
        CancellationToken cancellationToken
    ) =>
        hubId is null ? ScreeningConfiguration.Default : (await LoadAsync(session, hubId, cancellationToken)).Screening;

    /// <summary>
    /// Applies a checked change (see <see cref="ChangeHubSettingsValidator"/>); the caller saves the session. What
    /// the change leaves out (the questionnaires before a session) is kept from <paramref name="current"/>.
    /// </summary>
    public static HubSettings Apply(
        IDocumentSession session,
        string hubId,
        ChangeHubSettings change,
        Guid changedBy,
        DateTimeOffset now,
        HubSettings? current = null
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(change);
        var settings = new HubSettings
        {
            Id = hubId,
            OptionalMeasures = [.. Catalogue.OptionalMeasures.Where(change.OptionalMeasures.Contains)],
            Pcl5CutOff = change.Pcl5CutOff ?? ScoringOptions.DefaultPcl5CutOff,
            NoContactDays = change.NoContactDays,
            SlotMinutes = change.SlotMinutes ?? HubSettings.DefaultSlotMinutes,
            ContactWithinWorkingDays = change.ContactWithinWorkingDays ?? HubSettings.DefaultContactWithinWorkingDays,
            ReplyWithinWorkingDays = change.ReplyWithinWorkingDays ?? HubSettings.DefaultReplyWithinWorkingDays,
            SessionMeasures = change.SessionMeasures is { } chosen
                ? [.. HubSettings.AllowedSessionMeasures.Where(chosen.Contains)]
                : [.. current?.SessionMeasures ?? HubSettings.DefaultSessionMeasures],
            ChangedAt = now,
            ChangedBy = changedBy,
        };
        session.Store(settings);
        return settings;
    }
}
