namespace Hubs.Web.Features.Hubs.ChangingSettings;

/// <summary>A Hub's timescale as a keyworker reads it: "1 working day", "5 working days".</summary>
public static class WorkingDays
{
    public static string Words(int days) => days == 1 ? "1 working day" : $"{days} working days";
}
