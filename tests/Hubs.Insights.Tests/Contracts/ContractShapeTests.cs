using Hubs.Contracts;
using Hubs.Contracts.TeamActivities;

namespace Hubs.Insights.Tests.Contracts;

/// <summary>
/// The contracts are PII-free by construction: only codes, bands, counts, scores and coarse periods,
/// each field reviewed. A new field fails here until someone has checked it and added it below.
/// </summary>
public class ContractShapeTests
{
    /// <summary>Every text field a contract may carry; each holds a key, a Hub, a period or a fixed code.</summary>
    private static readonly HashSet<string> ReviewedTextFields =
    [
        "JourneyKey",
        "ActivityKey",
        "HubId",
        "IsoWeek",
        "Month",
        "Sector",
        "StaffGroup",
        "AgeBand",
        "Sex",
        "EthnicityGroup",
        "Disability",
        "Phq9Band",
        "Gad7Band",
        "Risk",
        "Outcome",
        "Intervention",
        "Purpose",
        "Reason",
        "Kind",
        "Status",
        // Evaluation (issue 19): occasion, overall rating, work status and leaving codes (EvaluationCodes).
        "Occasion",
        "Overall",
        "WorkStatus",
        "Leaving",
        "Measure",
        "Band",
        // Onward referral and stepped care (issue 20): fixed codes; the destination is a kind, never a service's name.
        "Stage",
        "DestinationKind",
        "From",
        "To",
        "Direction",
        "HeardFrom", // issue 20: a fixed code of ReferralSourceCodes.HeardFrom
        "Channel", // issue 20: "online" or "phone"
        // Reflective groups (issue 21): fixed codes of GroupSupportCodes (how useful, felt safe).
        "Useful",
        "FeltSafe",
        "Wishes", // issue 20: whether an allocation met the ticked characteristics, a code of AllocationCodes
        "Value", // issue 19: how valuable a team session was, a fixed code of TeamActivityCodes.Values
        // Hub work (issue 21): fixed codes and bands of AdverseEventCodes (a step, staff involved, hours to contact).
        "Step",
        "StaffInvolved",
        "ResponseBand",
        // Hub work (issue 21): how a workshop measure's band changed, and consultations' codes (HubWorkCodes).
        "Change",
        "AdviceArea",
        "About",
        "OrganisationType",
    ];

    /// <summary>Lists a contract may carry: each of fixed codes only (the presenting themes).</summary>
    private static readonly HashSet<string> ReviewedCodeLists = ["Themes"];

    private static readonly Type[] AllowedTypes =
    [
        typeof(string),
        typeof(bool),
        typeof(bool?),
        typeof(int),
        typeof(int?),
        typeof(long),
        typeof(IReadOnlyList<string>),
    ];

    private static readonly List<Type> Contracts = ContractsAssembly
        .Assembly.GetTypes()
        .Where(t =>
            t is { IsClass: true, IsAbstract: false }
            && (typeof(IJourneyMilestone).IsAssignableFrom(t) || typeof(ITeamActivityMilestone).IsAssignableFrom(t))
        )
        .ToList();

    [Fact]
    public void Every_contract_field_is_a_reviewed_code_or_a_number_never_a_date_or_an_identifier()
    {
        Assert.Equal(25, Contracts.Count);
        Assert.All(Contracts.SelectMany(c => c.GetProperties().Select(p => (Contract: c.Name, Property: p))), field =>
        {
            Assert.Contains(field.Property.PropertyType, AllowedTypes);
            if (field.Property.PropertyType == typeof(string))
            {
                Assert.True(
                    ReviewedTextFields.Contains(field.Property.Name),
                    $"{field.Contract}.{field.Property.Name} is a text field nobody has reviewed for personal data"
                );
            }

            if (field.Property.PropertyType == typeof(IReadOnlyList<string>))
            {
                Assert.Contains(field.Property.Name, ReviewedCodeLists);
            }
        });
    }

    [Fact]
    public void Insights_can_reference_the_contracts_but_never_the_clinical_side()
    {
        var references = typeof(InsightsEntryPoint).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("Hubs.Contracts", references);
        Assert.DoesNotContain("Hubs.Web", references);
        Assert.DoesNotContain(ContractsAssembly.Assembly.GetReferencedAssemblies(), a =>
            a.Name!.StartsWith("Hubs.", StringComparison.Ordinal)
        );
    }
}
