using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

/// <summary>
/// How to reach one journey's keyworker, folded live from the journey stream (never stored as a document,
/// so it holds nothing the stream does not). After crypto-shredding the address, phone and preferences
/// read as null and nothing can be sent.
/// </summary>
public sealed record ContactCard(
    Guid Id,
    string HubId,
    Guid KeyworkerId,
    string? Email,
    string? Phone,
    ContactPreferences? Stated
)
{
    public long Version { get; set; }

    public bool Ended { get; init; }

    /// <summary>Whose data key seals the journey's personal data (see <c>Journey.SealedWith</c>).</summary>
    public Guid SealedWith { get; init; }

    /// <summary>What the keyworker said, or the cautious default when they said nothing.</summary>
    public ContactPreferences Preferences => Stated ?? ContactPreferences.Cautious;

    public static ContactCard Create(SelfReferralSubmitted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.JourneyId, e.HubId, e.KeyworkerId, e.Person.Value?.Email, e.Person.Value?.Phone, e.Contact?.Value)
        {
            SealedWith = e.Person.OwnerId,
        };
    }

    public ContactCard Apply(ContactPreferencesChanged e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return this with { Stated = e.Preferences.Value, Phone = e.Phone?.Value ?? Phone };
    }

    public ContactCard Apply(JourneyClaimed e) =>
        this with
        {
            KeyworkerId = e.Keyworker,
            Email = e.Email?.Value ?? Email,
        };

    public ContactCard Apply(JourneyWithdrawn e) => this with { Ended = true };

    public ContactCard Apply(ClientDischarged e) => this with { Ended = true };

    public ContactCard Apply(ReferralTriaged e) => this with { Ended = Ended || e?.Outcome != TriageOutcome.Assess };
}
