namespace Hubs.Contracts;

/// <summary>Marker for locating every contract type (tests check all of them for personal data).</summary>
public static class ContractsAssembly
{
    public static System.Reflection.Assembly Assembly => typeof(ContractsAssembly).Assembly;
}
