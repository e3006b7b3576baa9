using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// A journey's screening answers so far, saved after every page so the person can leave and come back. Kept as a
/// document keyed by a random id (the page address) until screening is recorded on the journey stream.
/// </summary>
public sealed class ScreeningDraft
{
    public Guid Id { get; set; }

    public Guid JourneyId { get; set; }

    /// <summary>Answers by measure name, then item id.</summary>
    public Dictionary<string, Dictionary<string, int>> Answers { get; set; } = [];

    /// <summary>The person asked to answer by phone with a clinician instead.</summary>
    public bool PhoneRequested { get; set; }

    /// <summary>When an answer first raised a risk flag (the crisis page was shown).</summary>
    public DateTimeOffset? RiskRaisedAt { get; set; }

    public ScreeningAnswers ToAnswers() =>
        new(
            ScreeningSource.Online,
            Answers.ToDictionary(p => Enum.Parse<MeasureId>(p.Key), p => (IReadOnlyDictionary<string, int>)p.Value)
        );

    public void Record(MeasureId measure, IReadOnlyDictionary<string, int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var key = measure.ToString();
        if (!Answers.TryGetValue(key, out var given))
        {
            Answers[key] = given = [];
        }

        foreach (var (item, value) in answers)
        {
            given[item] = value;
        }
    }
}
