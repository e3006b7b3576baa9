using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

/// <summary>
/// Each case is written as two rows of nine answers: P1–P9 then C1–C9 (items 7–9 of each are functional
/// impairment). A symptom counts as present at 2 or more.
/// </summary>
public class ItqScoringTests
{
    private static ScoreResult Score(string ptsdRow, string selfOrganisationRow) =>
        Answers.Scored(
            MeasureId.Itq,
            Answers.Of(MeasureId.Itq, [.. (ptsdRow + selfOrganisationRow).Select(c => c - '0')])
        );

    [Theory]
    [InlineData("202020200", "000000000")]
    [InlineData("020202020", "000000000")]
    [InlineData("202020002", "111111111")]
    [InlineData("444444444", "000000000")]
    public void Ptsd_needs_one_symptom_in_each_cluster_and_functional_impairment(string p, string c)
    {
        Assert.Equal("ptsd", Score(p, c).Band.Code);
    }

    [Theory]
    [InlineData("202020200", "202020200")]
    [InlineData("020202002", "020202020")]
    [InlineData("444444444", "444444444")]
    public void Complex_ptsd_needs_ptsd_and_every_self_organisation_cluster(string p, string c)
    {
        Assert.Equal("complex-ptsd", Score(p, c).Band.Code);
    }

    [Theory]
    [InlineData("000000000", "000000000")]
    [InlineData("111111111", "111111111")]
    [InlineData("101010100", "000000000")]
    [InlineData("002222222", "222222222")]
    [InlineData("220022222", "222222222")]
    [InlineData("222200222", "222222222")]
    public void Neither_when_a_ptsd_cluster_has_no_symptom_at_2_or_more(string p, string c)
    {
        Assert.Equal("no-diagnosis", Score(p, c).Band.Code);
    }

    [Theory]
    [InlineData("222222000", "000000000")]
    [InlineData("222222111", "000000000")]
    [InlineData("222222000", "222222222")]
    public void Neither_without_ptsd_functional_impairment_even_with_every_self_organisation_item(string p, string c)
    {
        Assert.Equal("no-diagnosis", Score(p, c).Band.Code);
    }

    [Theory]
    [InlineData("222222222", "222222000")]
    [InlineData("222222222", "222222111")]
    [InlineData("222222222", "002222222")]
    [InlineData("222222222", "220022222")]
    [InlineData("222222222", "222200222")]
    public void Ptsd_only_when_a_self_organisation_cluster_or_its_impairment_is_missing(string p, string c)
    {
        Assert.Equal("ptsd", Score(p, c).Band.Code);
    }

    [Fact]
    public void Complex_ptsd_replaces_ptsd_rather_than_being_reported_alongside_it()
    {
        var result = Score("222222222", "222222222");

        Assert.Equal(new Band("complex-ptsd", "Complex PTSD"), result.Band);
        Assert.Equal(36, result.Total);
        Assert.Null(result.AtCaseness);
        Assert.Equal(RiskLevel.None, result.Risk);
    }
}
