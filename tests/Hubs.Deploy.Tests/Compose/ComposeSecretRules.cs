using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>Secrets come from .env (documented, blank, in .env.example), never from compose.yaml.</summary>
internal static partial class ComposeSecretRules
{
    public static IEnumerable<string> Violations(
        ComposeFile compose,
        string composeText,
        IReadOnlyDictionary<string, string> envExample
    )
    {
        var interpolated = ComposeFile.InterpolatedVariables(composeText).ToHashSet();
        var declaredSecrets = compose.Document.Map("secrets") ?? [];
        foreach (var (name, secret) in declaredSecrets)
        {
            if (secret.Str("environment") is { } variable)
            {
                interpolated.Add(variable);
            }
            else
            {
                yield return $"secret {name}: take it from an .env variable "
                    + "(environment:), not a file that could be committed";
            }
        }

        foreach (var missing in interpolated.Where(v => !envExample.ContainsKey(v)))
        {
            yield return $"{missing} is used by compose.yaml but not documented in .env.example";
        }

        foreach (var unused in envExample.Keys.Where(v => !interpolated.Contains(v)))
        {
            yield return $"{unused} is in .env.example but compose.yaml never uses it";
        }

        foreach (var (variable, value) in envExample.Where(p => Secrets.IsSecret(p.Key) && p.Value.Length > 0))
        {
            yield return $".env.example gives {variable} a value; secrets must be left blank";
        }

        foreach (var (name, service) in compose.Services)
        {
            foreach (var used in service.Seq("secrets").Select(s => s as string ?? s.Str("source")))
            {
                if (used is null || !declaredSecrets.ContainsKey(used))
                {
                    yield return $"{name}: secret {used} is not declared";
                }
            }

            foreach (var (variable, value) in ComposeFile.Environment(service).Where(p => Secrets.IsSecret(p.Key)))
            {
                if (
                    !Literal().Replace(value, string.Empty).Contains("${", StringComparison.Ordinal)
                    || PasswordLiteral().IsMatch(value)
                )
                {
                    yield return $"{name}: {variable} holds a literal secret; take it from .env";
                }
            }
        }
    }

    public static Dictionary<string, string> ParseEnvFile(string path) =>
        File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : string.Empty);

    [GeneratedRegex(@"\$\$")]
    private static partial Regex Literal();

    /// <summary>A password written out in a connection string or URI instead of interpolated.</summary>
    [GeneratedRegex(@"(?i)(password=(?!\$\{)[^;]+|//[^:/@]+:(?!\$\{)[^@]+@)")]
    private static partial Regex PasswordLiteral();
}
