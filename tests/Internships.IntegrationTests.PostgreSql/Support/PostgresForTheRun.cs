using Internships.IntegrationTests.Support;

/// <summary>
/// The PostgreSQL server of this test run, started before any test and stopped and deleted after the last. Outside any
/// namespace: NUnit runs such a set-up fixture once, around every fixture of the assembly.
/// </summary>
[SetUpFixture]
public sealed class PostgresForTheRun
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("The test run's PostgreSQL server has not started.");

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await PostgresServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
