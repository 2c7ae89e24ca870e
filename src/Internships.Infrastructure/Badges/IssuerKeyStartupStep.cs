using Internships.Infrastructure.Persistence;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// The issuer has a signing key before anything is awarded. An award's credential is signed inside the award's
/// transaction; creating the first key there would need a second writer, which SQLite (one writer at a time) makes wait
/// on the award's own lock. Reading the keys here creates the first one (and the Data Protection key that seals it).
/// </summary>
internal sealed class IssuerKeyStartupStep(IIssuerKeys keys) : IDatabaseStartupStep
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        _ = keys.Current;
        return Task.CompletedTask;
    }
}
