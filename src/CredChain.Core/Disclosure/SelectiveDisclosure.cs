using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;

namespace CredChain.Core.Disclosure;

/// <summary>
/// Hiding fields (selective disclosure), done by the holder without any secret. Hiding a path removes every value at
/// or under it from the document, drops their salts and adds their leaf hashes to <c>hiddenLeaves</c>, so the
/// targetHash, Merkle path and anchor stay valid. An object left empty by hiding is removed from its parent.
/// </summary>
/// <remarks>
/// These are the tool's rules; the format itself is what enforces them on a verifier, whoever edited the file: only
/// <c>credentialSubject</c> has hideable leaves (everything else is the envelope leaf, which a verifier always
/// recomputes), and every array element's leaves commit to its index and its array's length, so removing an element —
/// even the last — or turning an array into an object changes the targetHash. A whole array can be hidden, and so can
/// members of objects inside an array, as long as every element keeps at least one disclosed value; the subject must
/// keep at least one member.
/// </remarks>
public static class SelectiveDisclosure
{
    private const string SubjectPath = "/credentialSubject";

    /// <summary>Returns a copy of <paramref name="document"/> with the values at or under <paramref name="paths"/> hidden.</summary>
    /// <exception cref="DisclosureException">A path is invalid, protected, matches nothing, or would remove an array element.</exception>
    /// <exception cref="CredentialIntegrityException">The document's values and salts do not match (it was tampered with).</exception>
    public static CredentialDocument Hide(CredentialDocument document, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paths);
        var requested = paths.Distinct(StringComparer.Ordinal).ToList();
        CheckPaths(requested);
        var (hiddenNow, hiddenPaths) = LeavesUnder(CredentialHashing.ComputeLeaves(document), requested);
        if (requested.Count == 0)
        {
            return document;
        }

        var root = ToNode(document.Credential);
        var outermost = requested.Where(p => !requested.Any(q => !string.Equals(p, q, StringComparison.Ordinal) && JsonPointer.IsSelfOrDescendant(p, q)));
        foreach (var path in outermost)
        {
            Remove(root, JsonPointer.Parse(path), path);
        }

        var credential = CredentialDocumentReader.ReadCredentialOnly(JsonSerializer.SerializeToUtf8Bytes(root));
        var proof = document.Proof;
        var salts = proof.Salts.RemoveRange(hiddenPaths);
        var hidden = proof.HiddenLeaves.AddRange(hiddenNow).Sort();
        return new CredentialDocument(
            credential,
            new CredentialProof(salts, hidden, proof.TargetHash, proof.MerkleRoot, proof.MerklePath, proof.Anchor));
    }

    /// <summary>Refuses a path that is not a pointer into <c>credentialSubject</c>.</summary>
    private static void CheckPaths(List<string> requested)
    {
        foreach (var path in requested)
        {
            if (path.Length == 0 || !JsonPointer.TryParse(path, out var tokens))
            {
                throw new DisclosureException(DisclosureError.BadPointer, path, "Expected a non-empty JSON Pointer.");
            }

            if (tokens.Length < 2 || !string.Equals(tokens[0], SubjectPath[1..], StringComparison.Ordinal))
            {
                throw new DisclosureException(DisclosureError.PathNotHideable, path, "Only fields inside credentialSubject can be hidden; the rest of the credential is always shown.");
            }
        }
    }

    /// <summary>The hashes and pointers of the disclosed leaves at or under the requested paths; each path must match one.</summary>
    private static (List<Hash32> Hashes, HashSet<string> Paths) LeavesUnder(ImmutableArray<CredentialLeaf> leaves, List<string> requested)
    {
        var hashes = new List<Hash32>();
        var hiddenPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in requested)
        {
            var matched = false;
            foreach (var leaf in leaves)
            {
                if (JsonPointer.IsSelfOrDescendant(leaf.Path, path))
                {
                    matched = true;
                    if (hiddenPaths.Add(leaf.Path))
                    {
                        hashes.Add(leaf.Hash);
                    }
                }
            }

            if (!matched)
            {
                throw new DisclosureException(DisclosureError.PathNotFound, path, "No disclosed value lies at or under this path.");
            }
        }

        return (hashes, hiddenPaths);
    }

    private static JsonObject ToNode(Credential credential)
    {
        var root = new JsonObject();
        foreach (var member in credential.Members)
        {
            root.Add(member.Name, JsonNode.Parse(member.Value.GetRawText()));
        }

        return root;
    }

    private static void Remove(JsonObject root, ImmutableArray<string> tokens, string path)
    {
        // Walk down, remembering the chain of containers so emptied objects can be pruned on the way back up.
        var chain = new List<JsonNode> { root };
        JsonNode current = root;
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            current = Child(current, tokens[i]) ?? throw new DisclosureException(DisclosureError.PathNotFound, path, "No value lies at this path.");
            chain.Add(current);
        }

        for (var depth = tokens.Length - 1; depth >= 0; depth--)
        {
            var parent = chain[depth];
            if (parent is JsonArray)
            {
                throw new DisclosureException(DisclosureError.WouldRemoveArrayElement, path, "Array elements cannot be hidden one by one; hide the whole array or members inside the element.");
            }

            var parentObject = (JsonObject)parent;
            parentObject.Remove(tokens[depth]);
            if (parentObject.Count > 0 || depth == 0)
            {
                return;
            }

            if (depth == 1 && string.Equals(tokens[0], SubjectPath[1..], StringComparison.Ordinal))
            {
                throw new DisclosureException(DisclosureError.WouldEmptySubject, path, "The credential subject must keep at least one field.");
            }
        }
    }

    private static JsonNode? Child(JsonNode node, string token) => node switch
    {
        JsonObject obj => obj[token],
        JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
        _ => null,
    };
}
