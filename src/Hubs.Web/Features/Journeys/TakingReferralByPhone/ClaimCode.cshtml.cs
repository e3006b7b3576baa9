using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.TakingReferralByPhone;

/// <summary>
/// Staff of the journey's care give the keyworker of a referral taken by phone a one-time claim code, when they want
/// an account. Only its hash is stored, in the same transaction as the issue is recorded on the journey; any earlier
/// code of the journey stops working. The code is shown once, on the record, to read out or send.
/// </summary>
public sealed class ClaimCodeModel(IDocumentSession session, ClinicClock clock) : JourneyPage(session, clock)
{
    protected override string What => "claim-code-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var code = ClaimCodes.NewCode();
        var now = Times.Now;
        Session.DeleteWhere<JourneyClaimCode>(c => c.JourneyId == Id);
        Session.Store(
            new JourneyClaimCode
            {
                Id = ClaimCodes.HashOf(code)!,
                JourneyId = Id,
                HubId = Me.HubId,
                ExpiresAt = now + ClaimCodes.Lifetime,
            }
        );
        var expires = Times.ShowDate(now + ClaimCodes.Lifetime);
        return await WriteAsync(
            journey => ClaimDecisions.Issue(journey, Me.Id, now),
            $"Claim code {code}. Give it to the keyworker with the address /claim: it works once, until {expires}. "
                + "It is not shown again.",
            cancellationToken
        );
    }
}
