using Internships.Infrastructure.Persistence;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// The issuer has a signing key before anything is awarded. An award's credential is signed inside the award's
/// transaction; creating the first key there would need a second writer, which SQLite (one writer at a time) makes wait
/// on the award's own lock. So the first key (and the Data Protection key that seals it) is made here.
/// </summary>
internal sealed class IssuerKeyStartupStep(IIssuerKeys keys) : IDatabaseStartupStep
{
    public Task RunAsync(CancellationToken cancellationToken) => keys.EnsureOneExistsAsync(cancellationToken);
}
