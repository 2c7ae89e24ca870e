using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Internships.LoadTests.Explain;

/// <summary>An SQL command as EF Core sent it, with its parameters' values.</summary>
internal sealed record CapturedCommand(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters);

/// <summary>
/// Listens to EF Core's diagnostic events and, while recording, keeps each command it executes. Listening this way
/// sees the commands of a context built exactly as the host builds it, with no change to its options.
/// </summary>
internal sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<CapturedCommand> _commands = [];
    private bool _recording;

    public CommandRecorder() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Runs the action and returns the commands it executed.</summary>
    public async Task<IReadOnlyList<CapturedCommand>> RecordAsync(Func<Task> action)
    {
        lock (_commands)
        {
            _commands.Clear();
            _recording = true;
        }

        try
        {
            await action();
        }
        finally
        {
            lock (_commands)
            {
                _recording = false;
            }
        }

        lock (_commands)
        {
            return _commands.ToList();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not CommandEventData data)
        {
            return;
        }

        lock (_commands)
        {
            if (_recording)
            {
                _commands.Add(Capture(data.Command));
            }
        }
    }

    private static CapturedCommand Capture(DbCommand command) =>
        new(command.CommandText, command.Parameters.Cast<DbParameter>()
            .Select(p => new KeyValuePair<string, object?>(p.ParameterName, p.Value))
            .ToList());

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }
}
