namespace Internships.LoadTests.Generation;

/// <summary>What <c>generate</c> builds. The defaults are the sizes the search target is stated for.</summary>
internal sealed record GenerateOptions
{
    public const string DefaultPassword = "LoadTest!2345";

    public required string DatabasePath { get; init; }

    public int Postings { get; init; } = 10_000;

    public int Students { get; init; } = 100_000;

    public int Applications { get; init; } = 500_000;

    public int Employers { get; init; } = 500;

    public int Schools { get; init; } = 20;

    /// <summary>Student sign-in accounts for the load test: loadtest.student001@example.test and on.</summary>
    public int Accounts { get; init; } = 100;

    public string Password { get; init; } = DefaultPassword;

    /// <summary>
    /// Placements, each from an application of a different student to a closed or filled posting (then Accepted), with
    /// a weekly timesheet from its start to today; and, when there are any, a coordinator account to ask for reports.
    /// </summary>
    public int Placements { get; init; }

    public int Seed { get; init; } = 20261123;

    /// <summary>Replace the database file if it exists.</summary>
    public bool Force { get; init; }

    /// <summary>Keep an existing database that has the current migrations and these sizes; otherwise replace it.</summary>
    public bool Reuse { get; init; }

    public static string AccountEmail(int number) => $"loadtest.student{number:D3}@example.test";

    /// <summary>The coordinator's sign-in, made when there are placements.</summary>
    public const string CoordinatorEmail = "loadtest.coordinator@example.test";
}
