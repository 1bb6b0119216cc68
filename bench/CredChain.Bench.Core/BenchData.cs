using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;

namespace CredChain.Bench.Core;

/// <summary>A typical certificate: about 15 subject fields in Chinese and Latin text.</summary>
internal static class BenchData
{
    public const long ChainId = 31337;
    public const string Registry = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    public static readonly IssuerRef Issuer = IssuerRef.ForAccount(ChainId, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "清华大学 Tsinghua University");

    public static readonly DateTimeOffset IssuedAt = new(2026, 7, 1, 8, 30, 0, TimeSpan.Zero);

    public static readonly JsonElement Subject = JsonElement.Parse("""
        {
          "id": "did:example:graduate-2022010123",
          "name": "张伟",
          "nameEn": "Zhang Wei",
          "studentNumber": "2022010123",
          "dateOfBirth": "2004-03-17",
          "degree": {
            "type": "BachelorDegree",
            "name": "工学学士",
            "nameEn": "Bachelor of Engineering",
            "major": "计算机科学与技术",
            "majorEn": "Computer Science and Technology"
          },
          "faculty": "计算机科学与技术系 Department of Computer Science and Technology",
          "admissionDate": "2022-09-01",
          "graduationDate": "2026-06-30",
          "gpa": 3.78,
          "creditsEarned": 162,
          "honours": ["优秀毕业生", "Dean's List"]
        }
        """);

    public static CredentialDraft Draft => new(Issuer, ["UniversityDegreeCredential"], Subject, IssuedAt, IssuedAt.AddYears(50));

    public static CredentialFactory Factory() => new(new FixedTime(IssuedAt), RandomNumberGenerator.Create());

    public static Hash32[] RandomHashes(int count)
    {
        var bytes = new byte[count * Hash32.Size];
        new Random(42).NextBytes(bytes);
        var hashes = new Hash32[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = Hash32.FromBytes(bytes.AsSpan(i * Hash32.Size, Hash32.Size));
        }

        return hashes;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
