using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Storage;

/// <summary>Section <c>Storage</c>: which database and where.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>ADO.NET connection string; the SQLite default is a file under <c>./data/</c>.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=./data/issuer.db";

    /// <summary>Apply pending migrations at start.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
