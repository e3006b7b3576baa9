using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Every category a commissioner's table groups by has written words: no code reaches a page as a code.
/// </summary>
public class CommissionerWordsTests
{
    public static TheoryData<string> Codes()
    {
        var codes = new TheoryData<string>();
        var grouped = Enum.GetValues<Dimension>()
            .Where(d => d is not Dimension.Hub and not Dimension.Month)
            .SelectMany(Categories.Of)
            .Where(c => c != Dimensions.NotStated);
        var evaluation = Hubs.Contracts.Journeys.EvaluationCodes.Occasions.Concat(
            Hubs.Contracts.Journeys.EvaluationCodes.Themes
        );
        foreach (
            var code in grouped
                .Concat(DischargeReasonsTable.Codes)
                .Concat(TeamSupportTable.Kinds)
                .Concat(evaluation)
                .Concat(MeasureOutcomesTable.Codes)
                .Concat(Hubs.Contracts.Journeys.OnwardCodes.DestinationKinds)
                .Concat(Hubs.Insights.Features.Onward.CareStepsTable.From)
                .Concat(Hubs.Contracts.GroupSupport.GroupSupportCodes.Kinds)
                .Concat(Hubs.Contracts.TeamActivities.TeamActivityCodes.Kinds)
                .Concat(Hubs.Contracts.HubWork.HubWorkCodes.AdviceAreas)
                .Concat(Hubs.Contracts.HubWork.HubWorkCodes.Sectors)
                .Concat(Hubs.Contracts.HubWork.HubWorkCodes.OrganisationTypes)
                .Concat(Hubs.Contracts.HubWork.HubWorkCodes.OutreachKinds)
                .Distinct()
        )
        {
            codes.Add(code);
        }

        return codes;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_category_code_has_words_of_its_own(string code)
    {
        // A code without words of its own reads as itself.
        Assert.NotEqual(code, CommissionerWords.Of(code));
    }

    [Theory]
    [InlineData("65-and-over", "65 and over")]
    [InlineData("25-34", "25 to 34")]
    [InlineData("social-care", "Social care")]
    [InlineData("2026-03", "2026-03")]
    [InlineData("Total", "Total")]
    public void A_row_label_reads_as_words_and_months_and_totals_stay_as_they_are(string label, string shown) =>
        Assert.Equal(shown, CommissionerWords.Of(label));
}
