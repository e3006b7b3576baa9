using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class CatalogueTests
{
    [Theory]
    [InlineData(MeasureId.Phq9, 9, 3, 27)]
    [InlineData(MeasureId.Phq2, 2, 3, 6)]
    [InlineData(MeasureId.Gad7, 7, 3, 21)]
    [InlineData(MeasureId.Gad2, 2, 3, 6)]
    [InlineData(MeasureId.Pcl5, 20, 4, 80)]
    [InlineData(MeasureId.Itq, 18, 4, 72)]
    [InlineData(MeasureId.AuditC, 3, 4, 12)]
    [InlineData(MeasureId.Audit, 10, 4, 40)]
    [InlineData(MeasureId.Isi, 7, 4, 28)]
    [InlineData(MeasureId.Wsas, 5, 8, 40)]
    public void Measure_has_the_published_items_and_range(MeasureId measure, int items, int highestAnswer, int maxTotal)
    {
        var definition = Catalogue.Get(measure);

        Assert.Equal(measure, definition.Id);
        Assert.Equal(items, definition.Items.Count);
        Assert.All(definition.Items, i => Assert.Equal(highestAnswer, i.MaxValue));
        Assert.All(definition.Items, i => Assert.Equal(0, i.Options.Min(o => o.Value)));
        Assert.Equal(maxTotal, definition.MaxTotal);
    }

    [Fact]
    public void Every_measure_is_in_the_catalogue_once()
    {
        Assert.Equal(Enum.GetValues<MeasureId>(), Catalogue.All.Select(m => m.Id));
    }

    [Fact]
    public void Item_ids_are_unique_within_each_measure()
    {
        Assert.All(Catalogue.All, m => Assert.Equal(m.Items.Count, m.Items.Select(i => i.Id).Distinct().Count()));
    }

    [Theory]
    [InlineData(MeasureId.Phq2, MeasureId.Phq9, 3)]
    [InlineData(MeasureId.Gad2, MeasureId.Gad7, 3)]
    [InlineData(MeasureId.AuditC, MeasureId.Audit, 5)]
    public void Brief_screen_is_the_first_items_of_its_full_measure(MeasureId brief, MeasureId full, int followUpAt)
    {
        var briefItems = Catalogue.Get(brief).Items;

        Assert.Equal(Catalogue.Get(full).Items.Take(briefItems.Count), briefItems);
        Assert.Equal(new FollowUp(full, followUpAt), Catalogue.Get(brief).FollowUp);
    }

    [Fact]
    public void Banded_measures_cover_every_possible_total_exactly_once()
    {
        foreach (var measure in Catalogue.All.Where(m => m.Banding is TotalBands))
        {
            var ranges = ((TotalBands)measure.Banding).Ranges;
            for (var total = 0; total <= measure.MaxTotal; total++)
            {
                Assert.Single(ranges, r => r.Contains(total));
            }

            Assert.Equal(measure.MaxTotal, ranges.Max(r => r.To));
        }
    }

    [Theory]
    [InlineData("audit.9")]
    [InlineData("audit.10")]
    public void Audit_harm_and_concern_items_score_only_0_2_or_4(string itemId)
    {
        var item = Catalogue.Get(MeasureId.Audit).Items.Single(i => i.Id == itemId);

        Assert.Equal([0, 2, 4], item.Options.Select(o => o.Value));
    }

    [Fact]
    public void Only_phq9_item_9_carries_a_risk_rule()
    {
        var riskItems = Catalogue
            .All.SelectMany(m => m.Items)
            .Where(i => i.Risk is not null)
            .Select(i => i.Id)
            .Distinct();

        Assert.Equal(["phq9.9"], riskItems);
    }
}
