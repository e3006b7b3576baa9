using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

/// <summary>
/// Walks a screening the way a page does: ask, record the answers under the step's measure, ask again.
/// </summary>
internal sealed class Screen(ScreeningConfiguration configuration, ScreeningSource source = ScreeningSource.Online)
{
    public Screen()
        : this(ScreeningConfiguration.Default) { }

    public ScreeningAnswers Recorded { get; private set; } = ScreeningAnswers.None(source);

    public ScreeningStep Next() => ScreeningPlan.Next(configuration, Recorded);

    public AskQuestions Asked() => Assert.IsType<AskQuestions>(Next());

    public ScreeningComplete Completed() => Assert.IsType<ScreeningComplete>(Next());

    /// <summary>
    /// Answers the step now asked, which must be <paramref name="measure"/> with one value per item, in order.
    /// </summary>
    public Screen Answer(MeasureId measure, params int[] values)
    {
        var asked = Asked();
        Assert.Equal(measure, asked.Measure);
        Assert.Equal(asked.Items.Count, values.Length);
        Recorded = Recorded.Record(measure, asked.Items.Zip(values).ToDictionary(p => p.First.Id, p => p.Second));
        return this;
    }

    /// <summary>PHQ-2, item 9, GAD-2 and AUDIT-C all negative, no risk.</summary>
    public Screen AnswerBriefScreensNegative() =>
        Answer(MeasureId.Phq2, 0, 0)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, 0, 0)
            .Answer(MeasureId.AuditC, 0, 0, 0);
}
