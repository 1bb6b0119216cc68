namespace CredChain.Issuer.Batches;

internal static class BatchesSetup
{
    /// <summary>Bulk uploads.</summary>
    public static IServiceCollection AddBatchUploads(this IServiceCollection services) =>
        services.AddSingleton<BatchImporter>().AddScoped<UploadBatchService>();
}
