using System.Reflection;
using System.Text.RegularExpressions;
using Internships.Application.Common.Behaviors;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Infrastructure.Jobs;
using Internships.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Shouldly;

namespace Internships.UnitTests.Architecture;

/// <summary>
/// The rules of docs/adr/0006 (who commits) and 0007 (jobs are requests), checked over the compiled assemblies and the
/// source, so that breaking one fails a test rather than waiting for a review.
/// </summary>
public sealed class ArchitectureRulesTests
{
    private static readonly Assembly Application = typeof(UnitOfWorkBehavior<,>).Assembly;
    private static readonly Assembly Infrastructure = typeof(AppDbContext).Assembly;

    /// <summary>The public Open Badges documents and verification page: a stranger checks a badge without an account.</summary>
    private static readonly string[] PublicRequests =
    [
        "GetIssuerProfileQuery", "GetBadgeClassDocumentQuery", "GetBadgeImageQuery", "GetAssertionDocumentQuery", "GetAssertionImageQuery",
        "GetCredentialJwtQuery", "GetCredentialImageQuery", "GetStatusListQuery", "GetIssuerKeyQuery", "GetIssuerKeysQuery", "VerifyAwardQuery",
    ];

    /// <summary>
    /// The ways into an account for people without a session: each is authorised by a one-time secret it carries (an
    /// invitation link, a reset link), answers the same whether or not an account exists, and is rate-limited by the host.
    /// </summary>
    private static readonly string[] WaysIn =
    [
        "DescribeInvitationQuery", "AcceptInvitationCommand", "RequestPasswordResetCommand", "ResetPasswordCommand",
    ];

    /// <summary>What the background jobs send, and nobody else may.</summary>
    private static readonly string[] JobRequests =
    [
        "QueueHoursDigestsCommand", "QueueEvaluationRemindersCommand", "ProduceReportCommand", "RequestTermEndSummaryCommand",
        "ListStalledReportsQuery", "DeliverNotificationsRequest", "ProcessRosterImportCommand", "ListStalledRosterImportsQuery",
    ];

    private static IEnumerable<Type> Requests() =>
        Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t)
            && !typeof(INotification).IsAssignableFrom(t));

    private static IReadOnlyList<string> RolesOf(Type request) => request.GetCustomAttribute<AuthorizeAttribute>()?.Roles ?? [];

    [Test]
    public void No_request_is_open_to_callers_who_are_not_signed_in_but_the_public_badge_documents_and_the_ways_into_an_account()
    {
        var anonymous = Requests().Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is not null).Select(t => t.Name);

        anonymous.ShouldBe(PublicRequests.Concat(WaysIn), ignoreOrder: true);
        Requests().Where(t => PublicRequests.Contains(t.Name)).ShouldAllBe(t => typeof(IBaseQuery).IsAssignableFrom(t), "public requests only read");
    }

    [Test]
    public void Requests_for_jobs_are_for_the_system_identity_alone_and_no_account_can_hold_it()
    {
        var forJobs = Requests().Where(t => RolesOf(t).Contains(Roles.System)).ToList();

        forJobs.Select(t => t.Name).ShouldBe(JobRequests, ignoreOrder: true);
        forJobs.ShouldAllBe(t => RolesOf(t).Count == 1, "a request for jobs names no person's role beside the system's");
        forJobs.ShouldAllBe(t => t.GetCustomAttribute<AllowAnonymousAttribute>() == null);
        Roles.All.ShouldNotContain(Roles.System);
        SystemUser.Instance.IsInRole(Roles.System).ShouldBeTrue();
        Roles.All.ShouldAllBe(role => !SystemUser.Instance.IsInRole(role));
    }

    [Test]
    public void Only_the_unit_of_work_behaviour_and_the_demo_seeding_at_start_up_begin_commit_or_roll_back_a_transaction()
    {
        var callers = CalledMethods.In(Application).Concat(CalledMethods.In(Infrastructure))
            .Where(call => IsTransactionControl(call.Called))
            .Select(call => CalledMethods.Outermost(call.Caller))
            .Distinct()
            .ToList();

        callers.ShouldBe([typeof(UnitOfWorkBehavior<,>), typeof(DatabaseInitializer)], ignoreOrder: true);
    }

    [Test]
    public void Only_delivering_e_mail_is_a_request_that_is_neither_a_command_nor_a_query()
    {
        // Commands run in one transaction; a plain request runs without one, for work that must commit piece by piece.
        var plain = Requests().Where(t => !typeof(IBaseCommand).IsAssignableFrom(t) && !typeof(IBaseQuery).IsAssignableFrom(t));

        plain.Select(t => t.Name).ShouldBe(["DeliverNotificationsRequest"]);
    }

    [Test]
    public void Jobs_reach_the_database_only_through_the_requests_they_send()
    {
        var jobs = Infrastructure.GetTypes().Where(t => t.IsClass && t.Name.EndsWith("Job", StringComparison.Ordinal)).ToList();

        jobs.Count.ShouldBeGreaterThanOrEqualTo(6);
        foreach (var job in jobs)
        {
            var needs = job.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType).ToList();
            needs.ShouldContain(typeof(JobRunner), $"{job.Name} sends its request through the job runner");
            needs.ShouldNotContain(t => typeof(DbContext).IsAssignableFrom(t) || t == typeof(IAppDbContext) || t == typeof(ICurrentUser), job.Name);
        }
    }

    [Test]
    public void A_handler_that_saves_before_the_unit_of_work_does_says_why_on_the_line_before()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "Internships.Application", "Features");
        var unexplained = new List<string>();
        foreach (var file in Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Regex.IsMatch(lines[i], @"\.SaveChangesAsync\(") && (i == 0 || !lines[i - 1].TrimStart().StartsWith("// Saved here", StringComparison.Ordinal)))
                {
                    unexplained.Add($"{Path.GetRelativePath(features, file)}:{i + 1}");
                }
            }
        }

        unexplained.ShouldBeEmpty();
    }

    [Test]
    public void Text_searches_go_through_Like_Matches_which_ignores_case_on_every_provider()
    {
        // LIKE ignores case on SQLite and under SQL Server's usual collations, but heeds it on PostgreSQL.
        var application = Path.Combine(RepositoryRoot(), "src", "Internships.Application");
        var likes = Directory.EnumerateFiles(application, "*.cs", SearchOption.AllDirectories)
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"EF\.Functions\.I?Like\("))
            .Select(file => Path.GetRelativePath(application, file))
            .ToList();

        likes.ShouldBeEmpty("search text with Like.Contains and Like.Matches, not EF.Functions.Like");
    }

    private static bool IsTransactionControl(MethodBase method) =>
        method.DeclaringType is { } type
        && ((type == typeof(DatabaseFacade) && method.Name.Contains("Transaction", StringComparison.Ordinal))
            || (type == typeof(RelationalDatabaseFacadeExtensions) && method.Name.Contains("Transaction", StringComparison.Ordinal))
            || (typeof(IDbContextTransaction).IsAssignableFrom(type) && method.Name.StartsWith("Commit", StringComparison.Ordinal))
            || (typeof(IDbContextTransaction).IsAssignableFrom(type) && method.Name.StartsWith("Rollback", StringComparison.Ordinal)))
        && !method.Name.StartsWith("get_", StringComparison.Ordinal) && !method.Name.StartsWith("set_", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Internships.sln not found above the test directory.");
    }
}
