using System.Reflection;
using System.Text.RegularExpressions;
using Hubs.Testing;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// One place of words per audience (ClinicWords, KeyworkerWords): each code they map has words of its own for
/// every value, and no page spells a code out itself (a switch with words in it, or an enum's name lower-cased).
/// </summary>
public partial class WordingTests
{
    public static TheoryData<string> Mappings() => [.. All().Keys];

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Every_value_of_the_code_has_words_of_its_own(string mapping)
    {
        var method = All()[mapping];
        var values = Enum.GetValues(method.GetParameters()[0].ParameterType).Cast<object>();

        var words = values.Select(value => (string)method.Invoke(null, [value])!).ToList();

        Assert.All(words, w => Assert.False(string.IsNullOrWhiteSpace(w)));
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
    }

    public static TheoryData<string> ChoiceLists() => [.. AllChoices().Keys];

    [Theory]
    [MemberData(nameof(ChoiceLists))]
    public void Every_choice_offered_has_words_of_its_own(string list)
    {
        var choices = AllChoices()[list];

        Assert.NotEmpty(choices);
        Assert.All(choices, c => Assert.False(string.IsNullOrWhiteSpace(c.Text)));
        Assert.Equal(choices.Count, choices.Select(c => c.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(choices.Count, choices.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_referral_answer_is_offered_in_its_own_words()
    {
        Assert.Equal(Enum.GetValues<StaffGroup>().Length, KeyworkerWords.Choices<StaffGroup>().Count);
        Assert.Equal("Nursing or midwifery", KeyworkerWords.OfAnswer(StaffGroup.Nursing));
        Assert.Equal("", KeyworkerWords.OfAnswer(null));
        Assert.Equal(["reschedule", "cancel"], KeyworkerWords.ChangeChoices.Select(c => c.Value));
    }

    [Fact]
    public void No_page_spells_out_a_code_itself()
    {
        var obj = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
        var pages = Directory
            .EnumerateFiles(RepositoryRoot.Combine("src", "Hubs.Web"), "*.cshtml", SearchOption.AllDirectories)
            .Where(p => !p.Contains(obj, StringComparison.Ordinal));

        var spelled = pages
            .SelectMany(page => File.ReadLines(page).Select((line, at) => (page, at, line)))
            .Where(l =>
                WordsInSwitch().IsMatch(l.line) || l.line.Contains(".ToString().ToLower", StringComparison.Ordinal)
            )
            .Select(l => $"{Path.GetFileName(l.page)}:{l.at + 1}")
            .ToList();

        Assert.True(spelled.Count == 0, "Codes spelled out on pages: " + string.Join(", ", spelled));
    }

    /// <summary>Each public mapping of an enum to words, by name ("ClinicWords.Of(JourneyStatus)").</summary>
    private static Dictionary<string, MethodInfo> All() =>
        new[] { typeof(ClinicWords), typeof(KeyworkerWords) }
            .SelectMany(words => words.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType.IsEnum: true }])
            .ToDictionary(m => $"{m.DeclaringType!.Name}.{m.Name}({m.GetParameters()[0].ParameterType.Name})");

    /// <summary>Each public list of choices offered to the keyworker, by name ("KeyworkerWords.Channels").</summary>
    private static Dictionary<string, IReadOnlyList<Choice>> AllChoices() =>
        typeof(KeyworkerWords)
            .GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Select(m =>
                (
                    m.Name,
                    Value: m switch
                    {
                        FieldInfo f => f.GetValue(null),
                        PropertyInfo p => p.GetValue(null),
                        _ => null,
                    }
                )
            )
            .Where(m => m.Value is IReadOnlyList<Choice>)
            .ToDictionary(m => $"KeyworkerWords.{m.Name}", m => (IReadOnlyList<Choice>)m.Value!);

    [GeneratedRegex("""switch\s*\{[^}]*=>\s*"[A-Za-z]""")]
    private static partial Regex WordsInSwitch();
}
