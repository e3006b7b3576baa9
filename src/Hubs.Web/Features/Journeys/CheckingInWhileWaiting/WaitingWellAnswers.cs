namespace Hubs.Web.Features.Journeys.CheckingInWhileWaiting;

/// <summary>
/// One waiting-well check-in: coded answers only. <paramref name="SafetyAnswer"/> is the screening's self-harm item
/// (PHQ-9 item 9, 0–3), optional here; null when the keyworker chose not to answer it.
/// </summary>
public sealed record WaitingWellAnswers(Coping Coping, bool ContactSooner, int? SafetyAnswer)
{
    /// <summary>Worse than at referral, or asked to be contacted sooner: what staff lists mark.</summary>
    public bool NeedsAttention => Coping == Coping.Worse || ContactSooner;
}
