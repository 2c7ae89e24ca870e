using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Internships.Infrastructure.Search;

/// <summary>
/// Tells the other nodes' search catalogues which postings changed, through PostgreSQL's LISTEN/NOTIFY (docs/adr/0012),
/// so a posting approved on one node is found on another within moments rather than at its next periodic check (which
/// stays, as the fallback for a notification lost with a connection). <see cref="Publish"/> is called after a commit
/// and never waits: the notification goes out on this channel's own connection. The listening half runs on nodes that
/// serve search and hands each change to the local <see cref="OpenPostingsCatalog"/>; notifications this node sent are
/// skipped (it told its own catalogue already). Payload: "node-id|*" (everything) or "node-id|1,2,3".
/// </summary>
internal sealed partial class PostgreSqlCatalogChannel(string connectionString, OpenPostingsCatalog catalog, ILogger<PostgreSqlCatalogChannel> logger)
    : BackgroundService, ICatalogChangeBroadcast
{
    public const string ChannelName = "internships_postings";

    // NOTIFY payloads must stay under 8000 bytes; a longer list becomes "everything".
    private const int MaxPayload = 7000;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly Channel<string> _outgoing = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15 }.ConnectionString);

    /// <summary>Whether search is served here, so the other nodes' changes are listened for.</summary>
    public bool Listen { get; init; } = true;

    public void Publish(IReadOnlyCollection<int> postingIds, bool everything)
    {
        var ids = everything ? "*" : string.Join(',', postingIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        _outgoing.Writer.TryWrite($"{_node}|{(ids.Length > MaxPayload ? "*" : ids)}");
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(SendAsync(stoppingToken), Listen ? ListenAsync(stoppingToken) : Task.CompletedTask);

    public override void Dispose()
    {
        _dataSource.Dispose();
        base.Dispose();
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var payload in _outgoing.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var command = _dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
                    command.Parameters.AddWithValue("channel", ChannelName);
                    command.Parameters.AddWithValue("payload", payload);
                    await command.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    // The other nodes find the change at their next periodic check.
                    LogNotifyFailed(e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var missed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Received(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (missed)
                {
                    // Whatever changed while this node was not listening.
                    catalog.EverythingChanged();
                    LogListeningAgain();
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.IO.IOException)
            {
                if (!missed)
                {
                    LogListenFailed(e.Message, RetryDelay.TotalSeconds);
                }

                missed = true;
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Received(string payload)
    {
        var separator = payload.IndexOf('|');
        if (separator < 0 || payload.AsSpan(0, separator).SequenceEqual(_node))
        {
            return;
        }

        var ids = payload[(separator + 1)..];
        if (ids == "*")
        {
            catalog.EverythingChanged();
            return;
        }

        catalog.PostingsChanged(ids.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
            .Where(id => id > 0));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other nodes which postings changed ({Reason}); they see it at their next check")]
    private partial void LogNotifyFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Not listening for the other nodes' posting changes ({Reason}); trying again every {Seconds} s, and the periodic check still runs")]
    private partial void LogListenFailed(string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the other nodes' posting changes again")]
    private partial void LogListeningAgain();
}

/// <summary>Tells the other nodes what changed in the postings (with PostgreSQL; a single SQLite process has no others).</summary>
internal interface ICatalogChangeBroadcast
{
    void Publish(IReadOnlyCollection<int> postingIds, bool everything);
}
