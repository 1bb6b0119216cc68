using System.Globalization;
using CredChain.Bench.Scale;

// Flat at scale. `index [roots=1000000] [revocations=100000]`: the portal's event index (memory per million roots,
// lookup latency against a small index).
var mode = args.Length > 0 ? args[0] : "index";
switch (mode)
{
    case "index":
        IndexScale.Run(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000);
        break;
    default:
        Console.Error.WriteLine("usage: CredChain.Bench.Scale index [roots] [revocations]");
        return 2;
}

return 0;
