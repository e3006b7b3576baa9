using System.Text.Json;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class ScreeningResumeTests
{
    private static readonly ScreeningConfiguration WithExtras = new(
        [MeasureId.Isi, MeasureId.Wsas],
        ScoringOptions.Default
    );

    [Fact]
    public void Resuming_from_saved_answers_at_any_point_gives_the_same_next_step()
    {
        var screen = new Screen(WithExtras, ScreeningSource.Phone);
        int[][] steps =
        [
            [2, 1],
            [1],
            [2, 2],
            [2, 2, 2],
            [1, 1, 1, 1, 1, 1],
            [0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, 0, 0],
            [1, 1, 1, 1, 1, 1, 1],
            [2, 2, 2, 2, 2],
        ];

        foreach (var values in steps)
        {
            AssertSameStep(screen.Next(), ScreeningPlan.Next(WithExtras, SavedAndLoaded(screen.Recorded)));
            screen.Answer(screen.Asked().Measure, values);
        }

        var resumed = Assert.IsType<ScreeningComplete>(ScreeningPlan.Next(WithExtras, SavedAndLoaded(screen.Recorded)));
        Assert.Equal(screen.Completed().Results, resumed.Results);
        Assert.Equal((ScreeningSource.Phone, RiskLevel.Flag), (resumed.Source, resumed.Risk));
    }

    [Fact]
    public void A_step_saved_half_way_asks_only_its_unanswered_items()
    {
        var screen = new Screen().Answer(MeasureId.Phq2, 0, 0).Answer(MeasureId.Phq9, 0).Answer(MeasureId.Gad2, 2, 2);
        var partial = screen.Recorded.Record(MeasureId.AuditC, new Dictionary<string, int> { ["audit.2"] = 3 });

        var asked = Assert.IsType<AskQuestions>(ScreeningPlan.Next(ScreeningConfiguration.Default, partial));

        Assert.Equal(MeasureId.AuditC, asked.Measure);
        Assert.Equal(["audit.1", "audit.3"], asked.Items.Select(i => i.Id));
        Assert.Equal(new ScreeningProgress(3, 5), asked.Progress);
    }

    [Fact]
    public void Asking_again_without_new_answers_repeats_the_question()
    {
        var screen = new Screen().Answer(MeasureId.Phq2, 3, 0);

        AssertSameStep(screen.Next(), screen.Next());
    }

    private static ScreeningAnswers SavedAndLoaded(ScreeningAnswers answers)
    {
        var json = JsonSerializer.Serialize(answers.ByMeasure.ToDictionary(p => p.Key, p => p.Value.ToDictionary()));
        var loaded = JsonSerializer.Deserialize<Dictionary<MeasureId, Dictionary<string, int>>>(json)!;
        return new(answers.Source, loaded.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value));
    }

    private static void AssertSameStep(ScreeningStep expected, ScreeningStep actual)
    {
        var e = Assert.IsType<AskQuestions>(expected);
        var a = Assert.IsType<AskQuestions>(actual);
        Assert.Equal((e.Measure, e.Progress, e.RiskSoFar), (a.Measure, a.Progress, a.RiskSoFar));
        Assert.Equal(e.Items.Select(i => i.Id), a.Items.Select(i => i.Id));
    }
}
