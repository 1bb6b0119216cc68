using System.Diagnostics;
using System.Globalization;
using CredChain.Bench.Certificates;
using CredChain.Core.Sharing;
using CredChain.Issuer.Certificates;
using Microsoft.Extensions.Options;

// Renders a cohort of certificate PDFs (default 10,000) with the issuing service's renderer and template, into a ZIP
// exactly as GET /api/v1/batches/{id}/pdf writes it (one thread, as the endpoint does), then again with one renderer
// per core. Prints PDFs/s, bytes per PDF, CPU time and the load average. Target: >= 200 PDFs/s on the one-thread run.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var renderer = new CertificateRenderer(Options.Create(new CertificateOptions
{
    WordingZh = "经示范大学学位评定委员会审议通过",
    WordingEn = "Conferred by the Degree Committee of CredChain Demo University",
}));
var contents = Enumerable.Range(0, count).Select(Cohort.Content).ToList();
var sample = Path.Combine(Path.GetTempPath(), "credchain-certificate-sample.pdf");
File.WriteAllBytes(sample, renderer.Render(contents[0])); // fonts parsed once, code paths compiled; a sample to look at

Console.WriteLine($"CredChain.Bench.Certificates: {count:N0} certificates, {Environment.ProcessorCount} cores, load average {Cohort.LoadAverage()}; sample: {sample}");
RenderAll(contents.Take(Math.Min(count, 300)).ToList()); // warm-up: tiered compilation settles
Measure("one thread, PDFs only (the single-certificate endpoint)", () => RenderAll(contents));
Measure($"batch ZIP as GET /api/v1/batches/{{id}}/pdf writes it ({Environment.ProcessorCount} rendering ahead)", () =>
{
    var counting = new CountingStream();
    new CertificateZipWriter(renderer).WriteAsync(contents.ToAsyncEnumerable(), counting, null, CancellationToken.None).GetAwaiter().GetResult();
    return counting.Written;
});
Console.WriteLine($"load average after: {Cohort.LoadAverage()}");

long RenderAll(List<CertificateContent> items) => items.Sum(c => (long)renderer.Render(c).Length);

void Measure(string name, Func<long> run)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var bytes = run();
    clock.Stop();
    var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {count:N0} PDFs in {clock.Elapsed.TotalSeconds:F2} s = {count / clock.Elapsed.TotalSeconds:F0} PDFs/s; {bytes / count / 1024.0:F1} KiB per PDF; CPU {cpuUsed.TotalMilliseconds / count:F2} ms per PDF"));
}

internal static class Cohort
{
    private static readonly string[] NamesZh = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞"];
    private static readonly string[] NamesEn = ["Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing", "Yang Lei", "Zhao Min", "Huang Yong", "Zhou Jie", "Wu Xia"];
    private static readonly (string Zh, string En)[] Majors = [("计算机科学与技术", "Computer Science and Technology"), ("数学与应用数学", "Mathematics and Applied Mathematics"), ("汉语言文学", "Chinese Language and Literature")];

    public static CertificateContent Content(int n)
    {
        var code = ShareCode.Generate();
        return new CertificateContent(
            ("示范大学", "CredChain Demo University"),
            (NamesZh[n % NamesZh.Length], NamesEn[n % NamesEn.Length]),
            [("工学学士", "Bachelor of Engineering"), Majors[n % Majors.Length]],
            new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero),
            null,
            Guid.CreateVersion7(),
            new Uri("https://verify.example.edu.cn/s#" + code),
            code);
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
