using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Credential subjects that exercise the format: nested objects, arrays of scalars, arrays of objects, nested arrays,
/// numbers of every kind (a large exact one included), booleans, null, CJK text, text whose Unicode normalisation
/// forms differ, and member names holding '/', '~' and non-ASCII characters. Shapes vary with <c>n</c> (single-element
/// arrays, missing members) so that the corpus meets every case, e.g. an array that a hand edit would leave empty.
/// </summary>
public static class Subjects
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly double[] Gpas = [3.78, 3.5, 3.92, 2.8, 4];

    private static readonly string[] NamesZh = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞", "徐涛", "孙丽"];
    private static readonly string[] NamesEn = ["Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing", "Yang Lei", "Zhao Min", "Huang Yong", "Zhou Jie", "Wu Xia", "Xu Tao", "Sun Li"];

    /// <summary>The <c>n</c>-th subject of an issuer labelled <paramref name="issuer"/>.</summary>
    public static JsonObject Subject(string issuer, int n)
    {
        var subject = new JsonObject
        {
            ["id"] = $"did:example:{issuer}:{n}",
            ["name"] = new JsonObject { ["zh"] = NamesZh[n % NamesZh.Length], ["en"] = NamesEn[n % NamesEn.Length] },
            ["degree"] = n % 2 == 0 ? "工学学士 Bachelor of Engineering" : "理学硕士 Master of Science",
            ["studentNumber"] = $"2022{n:D4}",
            ["honours"] = n % 3 == 0 ? new JsonArray("优秀毕业生") : new JsonArray("优秀毕业生", "Dean's list", "国家奖学金 National Scholarship"),
            ["courses"] = Courses(n),
            ["scores"] = n % 4 == 1 ? new JsonArray(new JsonArray(90)) : new JsonArray(new JsonArray(90, 85.5), new JsonArray(77, 0), new JsonArray(-3)),
            ["gpa"] = Gpas[n % Gpas.Length],
            ["balance"] = -12.5,
            ["zero"] = 0,
            ["examId"] = 20230000000000000L,
            ["graduated"] = true,
            ["suspended"] = false,
            ["minor"] = null,
            ["unicode"] = new JsonObject
            {
                ["cafe"] = "Café résumé",
                ["angstrom"] = "\u212B Ångström Åbo",
                ["ligature"] = "ﬁnance ﬂow",
                ["fullwidth"] = "ＡＢＣ１２３",
                ["hangul"] = "한국어 학위",
                ["company"] = "㈱信链科技",
                ["decomposed"] = "e\u0301cole",
            },
            ["a/b"] = "a '/' in a member name",
            ["til~de"] = "a '~' in a member name",
            ["名字"] = NamesZh[(n + 3) % NamesZh.Length],
            ["café"] = "a precomposed member name",
            ["ﬁeld"] = "a ligature in a member name",
        };
        if (n % 3 == 2)
        {
            subject["thesis"] = new JsonObject
            {
                ["title"] = new JsonObject { ["zh"] = "区块链上的可验证凭证", ["en"] = "Verifiable credentials on a blockchain" },
                ["advisors"] = new JsonArray(new JsonObject { ["name"] = "王教授", ["chair"] = true }),
                ["pages"] = 128,
            };
        }

        return subject;
    }

    /// <summary>An issuance request (<c>POST /api/v1/credentials</c> body or one NDJSON line).</summary>
    public static string Request(JsonObject subject, string? validFrom = null, string? validUntil = null, params string[] types)
    {
        var request = new JsonObject { ["type"] = new JsonArray([.. (types.Length == 0 ? ["UniversityDegreeCredential"] : types).Select(t => JsonValue.Create(t))]) };
        if (validFrom is not null)
        {
            request["validFrom"] = validFrom;
        }

        if (validUntil is not null)
        {
            request["validUntil"] = validUntil;
        }

        request["credentialSubject"] = subject;
        return request.ToJsonString(Json);
    }

    private static JsonArray Courses(int n)
    {
        var courses = new JsonArray(new JsonObject { ["code"] = "CS101", ["title"] = "算法 Algorithms", ["credits"] = 4, ["grade"] = 3.7 });
        if (n % 4 != 3)
        {
            courses.Add(new JsonObject { ["code"] = "MA201", ["title"] = "线性代数 Linear Algebra", ["credits"] = 3, ["grade"] = 4, ["passed"] = true });
        }

        if (n % 2 == 0)
        {
            courses.Add(new JsonObject { ["code"] = "PH110", ["title"] = "物理 Physics", ["credits"] = 2.5, ["grade"] = 2.25, ["note"] = null });
        }

        return courses;
    }
}
