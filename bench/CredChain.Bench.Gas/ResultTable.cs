using System.Globalization;

namespace CredChain.Bench.Gas;

internal static class ResultTable
{
    public static void Write(TextWriter writer, string title, IReadOnlyList<Measurement> rows)
    {
        var width = Math.Max(9, rows.Max(r => r.Operation.Length));
        writer.WriteLine(title);
        writer.WriteLine($"{"operation".PadRight(width)}  {"measured",14}  {"target",14}  result");
        writer.WriteLine(new string('-', width + 42));
        foreach (var row in rows)
        {
            var target = row.Target is { } t ? $"<= {Format(t, row.Unit)}" : "-";
            var result = row.MeetsTarget switch { true => "PASS", false => "FAIL", null => string.Empty };
            writer.WriteLine($"{row.Operation.PadRight(width)}  {Format(row.Value, row.Unit),14}  {target,14}  {result}");
        }

        writer.WriteLine();
    }

    private static string Format(double value, string unit) => unit switch
    {
        "gas" => value.ToString("N0", CultureInfo.InvariantCulture),
        "s" => value.ToString("0.000", CultureInfo.InvariantCulture) + " s",
        _ => value.ToString(CultureInfo.InvariantCulture) + " " + unit,
    };
}
