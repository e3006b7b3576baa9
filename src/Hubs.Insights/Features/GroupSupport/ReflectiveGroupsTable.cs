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
public sealed class ReflectiveGroupsTable(IGroupSupportSource? source = null) : ITablePublisher
{
    public const string Title = CommissionerWords.Titles.ReflectiveGroups;

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<GroupMeetingFacts>> meetings,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            Title,
            TableRows.ByCategory(meetings, GroupSupportCodes.Kinds, m => m.Kind, "Total"),
            Columns,
            hideZerosUnderSuppressedTotal: true,
            options
        );

    /// <summary>
    /// The same meetings by the sector of their series (issue 21: activities by sector): the same columns, and a
    /// total that reads as the by-kind table's total (the same meetings, the same keys).
    /// </summary>
    public static PublishedTable PublishBySector(
        IReadOnlyList<Keyed<GroupMeetingFacts>> meetings,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            CommissionerWords.Titles.ReflectiveGroupsBySector,
            TableRows.ByCategory(meetings, Hubs.Contracts.HubWork.HubWorkCodes.Sectors, m => m.Sector, "Total"),
            Columns,
            hideZerosUnderSuppressedTotal: true,
            options
        );

    private static IReadOnlyList<Measure<GroupMeetingFacts>> Columns { get; } =
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
        new RateOf<GroupMeetingFacts>("felt-safe", CommissionerWords.Columns.FeltSafe, m => m.FeltSafe, m => m.Ratings),
    ];

    public IReadOnlyCollection<string> Tables { get; } =
    [TableCatalogue.ReflectiveGroups, TableCatalogue.ReflectiveGroupsBySector];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var meetings = await (source ?? NoGroupSupport.Instance).MeetingsAsync(scope.Hubs, cancellationToken);
        var keyed = scope.InPeriod(meetings, m => m.HubId, m => m.Month, m => "group-meeting:" + m.Key);
        return scope.Request.Table == TableCatalogue.ReflectiveGroupsBySector
            ? PublishBySector(keyed, scope.Options)
            : Publish(keyed, scope.Options);
    }
}
