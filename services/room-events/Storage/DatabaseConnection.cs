namespace Conferencing.RoomEvents.Storage;

/// <summary>The database of <c>ConnectionStrings:RoomEvents</c> and which kind it is, read once per process.</summary>
public sealed record DatabaseConnection(string ConnectionString, DatabaseProvider Provider)
{
    public static DatabaseConnection From(IConfiguration configuration)
    {
        var connectionString = StorageExtensions.ConnectionString(configuration);
        return new DatabaseConnection(connectionString, StorageExtensions.ProviderFor(connectionString));
    }
}
