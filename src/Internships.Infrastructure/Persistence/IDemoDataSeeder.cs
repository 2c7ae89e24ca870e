namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Fills an empty database with a demo district. Implemented by the development-only Internships.DemoData project and
/// registered only by builds that carry it (Debug builds of the web host, the tests): a production build has none, so
/// it never seeds, whatever <see cref="DatabaseOptions.SeedDemoData"/> says.
/// </summary>
public interface IDemoDataSeeder
{
    /// <param name="includeDemoAccounts">Also create the demo sign-ins, whose password is published: Development only.</param>
    Task SeedAsync(bool includeDemoAccounts, CancellationToken cancellationToken);
}
