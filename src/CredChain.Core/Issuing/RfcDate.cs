using System.Globalization;

namespace CredChain.Core.Issuing;

/// <summary>Writes dates as RFC 3339 UTC (<c>2026-07-01T00:00:00Z</c>), with a fraction only when there is one.</summary>
internal static class RfcDate
{
    public static string Format(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return utc.Ticks % TimeSpan.TicksPerSecond == 0
            ? utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFF'Z'", CultureInfo.InvariantCulture);
    }
}
