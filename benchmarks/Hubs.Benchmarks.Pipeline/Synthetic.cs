using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;

namespace Hubs.Benchmarks.Pipeline;

internal static class Synthetic
{
    public static SubmitSelfReferral Referral(int n) =>
        new(
            n % 2 == 0 ? "north" : "south",
            $"Bench {n}",
            $"bench{n}@example.invalid",
            null,
            null,
            (Sector)(n % 6),
            (StaffGroup)(n % 15),
            (AgeBand)(n % 7),
            (Sex)(n % 3),
            (EthnicityGroup)(n % 6),
            (Disability)(n % 3),
            "Synthetic benchmark referral.",
            ConsentToSupport: true,
            ResearchContact: false
        );
}
