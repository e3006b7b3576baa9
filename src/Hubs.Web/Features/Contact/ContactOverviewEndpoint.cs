using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Contact;

/// <summary>How a person making a call should go about it, from the same policy as every automatic message.</summary>
public sealed record CallGuidance(bool MayCall, DateTimeOffset? NextSafeTime, bool VoicemailAllowed, string Guidance);

/// <summary>
/// The journey's contact side for staff: the preferences in force, how to call, and every reminder and notice.
/// </summary>
public sealed record ContactOverview(
    Guid JourneyId,
    bool StatedByKeyworker,
    ContactPreferences Preferences,
    CallGuidance Call,
    IReadOnlyList<DeliveryStatus> Deliveries
);

public static class ContactOverviewEndpoint
{
    public static RouteHandlerBuilder MapContactOverview(this IEndpointRouteBuilder routes) =>
        routes
            .MapGet("/api/journeys/{id:guid}/contact", HandleAsync)
            .DescribesRead<ContactOverview>()
            .WithName("ContactOverview")
            .WithSummary(
                "Contact preferences, call guidance and the delivery status of reminders and notices. Audited."
            )
            .WithTags("Contact");

    private static async Task<IResult> HandleAsync(
        Guid id,
        HttpContext http,
        StaffMember staff,
        IDocumentSession session,
        NpgsqlDataSource dataSource,
        ContactSettings settings,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow();
        var (journey, refused) = await AuditedRead.OpenAsync(http, id, "contact");
        if (journey is null)
        {
            return refused!;
        }

        var card = await session.Events.AggregateStreamAsync<ContactCard>(id, token: cancellationToken);
        var preferences = card?.Preferences ?? ContactPreferences.Cautious;
        var plan = ContactPolicy.Plan(
            preferences,
            new ContactAddresses(card?.Email, card?.Phone),
            new ContactRequest(MessageKind.PhoneCall),
            settings.For(journey.HubId),
            now
        );
        var call = plan.NotSent is null
            ? new CallGuidance(true, plan.SendAt, plan.VoicemailAllowed, plan.Contacts[0].Text)
            : new CallGuidance(false, null, false, plan.NotSent);
        return TypedResults.Ok(
            new ContactOverview(
                id,
                card?.Stated is not null,
                preferences,
                call,
                await DeliveryStatuses.ForJourneyAsync(dataSource, id, cancellationToken)
            )
        );
    }
}
