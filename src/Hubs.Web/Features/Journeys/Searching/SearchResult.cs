using Hubs.Web.Features.Journeys.ReadModels;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>A journey of the caller's Hub that matched, with the keyworker's name (null once shredded).</summary>
public sealed record SearchMatch(JourneySummary Journey, string? Name);

/// <summary>
/// The first matches of a search in <see cref="SearchCandidates"/>' order (open journeys first, then the newest
/// referral), at most the number asked for, and whether at least one more person matches beyond them.
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchMatch> Matches, bool More);
