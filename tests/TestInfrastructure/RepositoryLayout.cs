namespace Conferencing.Testing;

/// <summary>Where the repository and the services' build output are, seen from a test's working directory.</summary>
public static class RepositoryLayout
{
    /// <summary>The folder that holds <c>Conferencing.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built dll of a service, in the same configuration as the running tests (Debug or Release).</summary>
    public static string ServiceDll(string service, string assembly)
    {
        var configuration = AppContext.BaseDirectory.Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(Root, "services", service, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {service} first: {dll} is missing.", dll);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conferencing.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Conferencing.slnx not found above " + AppContext.BaseDirectory);
    }
}
