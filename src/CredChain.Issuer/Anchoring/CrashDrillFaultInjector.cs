namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Kill-drill hook, registered only when the environment variable <see cref="Variable"/> names a step
/// (<c>before-send</c>, <c>after-send</c>, <c>after-receipt</c>). At that step it prints a marker line to stdout and
/// freezes the worker, so the test can SIGKILL the process exactly there.
/// </summary>
internal sealed class CrashDrillFaultInjector(FaultPoint point) : IFaultInjector
{
    public const string Variable = "CREDCHAIN_FAULT_CRASH_AT";
    public const string Marker = "CREDCHAIN-FAULT-POINT";

    public static FaultPoint? FromEnvironment() => Environment.GetEnvironmentVariable(Variable) switch
    {
        "before-send" => FaultPoint.BeforeSend,
        "after-send" => FaultPoint.AfterSend,
        "after-receipt" => FaultPoint.AfterReceipt,
        null or "" => null,
        var other => throw new InvalidOperationException($"{Variable}='{other}' is not before-send, after-send or after-receipt."),
    };

    public async Task ReachedAsync(FaultPoint reached, Guid batchId, CancellationToken cancellationToken)
    {
        if (reached != point)
        {
            return;
        }

        await Console.Out.WriteLineAsync($"{Marker} {reached} {batchId}");
        await Console.Out.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
