using System.Globalization;
using CredChain.Bench.Scale;

// Flat at scale.
//   index [roots=1000000] [revocations=100000]   the portal's event index: memory per million roots, lookup latency
//   store [batches=20] [perBatch=500000] [postgres connection string]
//                                                the issuing service's store: issue, GET with proof and revoke latencies
//                                                on a small store and after batches × perBatch credentials
var mode = args.Length > 0 ? args[0] : "index";
switch (mode)
{
    case "index":
        IndexScale.Run(Arg(1, 1_000_000), Arg(2, 100_000));
        break;
    case "store":
        await StoreScale.RunAsync(Arg(1, 20), Arg(2, 500_000), args.Length > 3 ? args[3] : null);
        break;
    default:
        Console.Error.WriteLine("usage: CredChain.Bench.Scale index [roots] [revocations] | store [batches] [perBatch] [postgres]");
        return 2;
}

return 0;

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
