using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// Events that change nothing the decisions read but must still be applied: the snapshot's version is
/// the stream's only if every event of the stream passes through it.
/// </summary>
public sealed partial record Journey
{
    public bool IsShredded { get; init; }

    public Journey Apply(ContactPreferencesChanged e) => this;

    public Journey Apply(ScreeningAnswersSaved e) => this;

    /// <summary>
    /// A risk its answers raised is its own event (RiskFlagRaised), so the result changes no decision.
    /// </summary>
    public Journey Apply(MeasureCompleted e) => this;

    public Journey Apply(PersonalDataShredded e) => this with { IsShredded = true };
}
