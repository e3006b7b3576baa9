using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class AnswerValidationTests
{
    [Theory]
    [InlineData(MeasureId.Phq9, "phq9.4", 4)]
    [InlineData(MeasureId.Phq9, "phq9.9", -1)]
    [InlineData(MeasureId.Gad7, "gad7.7", 4)]
    [InlineData(MeasureId.Audit, "audit.9", 1)]
    [InlineData(MeasureId.Audit, "audit.10", 3)]
    [InlineData(MeasureId.Audit, "audit.1", 5)]
    [InlineData(MeasureId.Pcl5, "pcl5.20", 5)]
    [InlineData(MeasureId.Itq, "itq.c9", 5)]
    [InlineData(MeasureId.Isi, "isi.4", 5)]
    [InlineData(MeasureId.Wsas, "wsas.5", 9)]
    public void A_value_the_item_does_not_allow_is_rejected_naming_the_item(MeasureId measure, string itemId, int value)
    {
        var answers = Answers.Totalling(measure, 0);
        answers[itemId] = value;

        var problem = Assert.Single(Answers.Rejected(measure, answers).Problems);

        Assert.Equal(
            new
            {
                Kind = ProblemKind.ValueNotAllowed,
                ItemId = (string?)itemId,
                Measure = measure,
            },
            new
            {
                problem.Kind,
                problem.ItemId,
                problem.Measure,
            }
        );
        Assert.Contains(itemId, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeasureId.Phq9, "phq9.5")]
    [InlineData(MeasureId.Phq9, "phq9.9")]
    [InlineData(MeasureId.Audit, "audit.10")]
    [InlineData(MeasureId.Itq, "itq.p7")]
    public void A_missing_answer_is_rejected_naming_the_item(MeasureId measure, string itemId)
    {
        var answers = Answers.Totalling(measure, 0);
        answers.Remove(itemId);

        var problem = Assert.Single(Answers.Rejected(measure, answers).Problems);

        Assert.Equal(ProblemKind.MissingAnswer, problem.Kind);
        Assert.Equal(itemId, problem.ItemId);
        Assert.Contains(itemId, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeasureId.Phq9, "phq9.10")]
    [InlineData(MeasureId.Phq9, "gad7.1")]
    [InlineData(MeasureId.Phq2, "phq9.3")]
    [InlineData(MeasureId.AuditC, "audit.4")]
    public void An_answer_to_an_item_the_measure_does_not_have_is_rejected(MeasureId measure, string itemId)
    {
        var answers = Answers.Totalling(measure, 0);
        answers[itemId] = 0;

        var problem = Assert.Single(Answers.Rejected(measure, answers).Problems);

        Assert.Equal(ProblemKind.UnexpectedItem, problem.Kind);
        Assert.Equal(itemId, problem.ItemId);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var answers = Answers.Totalling(MeasureId.Gad7, 0);
        answers.Remove("gad7.2");
        answers["gad7.3"] = 7;
        answers["gad7.8"] = 1;

        var error = Answers.Rejected(MeasureId.Gad7, answers);

        Assert.Equal(MeasureId.Gad7, error.Measure);
        Assert.Equal(
            [
                (ProblemKind.UnexpectedItem, "gad7.8"),
                (ProblemKind.ValueNotAllowed, "gad7.3"),
                (ProblemKind.MissingAnswer, "gad7.2"),
            ],
            error.Problems.Select(p => (p.Kind, p.ItemId))
        );
    }

    [Fact]
    public void No_answers_at_all_names_every_item_as_missing()
    {
        var error = Answers.Rejected(MeasureId.Phq9, new Dictionary<string, int>());

        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"phq9.{i}"), error.Problems.Select(p => p.ItemId));
        Assert.All(error.Problems, p => Assert.Equal(ProblemKind.MissingAnswer, p.Kind));
    }
}
