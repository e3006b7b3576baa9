using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>
/// Kubernetes label selector semantics: matchLabels and matchExpressions; an empty selector matches all.
/// </summary>
internal static class Selector
{
    public static bool Matches(Dictionary<string, object?>? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null)
        {
            return true;
        }

        if (selector.Strings("matchLabels").Any(p => !labels.TryGetValue(p.Key, out var v) || v != p.Value))
        {
            return false;
        }

        return selector
            .Maps("matchExpressions")
            .All(e =>
            {
                var key = e.Str("key") ?? string.Empty;
                var values = e.Seq("values").OfType<string>().ToList();
                var has = labels.TryGetValue(key, out var value);
                return e.Str("operator") switch
                {
                    "In" => has && values.Contains(value!),
                    "NotIn" => !has || !values.Contains(value!),
                    "Exists" => has,
                    "DoesNotExist" => !has,
                    var op => throw new InvalidOperationException($"Unknown selector operator {op}"),
                };
            });
    }
}
