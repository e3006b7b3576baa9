using System.Globalization;

namespace Hubs.Insights.Pages.Shared;

/// <summary>
/// Row labels for people to read: category codes ("social-care") as words ("Social care"); months and totals as they
/// are.
/// </summary>
public static class GroupNames
{
    public static string Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length == 0 || char.IsDigit(label[0]) || !label.Contains('-', StringComparison.Ordinal) && char.IsUpper(label[0]))
        {
            return label;
        }

        var words = label.Replace('-', ' ');
        return char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
