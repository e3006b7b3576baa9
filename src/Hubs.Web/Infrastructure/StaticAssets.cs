namespace Hubs.Web.Infrastructure;

/// <summary>The static files the pages use: CSS, scripts and images, which hold nothing about a person.</summary>
public static class StaticAssets
{
    private static readonly PathString[] Roots = ["/lib", "/css", "/js", "/assets"];

    public static bool IsStatic(PathString path) => Roots.Any(root => path.StartsWithSegments(root));
}
