using System.Globalization;
using CredChain.Bench.Scale;

// Flat at scale.
//   index [roots=1000000] [revocations=100000]   the portal's event index: memory per million roots, lookup latency
//   store [batches=20] [perBatch=500000] [postgres|connection string] [keep]
//                                                the issuing service's store: issue, GET with proof and revoke latencies
//                                                on a small store and after batches × perBatch credentials, measured
//                                                right after the load and again once it has settled (PostgreSQL: autovacuum;
//                                                SQLite: the service's background checkpoint of its log);
//                                                'keep' leaves the database for store-remeasure instead of dropping it
//   store-remeasure <database> [postgres|connection string] [drop]
//                                                measures a kept PostgreSQL store again (now and once settled)
// 'postgres' stands for the server in CREDCHAIN_TEST_POSTGRES.
var mode = args.Length > 0 ? args[0] : "index";
switch (mode)
{
    case "index":
        IndexScale.Run(Arg(1, 1_000_000), Arg(2, 100_000));
        break;
    case "store":
        await StoreScale.RunAsync(Arg(1, 20), Arg(2, 500_000), ScaleDatabase.Server(args.ElementAtOrDefault(3)), args.ElementAtOrDefault(4) == "keep");
        break;
    case "store-remeasure" when args.Length > 1:
        await StoreScale.RemeasureAsync(args[1], ScaleDatabase.Server(args.ElementAtOrDefault(2) ?? "postgres")!, args.ElementAtOrDefault(3) == "drop");
        break;
    default:
        Console.Error.WriteLine("usage: CredChain.Bench.Scale index [roots] [revocations] | store [batches] [perBatch] [postgres [keep]] | store-remeasure <database> [postgres] [drop]");
        return 2;
}

return 0;

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
