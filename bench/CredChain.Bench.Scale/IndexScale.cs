using System.Diagnostics;
using System.Security.Cryptography;
using CredChain.Core.Hashing;
using CredChain.Ethereum.Events;
using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Verifier.Indexing;
using CredChain.Verifier.Networks;

namespace CredChain.Bench.Scale;

/// <summary>
/// The portal's event index at national scale: <c>roots</c> anchored roots and <c>revocations</c> credential revocations
/// from ten accredited issuers, applied through <see cref="NetworkIndex.Apply"/> (the fold the indexer runs on the events it
/// decodes from the chain) in batches of 20,000 events, as the indexer pages them. Prints the managed memory the index
/// holds per million roots and the latency of the lookup a verification makes, against an index of 1,000 roots.
/// </summary>
internal static class IndexScale
{
    private const int IssuerCount = 10;
    private const int EventsPerBatch = 20_000;
    private const int Lookups = 200_000;

    public static void Run(int roots, int revocations)
    {
        Console.WriteLine($"Portal event index: {roots:N0} roots, {revocations:N0} credential revocations, {IssuerCount} issuers ({Environment.ProcessorCount} cores, load average {LoadAverage()})");
        IndexState? small = Build(Data.Generate(1_000), 100, out _, out _);
        var smallLatency = Measure(small);
        small = null;

        var data = Data.Generate(roots); // the bench's own arrays, allocated before the index is measured
        var before = HeapBytes();
        var clock = Stopwatch.StartNew();
        var large = Build(data, 0, out var anchorsApplied, out _);
        var anchorsTime = clock.Elapsed;
        var afterAnchors = HeapBytes();
        clock.Restart();
        AddRevocations(large, revocations);
        var revocationsTime = clock.Elapsed;
        var afterRevocations = HeapBytes();
        var largeLatency = Measure(large);

        Console.WriteLine($"  roots applied                     : {anchorsApplied,12:N0} in {anchorsTime.TotalSeconds:F1} s ({anchorsApplied / anchorsTime.TotalSeconds:N0}/s)");
        Console.WriteLine($"  revocations applied               : {revocations,12:N0} in {revocationsTime.TotalSeconds:F1} s");
        Console.WriteLine($"  index memory, roots               : {(afterAnchors - before) / 1048576.0,12:N1} MiB = {(afterAnchors - before) / (double)roots,6:N0} bytes per root = {(afterAnchors - before) / 1048576.0 / roots * 1_000_000,6:N0} MiB per million roots");
        Console.WriteLine($"  index memory, revocations         : {(afterRevocations - afterAnchors) / 1048576.0,12:N1} MiB = {(afterRevocations - afterAnchors) / (double)Math.Max(1, revocations),6:N0} bytes per revocation");
        Console.WriteLine($"  lookup (verify), 1,000 roots      : p50 {smallLatency.P50,8:N0} ns, p99 {smallLatency.P99,8:N0} ns");
        Console.WriteLine($"  lookup (verify), {roots,9:N0} roots : p50 {largeLatency.P50,8:N0} ns, p99 {largeLatency.P99,8:N0} ns ({largeLatency.P50 / Math.Max(1, smallLatency.P50):F2}x / {largeLatency.P99 / Math.Max(1, smallLatency.P99):F2}x the small index)");
        GC.KeepAlive(large.Index);
    }

    private static IndexState Build(Data data, int revocations, out int applied, out long lastBlock)
    {
        var roots = data.Roots.Length;
        var network = new TrustedNetwork("scale", "规模", "Scale", 1337, new Uri("http://127.0.0.1:1"), "0x" + new string('1', 40), "0x" + new string('2', 40), 1);
        var index = new NetworkIndex(network);
        var issuers = data.IssuerAccounts;
        var block = 1L;
        var accredited = issuers.Select((issuer, i) => Event(new IssuerAccreditedEventDTO
        {
            Issuer = issuer,
            Institution = (uint)(i + 1),
            NameZh = $"第{i + 1}大学",
            NameEn = $"University {i + 1}",
            Domain = $"u{i + 1}.edu.cn",
            ValidFrom = 0,
        }, block, 0)).ToList();
        index.Apply(Batch(block, block, accredited: accredited));
        block++;

        var (rootHashes, targets, rootIssuers) = (data.Roots, data.Targets, data.Issuers);
        applied = 0;
        while (applied < roots)
        {
            var count = Math.Min(EventsPerBatch, roots - applied);
            var anchored = new List<ChainEvent<RootAnchoredEventDTO>>(count);
            for (var i = 0; i < count; i++, applied++)
            {
                // Every event carries its own copy of the address, as decoding a log produces it.
                var issuer = new string(rootIssuers[applied].AsSpan());
                anchored.Add(Event(new RootAnchoredEventDTO { Root = rootHashes[applied].ToByteArray(), Issuer = issuer, AnchoredAt = 1_700_000_000 + (ulong)block }, block, (ulong)i));
            }

            index.Apply(Batch(block, block, anchored: anchored));
            block++;
        }

        lastBlock = block;
        var state = new IndexState(index, rootHashes, targets, rootIssuers, block);
        AddRevocations(state, revocations);
        return state;
    }

    private static void AddRevocations(IndexState state, int revocations)
    {
        var done = 0;
        var block = state.NextBlock;
        while (done < revocations)
        {
            var count = Math.Min(EventsPerBatch, revocations - done);
            var revoked = new List<ChainEvent<CredentialRevokedEventDTO>>(count);
            for (var i = 0; i < count; i++, done++)
            {
                var n = (int)((long)done * state.Roots.Length / revocations);
                revoked.Add(Event(new CredentialRevokedEventDTO
                {
                    Root = state.Roots[n].ToByteArray(),
                    Issuer = state.Issuers[n],
                    TargetHash = state.Targets[n].ToByteArray(),
                    RevokedBy = state.Issuers[n],
                    Reason = 1,
                    RevokedAt = 1_800_000_000,
                }, block, (ulong)i));
            }

            state.Index.Apply(Batch(block, block, revoked: revoked));
            block++;
        }

        state.NextBlock = block;
    }

    private static (double P50, double P99) Measure(IndexState state)
    {
        var (index, roots, targets, issuers) = (state.Index, state.Roots, state.Targets, state.Issuers);
        var path = new List<Hash32>();
        var samples = new double[Lookups];
        var random = new Random(42);
        // Warm-up so that the lookups run optimised code.
        for (var i = 0; i < 20_000; i++)
        {
            var n = random.Next(roots.Length);
            index.TryAnswer(issuers[n], roots[n], targets[n], path, pathLeadsToRoot: true);
        }

        for (var i = 0; i < Lookups; i++)
        {
            var n = random.Next(roots.Length);
            var issuer = issuers[n];
            var start = Stopwatch.GetTimestamp();
            var answer = index.TryAnswer(issuer, roots[n], targets[n], path, pathLeadsToRoot: true);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            if (answer is not { Anchored: true })
            {
                throw new InvalidOperationException("The index lost a root.");
            }
        }

        Array.Sort(samples);
        return (samples[Lookups / 2], samples[(int)(Lookups * 0.99)]);
    }

    private static long HeapBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static ChainEvent<T> Event<T>(T e, long block, ulong log) => new(e, (ulong)block, "0x" + new string('b', 64), "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), log);

    private static IndexBatch Batch(
        long from,
        long to,
        List<ChainEvent<RootAnchoredEventDTO>>? anchored = null,
        List<ChainEvent<CredentialRevokedEventDTO>>? revoked = null,
        List<ChainEvent<IssuerAccreditedEventDTO>>? accredited = null) => new(
        from,
        to,
        DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + to),
        anchored ?? [],
        revoked ?? [],
        [],
        accredited ?? [],
        [],
        [],
        [],
        new Dictionary<ulong, DateTimeOffset> { [(ulong)to] = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + to) });

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>The roots and targetHashes to anchor, and which of the ten accounts anchors each (shared strings).</summary>
    private sealed record Data(string[] IssuerAccounts, Hash32[] Roots, Hash32[] Targets, string[] Issuers)
    {
        public static Data Generate(int roots)
        {
            var accounts = Enumerable.Range(0, IssuerCount).Select(_ => Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress("0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)))).ToArray();
            var data = new Data(accounts, new Hash32[roots], new Hash32[roots], new string[roots]);
            for (var i = 0; i < roots; i++)
            {
                data.Roots[i] = Hash32.FromBytes(RandomNumberGenerator.GetBytes(32));
                data.Targets[i] = Hash32.FromBytes(RandomNumberGenerator.GetBytes(32));
                data.Issuers[i] = accounts[i % IssuerCount];
            }

            return data;
        }
    }

    private sealed record IndexState(NetworkIndex Index, Hash32[] Roots, Hash32[] Targets, string[] Issuers, long NextBlock)
    {
        public long NextBlock { get; set; } = NextBlock;
    }
}
