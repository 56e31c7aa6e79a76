using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Lactation.Content.Index;

/// <summary>
/// Microsoft.Data.Sqlite 10 is compiled against SQLitePCLRaw 2.1.13, which this package registry lacks; we ship
/// 2.0.6 (see Directory.Packages.props), whose API it uses is unchanged. The runtime refuses a lower assembly
/// version on its own, so when it asks for SQLitePCLRaw.* we hand it the one we ship.
/// </summary>
internal static class SqliteBinding
{
    // CA2255: a module initializer is the only hook that runs before any SQLite type loads, in the app and in tests alike.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        AssemblyLoadContext.Default.Resolving += ResolveShippedSqlitePcl;
        SQLitePCL.Batteries_V2.Init();
    }

    private static Assembly? ResolveShippedSqlitePcl(AssemblyLoadContext context, AssemblyName requested)
    {
        if (requested.Name is not { } name || !name.StartsWith("SQLitePCLRaw.", StringComparison.Ordinal))
        {
            return null;
        }

        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name);
        if (loaded is not null)
        {
            return loaded;
        }

        var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
