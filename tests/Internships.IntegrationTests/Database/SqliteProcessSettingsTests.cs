#if !POSTGRESQL
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// A SQLite host turns SQLite's allocation counting off for its process before its first connection
/// (SqliteProcessSettings): the counting's one lock was contended by every statement parsed under load.
/// </summary>
public sealed class SqliteProcessSettingsTests
{
    [Test]
    public async Task Sqlite_counts_none_of_its_allocations_in_a_host_that_has_read_the_database()
    {
        var postings = await TestHost.District.Coordinator.GetJsonAsync("/api/postings?status=Open&pageSize=5");
        Assert.That(postings["items"], Is.Not.Null);

        // Counted, this is the memory SQLite holds for the host's open connections: megabytes.
        Assert.That(SQLitePCL.raw.sqlite3_memory_used(), Is.Zero);
    }
}
#endif
