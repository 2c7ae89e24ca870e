using System.Reflection;
using Internships.Application.Common.Interfaces;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// Contexts come from a pool and go back to it when their scope ends. A context leased again must belong to its new scope
/// only: that scope's mediator (the handlers of its domain events) and save interceptors (what its saves bring along),
/// never the previous scope's, and nothing left tracked.
/// </summary>
public sealed class DbContextPoolTests
{
    private static readonly PropertyInfo SaveInterceptorsOfContext =
        typeof(AppDbContext).GetProperty("SaveInterceptors", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly PropertyInfo PublisherOfContext =
        typeof(AppDbContext).GetProperty("Publisher", BindingFlags.Instance | BindingFlags.NonPublic)!;

    [Test]
    public async Task A_context_leased_again_carries_its_new_scopes_mediator_and_interceptors_and_nothing_tracked()
    {
        var services = TestHost.District.Factory.Services;
        var leased = new Dictionary<AppDbContext, ScopeSaveInterceptors>(ReferenceEqualityComparer.Instance);
        var leasedAgain = false;
        // The pool hands contexts out first in, first out (and the host's jobs lease some too): lease until one comes back.
        for (var lease = 0; lease < 2_000 && !leasedAgain; lease++)
        {
            using var scope = services.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var interceptors = scope.ServiceProvider.GetRequiredService<ScopeSaveInterceptors>();

            Assert.That(SaveInterceptorsOfContext.GetValue(context), Is.SameAs(interceptors));
            Assert.That(PublisherOfContext.GetValue(context), Is.SameAs(scope.ServiceProvider.GetRequiredService<IPublisher>()));
            Assert.That(context.ChangeTracker.Entries(), Is.Empty, "nothing left tracked by the scope before");
            if (leased.TryGetValue(context, out var before))
            {
                Assert.That(interceptors, Is.Not.SameAs(before));
                leasedAgain = true;
            }

            leased[context] = interceptors;
            await context.Schools.AsTracking().Take(1).ToListAsync();
        }

        Assert.That(leasedAgain, Is.True, $"no context came back from the pool in {leased.Count} leases");
    }

    [Test]
    public async Task A_context_disposed_while_its_scope_holds_it_stays_with_that_scope()
    {
        // A scope disposes its context once for each service it was resolved as (AppDbContext, IAppDbContext). Only the
        // scope's end may return it to the pool: returned at the first of those, the next scope could lease it and
        // then lose it to the second.
        var services = TestHost.District.Factory.Services;
        using var first = services.CreateScope();
        var context = first.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.That(first.ServiceProvider.GetRequiredService<IAppDbContext>(), Is.SameAs(context));

        await context.DisposeAsync();

        for (var lease = 0; lease < 500; lease++)
        {
            using var other = services.CreateScope();
            Assert.That(other.ServiceProvider.GetRequiredService<AppDbContext>(), Is.Not.SameAs(context),
                $"lease {lease}: another scope got the context its scope still holds");
        }

        Assert.That(await context.Schools.Take(1).CountAsync(), Is.LessThanOrEqualTo(1), "the context still works for its own scope");
    }
}
