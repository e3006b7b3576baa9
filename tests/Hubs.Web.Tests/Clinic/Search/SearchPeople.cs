using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// Referrals with the name, email and date of birth a search looks for, made as the keyworker pages make them.
/// </summary>
internal static class SearchPeople
{
    /// <summary>
    /// Letters no other test uses, so a search finds only this test's people: g to v only, so eight of them are never
    /// read as a journey reference (8 hex digits).
    /// </summary>
    public static string Unique() =>
        string.Concat(Guid.NewGuid().ToString("N").Take(8).Select(c => (char)('g' + (c % 16))));

    /// <summary>
    /// Erases one journey's personal data, as <paramref name="shreddedBy"/> (a lead's id or
    /// <see cref="KeyworkerErasure.Operator"/>) would, for keeping it without need.
    /// </summary>
    public static async Task EraseAsync(IServiceProvider services, Guid journeyId, Guid shreddedBy, string requestedBy)
    {
        Journey journey;
        await using (var session = services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            journey = (await session.LoadAsync<Journey>(journeyId))!;
        }

        await services
            .GetRequiredService<KeyworkerErasure>()
            .EraseJourneyAsync(journey, ShreddingGround.KeptWithoutNeed, shreddedBy, requestedBy, null, default);
    }

    public static async Task<Guid> ReferAsync(
        IServiceProvider services,
        string hub,
        string name,
        string email,
        DateOnly? born = null
    )
    {
        var keys = services.GetRequiredService<KeyworkerKeys>();
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
        var command = Command(hub, name, email, born);
        var id = await SelfReferralStream.StartAsync(
            session,
            keys,
            command,
            DateTimeOffset.UtcNow.AddDays(-2),
            null,
            CancellationToken.None
        );
        await session.SaveChangesAsync();
        return id;
    }

    public static SubmitSelfReferral Command(string hub, string name, string email, DateOnly? born) =>
        new(
            hub,
            name,
            email,
            "07700 900123",
            null,
            Sector.Health,
            StaffGroup.Nursing,
            AgeBand.From35To44,
            Sex.Female,
            EthnicityGroup.NotStated,
            Disability.No,
            "Help with nights.",
            true,
            false,
            Contact: new ContactPreferences(
                [ContactChannel.Email],
                [SafeTime.Weekends],
                VoicemailOk: false,
                MayNameHub: false
            ),
            DateOfBirth: born
        );
}
