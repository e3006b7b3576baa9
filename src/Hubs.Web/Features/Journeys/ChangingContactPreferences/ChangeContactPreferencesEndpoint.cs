using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

public static class ChangeContactPreferencesEndpoint
{
    public const string Route = "/api/keyworker/journeys/{id:guid}/contact-preferences";

    /// <summary>The keyworker's own action, versioned like every journey write.</summary>
    public static RouteHandlerBuilder MapChangeContactPreferences(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                Route,
                (
                    Guid id,
                    ChangeContactPreferences command,
                    KeyworkerCaller keyworker,
                    HttpContext http,
                    TimeProvider clock
                ) =>
                    StreamWrites.DecideAndAppendAsync<ContactCard>(
                        id,
                        http,
                        card => card.KeyworkerId == keyworker.Id,
                        card => ChangeContactPreferencesDecision.Decide(card, command, clock.GetUtcNow()),
                        version => new JourneyWritten(id, version)
                    )
            )
            .Validate<ChangeContactPreferences>()
            .DescribesWrite<JourneyWritten>()
            .WithName("ChangeContactPreferences")
            .WithSummary("The keyworker changes how and when they may be contacted, or opts out of reminders.")
            .WithTags("Contact");
}
