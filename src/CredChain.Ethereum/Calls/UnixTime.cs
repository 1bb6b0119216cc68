namespace CredChain.Ethereum.Calls;

/// <summary>Conversions between contract timestamps (Unix seconds) and <see cref="DateTimeOffset"/>.</summary>
internal static class UnixTime
{
    public static DateTimeOffset ToDateTime(ulong seconds) => DateTimeOffset.FromUnixTimeSeconds(checked((long)seconds));

    /// <summary>0 is the contracts' "none" (never revoked, open-ended window).</summary>
    public static DateTimeOffset? ToOptionalDateTime(ulong seconds) => seconds == 0 ? null : ToDateTime(seconds);

    public static ulong ToSeconds(DateTimeOffset instant) => checked((ulong)instant.ToUnixTimeSeconds());
}
