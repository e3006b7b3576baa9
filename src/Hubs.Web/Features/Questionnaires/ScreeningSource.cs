namespace Hubs.Web.Features.Questionnaires;

/// <summary>How a screening was taken. Recorded only: a clinician on the phone follows the same plan.</summary>
public enum ScreeningSource
{
    Online,
    Phone,
}
