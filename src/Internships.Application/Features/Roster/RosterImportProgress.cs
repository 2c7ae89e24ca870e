using System.Collections.Concurrent;

namespace Internships.Application.Features.Roster;

/// <summary>
/// What the import job on this server is doing right now ("Checking 100,000 users"), for the import's page while it
/// runs. An import is one transaction, so the database shows it Queued until it commits; this is the only way to see
/// it move. It lives in this process only: another server answering the page shows the import Queued, then done.
/// </summary>
public sealed class RosterImportProgress
{
    private const int MaxTracked = 100;

    private readonly ConcurrentDictionary<int, string> _phases = new();

    public void Report(int importId, string phase)
    {
        if (_phases.Count >= MaxTracked && !_phases.ContainsKey(importId))
        {
            // Entries are forgotten when a finished import is read; a server that never shows them keeps a bounded few.
            _phases.Clear();
        }

        _phases[importId] = phase;
    }

    public string? Of(int importId) => _phases.GetValueOrDefault(importId);

    /// <summary>What is happening to an import that is not done yet; for one that is, nothing (and its entry goes).</summary>
    public string? Current(Domain.Roster.RosterImport import)
    {
        if (import.IsDone)
        {
            Forget(import.Id);
            return null;
        }

        return Of(import.Id);
    }

    public void Forget(int importId) => _phases.TryRemove(importId, out _);
}
