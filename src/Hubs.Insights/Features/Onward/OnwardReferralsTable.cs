using Hubs.Contracts.Journeys;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Onward;

/// <summary>
/// Onward referrals and signposting in the period by the destination's kind (every kind, then the total), with what
/// came of the referrals. A record is one referral or signpost (a person sent on twice counts twice); each cell is
/// protected on its own like every other published figure.
/// </summary>
public static class OnwardReferralsTable
{
    public const string Title = "Onward referrals by destination and outcome";

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<OnwardReferralFacts>> sent,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            Title,
            Tables.TableRows.ByCategory(sent, OnwardCodes.DestinationKinds, r => r.DestinationKind, "Total"),
            [
                People.Count<OnwardReferralFacts>("signposted", "Signposted", r => r.Kind == "signpost"),
                People.Count<OnwardReferralFacts>("referred", "Referred", r => r.Kind == "referral"),
                Referred("accepted", "Accepted"),
                Referred("declined", "Declined"),
                People.Count<OnwardReferralFacts>("waiting", "Still waiting or no outcome yet", r =>
                    r.Kind == "referral" && r.Outcome is null or "still-waiting"
                ),
                Referred("unknown", "Outcome not known"),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );

    private static CountOf<OnwardReferralFacts> Referred(string outcome, string label) =>
        People.Count<OnwardReferralFacts>(outcome, label, r => r.Kind == "referral" && r.Outcome == outcome);
}
