using System.Reflection;
using Hubs.Architecture.Tests.Slices;
using Mono.Cecil;

namespace Hubs.Architecture.Tests.Wording;

/// <summary>
/// What a page says is in one place per audience: <c>Features/Wording/Keyworker</c>, <c>Clinic</c> (clinicians and
/// Hub leads), <c>PeerSupport</c> (peer supporters and group facilitators), and <c>Wording</c> itself for words both
/// sides read. A display-wording class is a static class named <c>…Words</c> or one holding a fixed list of choices
/// (labels a form offers). The folder words codes (<c>Features/Codes</c>) and so uses only the codes, the kernel,
/// the shared page parts and the questionnaire catalogue: every feature can use it, and it uses no feature back.
/// </summary>
public sealed class AudienceWordingTests
{
    private const string Place = "Hubs.Web.Features.Wording";
    private static readonly string WebAssembly = Assembly.Load("Hubs.Web").Location;

    [Fact]
    public void Display_wording_lives_in_the_audience_folders()
    {
        using var module = ModuleDefinition.ReadModule(WebAssembly);

        var astray = module
            .Types.Where(IsDisplayWording)
            .Where(t => t.Namespace != Place && !t.Namespace.StartsWith(Place + ".", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            astray.Count == 0,
            $"{astray.Count} display-wording class(es) outside Features/Wording:\n  " + string.Join("\n  ", astray)
        );
    }

    [Fact]
    public void The_wording_uses_only_the_codes_the_kernel_the_page_parts_and_the_catalogue()
    {
        var graph = SliceGraph.Of(WebAssembly);
        string[] allowed = ["Codes", "Kernel", "Shared", "Questionnaires"];

        var wording = graph.UsedBy("Wording").Except(allowed).Select(to => graph.Example("Wording", to));
        var codes = graph.UsedBy("Codes").Select(to => graph.Example("Codes", to));

        Assert.Empty(wording.Concat(codes));
    }

    private static bool IsDisplayWording(TypeDefinition type) =>
        type is { IsClass: true, IsAbstract: true, IsSealed: true }
        && !type.Name.StartsWith('<')
        && (type.Name.EndsWith("Words", StringComparison.Ordinal) || HoldsChoices(type));

    /// <summary>A static field or property holding choices: labels fixed in code, not read from data.</summary>
    private static bool HoldsChoices(TypeDefinition type) =>
        type.Fields.Where(f => f.IsStatic).Select(f => f.FieldType)
            .Concat(type.Properties.Where(p => p.GetMethod?.IsStatic == true).Select(p => p.PropertyType))
            .Any(IsChoices);

    private static bool IsChoices(TypeReference type) =>
        type switch
        {
            GenericInstanceType generic => generic.GenericArguments.Any(IsChoices),
            TypeSpecification specification => IsChoices(specification.ElementType),
            _ => type.FullName == "Hubs.Web.Features.Shared.Choice",
        };
}
