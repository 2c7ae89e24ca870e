using System.Diagnostics;
using System.Globalization;
using Bogus;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.Roster;
using Internships.Domain.Applications;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Internships.Domain.Employers;
using Internships.Domain.Pathways;
using Internships.Domain.Placements;
using Internships.Domain.Postings;
using Internships.Domain.Schools;
using Internships.Domain.Students;
using Internships.Infrastructure.Identity;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Internships.DemoData;

/// <summary>
/// Fills an empty database with a realistic demo district: schools, pathways, students, employers, postings in every
/// state, applications at every stage, a badge catalogue, internships finished, under way and about to start, the
/// badges they earned, and one school's students imported from the SIS's OneRoster export, with pathway enrolments
/// their courses suggest. A fixed random seed gives every new database the same people and choices;
/// dates are counted from today so the demo never goes stale. Everything is made through the domain's constructors
/// and methods (badges earned by internships come from completing them), so the demo obeys the rules real data does;
/// a handful of saves keeps it to a few seconds.
/// </summary>
public sealed partial class DemoDistrictSeeder(AppDbContext db, UserManager<AppUser> users, IClock clock, RosterImporter roster, ILogger<DemoDistrictSeeder> logger)
    : IDemoDataSeeder
{
    public const string DemoPassword = "Demo!2345";

    private const int RandomSeed = 20261123;

    /// <summary>Students per grade: more juniors and seniors, as they are who the programme is for.</summary>
    private static readonly (int Grade, int Count)[] StudentsPerGrade = [(9, 80), (10, 85), (11, 100), (12, 95)];

    private readonly Randomizer _random = new(RandomSeed);
    private DateOnly _today;
    private DateTime _now;
    private int _phonesHandedOut;

    public async Task SeedAsync(bool includeDemoAccounts, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        _today = clock.Today;
        _now = clock.UtcNow;

        var district = new District();
        await SeedTermsAsync(cancellationToken);
        await SeedOrganisationsAsync(district, cancellationToken);
        await SeedPeopleAsync(district, cancellationToken);
        await SeedBadgeCatalogueAsync(district, cancellationToken);
        await SeedPostingsAsync(district, cancellationToken);
        ChooseDemoStudent(district);

        // What happened before today: last term's internships and their badges, this term's under way, trainings.
        await SeedFinishedInternshipsAsync(district, cancellationToken);
        await SeedRunningInternshipsAsync(district, cancellationToken);
        await SeedManualAwardsAsync(district, cancellationToken);
        await SeedBadgeClaimAsync(district, cancellationToken);
        await SeedBadgeProposalsAsync(district, cancellationToken);

        await SeedApplicationsAsync(district, cancellationToken);
        await SeedMatchRoundAsync(district, cancellationToken);
        await SeedStateReportingAsync(cancellationToken);
        await SeedPendingInvitationAsync(district, cancellationToken);
        await SeedRosterImportAsync(district, cancellationToken);
        await SeedInterestProfilesAsync(district, cancellationToken);
        var placements = await db.Placements.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var awards = await db.BadgeAwards.CountAsync(cancellationToken);
        var revoked = await db.BadgeAwards.CountAsync(a => a.RevokedAt != null, cancellationToken);
        if (includeDemoAccounts)
        {
            await CreateDemoAccountsAsync(district);

            // The micro-credential's participants, trainers and observer are people with accounts: it comes with the demo accounts.
            await SeedProgrammeAsync(cancellationToken);
        }

        LogSeeded(stopwatch.ElapsedMilliseconds, district.Schools.Count, district.Pathways.Count, district.Students.Count,
            district.Employers.Count, district.Postings.Count + district.EarlierPostings.Count,
            district.Applications.Count + district.EarlierApplications.Count);
        LogSeededInternships(placements.Values.Sum(), placements.GetValueOrDefault(PlacementStatus.Completed),
            placements.GetValueOrDefault(PlacementStatus.Active), placements.GetValueOrDefault(PlacementStatus.Pending),
            placements.GetValueOrDefault(PlacementStatus.Ended), district.Badges.Count, awards, revoked);
    }

    private async Task SeedOrganisationsAsync(District district, CancellationToken cancellationToken)
    {
        foreach (var seed in DemoCatalogue.Pathways)
        {
            district.Pathways[seed.Key] = new CareerPathway(seed.Name, seed.Sector, seed.Description, seed.Courses);
        }

        district.Schools.AddRange(DemoCatalogue.Schools.Select(s => (s, new School(s.Name, s.Code, s.City))));

        foreach (var seed in DemoCatalogue.Employers)
        {
            var signed = seed.Agreement is { } agreement ? _today.AddMonths(-agreement.SignedMonthsAgo) : (DateOnly?)null;
            var expires = seed.Agreement?.RunsMonths is { } months ? signed?.AddMonths(months) : null;
            district.Employers[seed.Key] = new Employer(seed.Name, seed.Industry, $"internships@{seed.Domain}", Phone(),
                $"https://www.{seed.Domain}", seed.City, signed, expires);
        }

        RecordWorksites(district);

        db.Pathways.AddRange(district.Pathways.Values);
        db.Schools.AddRange(district.Schools.Select(s => s.School));
        db.Employers.AddRange(district.Employers.Values);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedPeopleAsync(District district, CancellationToken cancellationToken)
    {
        foreach (var seed in DemoCatalogue.Employers)
        {
            var employer = district.Employers[seed.Key];
            var supervisors = new List<Supervisor>();
            var emails = new HashSet<string>();
            foreach (var title in seed.SupervisorTitles)
            {
                var (first, last) = DemoNames.Adult(_random);
                var email = UniqueEmail($"{DemoNames.ForEmail(first)[0]}{DemoNames.ForEmail(last)}", seed.Domain, emails);
                supervisors.Add(new Supervisor(employer.Id, first, last, email, title, Phone()));
            }

            district.Supervisors[seed.Key] = supervisors;
            db.Supervisors.AddRange(supervisors);
        }

        var schools = district.Schools.ToArray();
        var schoolWeights = schools.Select(s => (float)s.Seed.Share / DemoCatalogue.Schools.Sum(x => x.Share)).ToArray();
        var studentEmails = new HashSet<string>();
        var sisNumber = 4_102_000;
        foreach (var (grade, count) in StudentsPerGrade)
        {
            for (var i = 0; i < count; i++)
            {
                var (seed, school) = _random.WeightedRandom(schools, schoolWeights);
                var (first, last) = DemoNames.Student(_random);
                var email = UniqueEmail($"{DemoNames.ForEmail(first)}.{DemoNames.ForEmail(last)}", "students.valleyusd.example", studentEmails);
                sisNumber += _random.Number(1, 29);

                var student = new Student(sisNumber.ToString(CultureInfo.InvariantCulture), first, last, email,
                    grade, DateOfBirthFor(grade), school.Id);
                EnrolInPathways(student, seed, district);

                // A few students have moved away: their records stay, but they can no longer apply.
                if (_random.Bool(0.03f))
                {
                    student.Update(first, last, email, grade, student.DateOfBirth, school.Id, isActive: false);
                }

                AddContacts(student);
                district.Students.Add(student);
            }
        }

        db.Students.AddRange(district.Students);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Most students from grade 10 on follow one pathway their school offers; some take two, a few switched.</summary>
    private void EnrolInPathways(Student student, SchoolSeed school, District district)
    {
        var enrolRate = student.Grade switch { 9 => 0.3f, 10 => 0.8f, _ => 0.9f };
        if (!_random.Bool(enrolRate))
        {
            return;
        }

        var offered = school.PathwayKeys;
        var first = Pick(offered);
        var yearsIn = _random.Number(0, Math.Min(student.Grade - Grades.Lowest, 2));
        var enrolledOn = FirstDayOfSchool(yearsAgo: yearsIn);

        if (yearsIn == 2 && _random.Bool(0.15f))
        {
            // Tried one pathway for a year, then moved to another.
            student.Enrol(district.Pathways[first].Id, enrolledOn);
            student.EndEnrolment(district.Pathways[first].Id, LastDayOfSchool(yearsAgo: yearsIn - 1));
            first = Pick(offered.Where(k => k != first).ToList());
            enrolledOn = FirstDayOfSchool(yearsAgo: yearsIn - 1);
        }

        student.Enrol(district.Pathways[first].Id, enrolledOn);

        if (student.Grade >= 10 && _random.Bool(0.12f))
        {
            var second = Pick(offered.Where(k => student.Enrolments.All(e => e.PathwayId != district.Pathways[k].Id)).ToList());
            student.Enrol(district.Pathways[second].Id, FirstDayOfSchool(yearsAgo: _random.Number(0, 1)));
        }
    }

    private async Task SeedPostingsAsync(District district, CancellationToken cancellationToken)
    {
        foreach (var seed in DemoCatalogue.Postings)
        {
            var employerSeed = DemoCatalogue.Employers.Single(e => e.Key == seed.EmployerKey);
            var employer = district.Employers[seed.EmployerKey];

            // Spring-term placements: start on a Monday 5–12 weeks out, run 9–20 weeks and end on a Friday.
            var start = NextMonday(_today.AddDays(_random.Number(35, 84)));
            var end = start.AddDays(7 * _random.Number(9, 20) + 4);
            var deadline = _today.AddDays(_random.Number(5, start.DayNumber - _today.DayNumber - 10));

            var details = new PostingDetails(
                seed.Title,
                seed.Description,
                seed.PathwayKeys.Select(k => district.Pathways[k].Id).ToList(),
                seed.Wage,
                seed.HoursPerWeek,
                start,
                end,
                seed.Slots,
                seed.IsRemote ? null : seed.Location ?? employerSeed.Address,
                seed.IsRemote,
                deadline,
                seed.SeniorsOnly ? [12] : Grades.Internship,
                seed.MinimumAge,
                district.Supervisors[seed.EmployerKey][seed.Supervisor].Id,
                RequiredBadgeClassIds: DemoBadgeCatalogue.RequiredForPostings.TryGetValue(seed.Title, out var badgeKey)
                    ? [district.Badges[badgeKey].Id]
                    : null);

            var (posting, openedDaysAgo) = CreateAtStage(seed, employer, details);
            district.Postings.Add(new SeededPosting(seed, posting, openedDaysAgo));
        }

        db.Postings.AddRange(district.Postings.Select(p => p.Posting));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Replays the posting's history up to its stage: drafted, submitted, then approved or returned.</summary>
    private (InternshipPosting Posting, int OpenedDaysAgo) CreateAtStage(PostingSeed seed, Employer employer, PostingDetails details)
    {
        if (seed.Stage == PostingStage.Draft)
        {
            return (new InternshipPosting(employer.Id, details, TimeDaysAgo(_random.Number(1, 12))), 0);
        }

        if (seed.Stage is PostingStage.Submitted or PostingStage.Returned)
        {
            var submittedDaysAgo = _random.Number(1, 8);
            var sent = new InternshipPosting(employer.Id, details, TimeDaysAgo(submittedDaysAgo + _random.Number(2, 8)));
            sent.Submit(TimeDaysAgo(submittedDaysAgo));
            if (seed.Stage == PostingStage.Returned)
            {
                sent.Return(seed.ReturnReason ?? "Please review the posting and resubmit.");
            }

            return (sent, 0);
        }

        // Open, filled and closed postings were all open first; filled and closed ones longer ago.
        var openedDaysAgo = seed.Stage switch
        {
            PostingStage.Filled => _random.Number(24, 32),
            PostingStage.Closed => _random.Number(18, 26),
            _ => _random.Number(3, 30),
        };
        var approvalRequestedDaysAgo = openedDaysAgo + _random.Number(1, 4);
        var posting = new InternshipPosting(employer.Id, details, TimeDaysAgo(approvalRequestedDaysAgo + _random.Number(1, 6)));
        posting.Submit(TimeDaysAgo(approvalRequestedDaysAgo));
        posting.Approve(employer, _today.AddDays(-openedDaysAgo), TimeDaysAgo(openedDaysAgo));
        return (posting, openedDaysAgo);
    }

    private async Task CreateDemoAccountsAsync(District district)
    {
        var employer = district.Employers[DemoCatalogue.DemoEmployerKey];
        var supervisor = district.Supervisors[DemoCatalogue.DemoEmployerKey][0];
        var student = district.DemoStudent ?? throw new InvalidOperationException("No student fits the demo student account.");

        // The demo data is saved; letting go of it keeps each of the identity framework's saves from re-scanning it.
        db.ChangeTracker.Clear();

        await CreateAccountAsync("coordinator@demo.local", Roles.Coordinator);
        await CreateAccountAsync("employer@demo.local", Roles.EmployerAdmin, u => u.EmployerId = employer.Id);
        await CreateAccountAsync("supervisor@demo.local", Roles.Supervisor, u =>
        {
            u.SupervisorId = supervisor.Id;
            u.EmployerId = supervisor.EmployerId;
        });
        await CreateAccountAsync("student@demo.local", Roles.Student, u => u.StudentId = student.Id);
        await CreateAccountAsync("admin@demo.local", Roles.Admin);

        LogDemoAccounts(employer.Name, supervisor.FullName, student.FullName, student.SisId);
    }

    private async Task<AppUser> CreateAccountAsync(string email, string role, Action<AppUser>? link = null)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        link?.Invoke(user);

        var created = await users.CreateAsync(user, DemoPassword);
        var inRole = created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException($"The demo account {email} could not be created: "
                + string.Join(" ", inRole.Errors.Select(e => e.Description)));
        }

        return user;
    }

    /// <summary>
    /// A date of birth that fits the grade: a student is in grade g in the school year they turn g + 5 by September 1st.
    /// About one in twenty is a year older (a late start or a repeated year), so some seniors are already 18 or 19.
    /// </summary>
    private DateOnly DateOfBirthFor(int grade)
    {
        var earliest = new DateOnly(SchoolYearStartYear() - grade - 6, 9, 2);
        if (_random.Bool(0.05f))
        {
            earliest = earliest.AddYears(-1);
        }

        return earliest.AddDays(_random.Number(0, 364));
    }

    private int SchoolYearStartYear() => _today >= new DateOnly(_today.Year, 8, 14) ? _today.Year : _today.Year - 1;

    private DateOnly FirstDayOfSchool(int yearsAgo) => new(SchoolYearStartYear() - yearsAgo, 8, 14);

    private DateOnly LastDayOfSchool(int yearsAgo) => new(SchoolYearStartYear() - yearsAgo + 1, 6, 5);

    private static DateOnly NextMonday(DateOnly date) => date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);

    /// <summary>A moment some days ago, during the working day rather than exactly now minus whole days.</summary>
    private DateTime TimeDaysAgo(int days) => _now.AddDays(-days).AddMinutes(-_random.Number(10, 480));

    /// <summary>A fictional number, each one different: 555-0100 to 555-0199 are reserved for fiction.</summary>
    private string Phone() => $"({_random.ArrayElement(["209", "559", "916"])}) 555-01{_phonesHandedOut++ % 100:00}";

    /// <summary>The address, with a number added if someone already has it; records it as taken.</summary>
    private static string UniqueEmail(string localPart, string domain, HashSet<string> taken)
    {
        var email = $"{localPart}@{domain}";
        for (var n = 2; !taken.Add(email); n++)
        {
            email = $"{localPart}{n}@{domain}";
        }

        return email;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded the demo district in {ElapsedMilliseconds} ms: {SchoolCount} schools, {PathwayCount} pathways, {StudentCount} students, "
            + "{EmployerCount} employers, {PostingCount} postings, {ApplicationCount} applications.")]
    private partial void LogSeeded(long elapsedMilliseconds, int schoolCount, int pathwayCount, int studentCount, int employerCount,
        int postingCount, int applicationCount);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded {PlacementCount} placements ({CompletedCount} completed, {ActiveCount} active, {PendingCount} pending, "
            + "{EndedCount} ended early), {BadgeCount} badges and {AwardCount} awards ({RevokedCount} revoked).")]
    private partial void LogSeededInternships(int placementCount, int completedCount, int activeCount, int pendingCount, int endedCount,
        int badgeCount, int awardCount, int revokedCount);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Created the demo accounts: employer@ and supervisor@demo.local act for {EmployerName} ({SupervisorName}); "
            + "student@demo.local is {StudentName} ({SisId}).")]
    private partial void LogDemoAccounts(string employerName, string supervisorName, string studentName, string sisId);

    /// <summary>What has been seeded so far, for the later steps to build on.</summary>
    private sealed class District
    {
        private static readonly HashSet<int> NoBadges = [];

        public Dictionary<string, CareerPathway> Pathways { get; } = [];

        public List<(SchoolSeed Seed, School School)> Schools { get; } = [];

        public Dictionary<string, Employer> Employers { get; } = [];

        public Dictionary<string, List<Supervisor>> Supervisors { get; } = [];

        public List<Student> Students { get; } = [];

        public List<SeededPosting> Postings { get; } = [];

        public List<InternshipApplication> Applications { get; } = [];

        public Student? DemoStudent { get; set; }

        public Dictionary<string, BadgeClass> Badges { get; } = [];

        /// <summary>
        /// Postings and applications of the internships replayed to their placements: last term's, this term's and one about
        /// to start. None of them takes applications any more.
        /// </summary>
        public List<InternshipPosting> EarlierPostings { get; } = [];

        public List<InternshipApplication> EarlierApplications { get; } = [];

        /// <summary>Last term's interns, whose placements are completed.</summary>
        public List<Intern> FinishedInterns { get; } = [];

        /// <summary>Students given a place in one of those internships: nobody is placed in two.</summary>
        public HashSet<int> Interned { get; } = [];

        /// <summary>The badges each student holds today (awarded, not revoked or expired), once awards are made.</summary>
        public Dictionary<int, HashSet<int>> HeldBadges { get; } = [];

        public IReadOnlySet<int> HeldBadgeIds(Student student) => HeldBadges.TryGetValue(student.Id, out var held) ? held : NoBadges;
    }

    private sealed record SeededPosting(PostingSeed Seed, InternshipPosting Posting, int OpenedDaysAgo);
}
