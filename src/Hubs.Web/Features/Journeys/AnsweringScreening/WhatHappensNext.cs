using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// What a keyworker is told happens next after sending a referral or answering the questions: the journey's
/// short reference (the one staff lists show), the Hub's own contact timescale and the ways they chose to be
/// contacted, so no page promises a call to someone who allowed only texts and emails.
/// </summary>
public sealed record WhatHappensNext(string Reference, string ContactWithin, string Channels, bool MayCall)
{
    public static async Task<WhatHappensNext?> LoadAsync(
        IQuerySession session,
        Guid journeyId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journey = await session.LoadAsync<JourneySummary>(journeyId, cancellationToken);
        if (journey is null)
        {
            return null;
        }

        var settings = await HubSettingsStore.LoadAsync(session, journey.HubId, cancellationToken);
        var card = await session.Events.AggregateStreamAsync<ContactCard>(journeyId, token: cancellationToken);
        var preferences = card?.Preferences ?? ContactPreferences.Cautious;
        return new WhatHappensNext(
            JourneyReference.Of(journeyId),
            WorkingDays.Words(settings.ContactWithinWorkingDays),
            ChannelWords(preferences.Channels),
            preferences.Allows(ContactChannel.Phone)
        );
    }

    /// <summary>"by phone", "by text message or email", "by phone, text message or email".</summary>
    private static string ChannelWords(IReadOnlyList<ContactChannel> channels)
    {
        var words = channels.Distinct().Order().Select(KeyworkerWords.Of).ToList();
        return words.Count switch
        {
            0 => "in the ways you chose",
            1 => "by " + words[0],
            _ => $"by {string.Join(", ", words[..^1])} or {words[^1]}",
        };
    }
}
