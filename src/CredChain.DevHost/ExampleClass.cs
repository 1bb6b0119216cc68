namespace CredChain.DevHost;

/// <summary>A small graduating class in the issuing service's CSV mapping, written once under the data folder to try <c>credchain issue</c> with.</summary>
internal static class ExampleClass
{
    public const string Csv = """
        type,id,name.zh,name.en,degree.zh,degree.en,major.zh,major.en,studentNumber,graduationYear:number,validFrom
        BachelorDegreeCredential,urn:credchain:demo:student:2026001,张伟,Zhang Wei,工学学士,Bachelor of Engineering,计算机科学与技术,Computer Science and Technology,2026001,2026,2026-06-30T00:00:00Z
        BachelorDegreeCredential,urn:credchain:demo:student:2026002,王芳,Wang Fang,理学学士,Bachelor of Science,数学与应用数学,Mathematics and Applied Mathematics,2026002,2026,2026-06-30T00:00:00Z
        BachelorDegreeCredential,urn:credchain:demo:student:2026003,李娜,Li Na,文学学士,Bachelor of Arts,汉语言文学,Chinese Language and Literature,2026003,2026,2026-06-30T00:00:00Z

        """;

    public static void WriteOnce(string path)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Csv);
        }
    }
}
