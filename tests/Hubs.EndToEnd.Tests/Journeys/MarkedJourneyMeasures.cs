using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>
/// Questionnaires a clinician gives through the API (each a MeasureCompleted, each a milestone): PCL-5 and ISI at the
/// assessment, and PCL-5, ISI, PHQ-9 and GAD-7 at discharge, so every field of the measure result travels.
/// </summary>
public sealed partial class MarkedJourneys
{
    /// <summary>At the assessment: PCL-5 40 (probable PTSD) and ISI 16 to 19 (moderate insomnia).</summary>
    private async Task AssessmentMeasuresAsync(JourneyClient journey, Staff clinician, int n)
    {
        await MeasureAsync(journey, clinician, "assessment", "pcl5", Items("pcl5", 20, _ => 2));
        await MeasureAsync(journey, clinician, "assessment", "isi", Items("isi", 7, i => i < 2 + (n % 4) ? 3 : 2));
    }

    /// <summary>
    /// At discharge: PCL-5 20 (below the cut-off), ISI 7, PHQ-9 1 + n % 8 and GAD-7 1 + n % 6 (item 9 always 0), each
    /// unlike the last session's scores, so the outcome must take the clinician's.
    /// </summary>
    private async Task DischargeMeasuresAsync(JourneyClient journey, Staff clinician, int n)
    {
        await MeasureAsync(journey, clinician, "discharge", "pcl5", Items("pcl5", 20, _ => 1));
        await MeasureAsync(journey, clinician, "discharge", "isi", Items("isi", 7, _ => 1));
        await MeasureAsync(journey, clinician, "discharge", "phq9", Items("phq9", 9, i => i < 1 + (n % 8) ? 1 : 0));
        await MeasureAsync(journey, clinician, "discharge", "gad7", Items("gad7", 7, i => i < 1 + (n % 6) ? 1 : 0));
    }

    private async Task MeasureAsync(
        JourneyClient journey,
        Staff clinician,
        string occasion,
        string measure,
        Dictionary<string, int> answers
    ) =>
        await WriteAsync(
            journey,
            clinician,
            "measures",
            new
            {
                measure,
                occasion,
                answers,
            }
        );

    private static Dictionary<string, int> Items(string measure, int count, Func<int, int> answer) =>
        Enumerable.Range(0, count).ToDictionary(i => $"{measure}.{i + 1}", answer);
}
