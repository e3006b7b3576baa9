using Hubs.Contracts.GroupSupport;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.GroupSupport;

/// <summary>
/// Reflective groups (intervision groups, clinical cafés) in the period, by kind with the total: meetings held and
/// cancelled, attendances, ratings, and the shares of ratings that found the meeting useful and felt safe. A rate's
/// base is the ratings of its cell, suppressed when 1–7 like any other.
/// </summary>
public static class ReflectiveGroupsTable
{
    public const string Title = CommissionerWords.Titles.ReflectiveGroups;

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<GroupMeetingFacts>> meetings,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            Title,
            TableRows.ByCategory(meetings, GroupSupportCodes.Kinds, m => m.Kind, "Total"),
            [
                People.Count<GroupMeetingFacts>("held", CommissionerWords.Columns.MeetingsHeld, m => m.Held),
                People.Count<GroupMeetingFacts>("cancelled", CommissionerWords.Columns.MeetingsCancelled, m => !m.Held),
                new CountOf<GroupMeetingFacts>("attendances", CommissionerWords.Columns.Attendances, m => m.Attendance),
                new CountOf<GroupMeetingFacts>("ratings", CommissionerWords.Columns.Ratings, m => m.Ratings),
                new RateOf<GroupMeetingFacts>(
                    "found-useful",
                    CommissionerWords.Columns.FoundUseful,
                    m => m.FoundUseful,
                    m => m.Ratings
                ),
                new RateOf<GroupMeetingFacts>(
                    "felt-safe",
                    CommissionerWords.Columns.FeltSafe,
                    m => m.FeltSafe,
                    m => m.Ratings
                ),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );

    /// <returns>The table, or null when the request is for another table.</returns>
    public static async Task<PublishedTable?> PublishAsync(
        IGroupSupportSource source,
        TableRequest request,
        IReadOnlySet<string> hubs,
        RecordKeys keys,
        DisclosureOptions options,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keys);
        if (request.Table != TableCatalogue.ReflectiveGroups)
        {
            return null;
        }

        var meetings = await source.MeetingsAsync(hubs, cancellationToken);
        return Publish(
            [
                .. meetings
                    .Where(m => hubs.Contains(m.HubId) && request.Period.Contains(m.Month))
                    .Select(m => new Keyed<GroupMeetingFacts>(m, keys.Of("group-meeting:" + m.Key))),
            ],
            options
        );
    }
}
