using System.Security.Cryptography;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Relay.Tests.Support;

/// <summary>Random credential batches (target hashes and their tree) for tests that need roots, not documents.</summary>
internal static class Roots
{
    public static (MerkleTree Tree, Hash32[] Targets) NewBatch(int size = 3)
    {
        var targets = Enumerable.Range(0, size).Select(_ => Hash32.FromBytes(RandomNumberGenerator.GetBytes(32))).ToArray();
        return (MerkleTree.Build(targets), targets);
    }
}
