using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lactation.Content.Index;

/// <summary>
/// Maps the index file into memory on every connection. The index is read far more than written, and a search over
/// a large library touches thousands of pages: read through SQLite's small default page cache, each is a system
/// call; mapped, it is a memory read. The setting lasts for the connection's life, so pooled re-opens cost little.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    private const string Pragmas = "PRAGMA mmap_size = 1073741824;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
