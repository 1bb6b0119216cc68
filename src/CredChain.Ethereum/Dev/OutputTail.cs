using System.Text.RegularExpressions;

namespace CredChain.Ethereum.Dev;

/// <summary>Keeps the last lines a child process printed and lets a caller wait for a line matching a pattern.</summary>
internal sealed class OutputTail(int capacity)
{
    private readonly Queue<string> _lines = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<string> Found)> _waiters = [];
    private readonly Lock _gate = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        List<TaskCompletionSource<string>> matched = [];
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }

            foreach (var waiter in _waiters.Where(w => w.Pattern.IsMatch(line)).ToList())
            {
                _waiters.Remove(waiter);
                matched.Add(waiter.Found);
            }
        }

        foreach (var found in matched)
        {
            found.TrySetResult(line);
        }
    }

    public Task<string> WaitForLineAsync(Regex pattern, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var seen = _lines.FirstOrDefault(pattern.IsMatch);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            _waiters.Add((pattern, found));
        }

        return found.Task.WaitAsync(cancellationToken);
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }
}
