using Hubs.Web.Features.Codes;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>What the API's caller searches for: a name, an email address or a reference, or a date of birth.</summary>
public sealed record StaffSearchRequest(string? Text, string? DateOfBirth);

/// <summary>One person found: the name only when the caller may open the record (and it is not shredded).</summary>
public sealed record StaffSearchPerson(
    Guid JourneyId,
    string Reference,
    string? Name,
    bool MayOpen,
    JourneyStatus Status,
    DateTimeOffset ReferredAt
);

/// <summary>At most <paramref name="Shown"/> people, in the page's order; whether more match.</summary>
public sealed record StaffSearchAnswer(IReadOnlyList<StaffSearchPerson> People, bool More, int Shown);
