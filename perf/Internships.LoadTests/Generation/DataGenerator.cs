using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bogus;
using Internships.Application.Common.Security;
using Internships.Domain.Applications;
using Internships.Domain.Postings;
using Internships.Infrastructure.Identity;
using Internships.Infrastructure.Persistence;
using Internships.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Internships.LoadTests.Generation;

/// <summary>
/// Builds a fresh SQLite database with the application's real schema (its migrations) and fills it with a large,
/// deterministic district: raw parameterised INSERTs in one transaction, bypassing the domain, because this is
/// test data and must be quick to make.
/// </summary>
internal sealed class DataGenerator(GenerateOptions options, TextWriter output)
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    // Share of postings in each status: about 70% open with a deadline ahead, the rest spread over the others.
    private static readonly (PostingStatus Status, double Share)[] PostingStatusShares =
    [
        (PostingStatus.Open, 0.70), (PostingStatus.Closed, 0.09), (PostingStatus.Filled, 0.06),
        (PostingStatus.Draft, 0.09), (PostingStatus.Submitted, 0.06),
    ];

    private readonly Random _random = new(options.Seed);
    private readonly Faker _faker = new("en") { Random = new Randomizer(options.Seed) };
    private static readonly DistrictClock District = new(TimeProvider.System, Options.Create(new DistrictOptions()));

    private readonly DateOnly _today = District.Today;
    // Timestamps count back from the start of today, so a database generated on the same day is the same.
    private readonly DateTime _now = District.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    private readonly Stopwatch _clock = new();

    private int[] _employerPathway = [];
    private List<GeneratedPosting> _postings = [];
    private List<GeneratedStudent> _students = [];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        ValidateSizes();
        var path = Path.GetFullPath(options.DatabasePath);
        if (File.Exists(path))
        {
            if (options.Reuse && await IsUpToDateAsync(path, cancellationToken))
            {
                await output.WriteLineAsync($"{path} has the current migrations and the sizes asked for: reusing it.");
                return 0;
            }

            if (!options.Force && !options.Reuse)
            {
                await output.WriteLineAsync($"{path} exists; pass --force to replace it (or --reuse to keep it when it is up to date).");
                return 2;
            }

            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                File.Delete(file);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        _clock.Start();

        await using (var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        Report("schema migrated");

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
            using (var transaction = connection.BeginTransaction())
            {
                InsertRoles(connection, transaction);
                InsertPathways(connection, transaction);
                InsertSchools(connection, transaction);
                InsertEmployers(connection, transaction);
                InsertPostings(connection, transaction);
                InsertStudents(connection, transaction);
                InsertApplications(connection, transaction);
                InsertAccounts(connection, transaction);
                InsertPlacements(connection, transaction);
                transaction.Commit();
            }

            // The host sets write-ahead logging on start-up anyway; leave the file as it will run.
            Execute(connection, "PRAGMA journal_mode=WAL;");
        }

        var size = new FileInfo(path).Length / (1024.0 * 1024.0);
        Report($"done: {path} ({size:F0} MiB)");
        await output.WriteLineAsync(
            $"Generated in {_clock.Elapsed.TotalSeconds:F1} s. Load-test sign-in: {GenerateOptions.AccountEmail(1)} .. "
            + $"{GenerateOptions.AccountEmail(options.Accounts)}, password {options.Password}");
        return 0;
    }

    /// <summary>Whether the database has every migration of the current model and the sizes asked for.</summary>
    private async Task<bool> IsUpToDateAsync(string path, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString();
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options);
        try
        {
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            if (!applied.SequenceEqual(db.Database.GetMigrations()))
            {
                await output.WriteLineAsync($"{path} was made with other migrations: generating it again.");
                return false;
            }

            var sizes = (await db.Postings.CountAsync(cancellationToken), await db.Students.CountAsync(cancellationToken),
                await db.Applications.CountAsync(cancellationToken), await db.Users.CountAsync(cancellationToken),
                await db.Placements.CountAsync(cancellationToken));
            if (sizes != (options.Postings, options.Students, options.Applications, options.Accounts + (options.Placements > 0 ? 1 : 0), options.Placements))
            {
                await output.WriteLineAsync($"{path} has other sizes {sizes}: generating it again.");
                return false;
            }

            return true;
        }
        catch (SqliteException e)
        {
            await output.WriteLineAsync($"{path} cannot be read ({e.Message}): generating it again.");
            return false;
        }
    }

    private void ValidateSizes()
    {
        if (options.Postings < 1 || options.Students < 1 || options.Applications < 0 || options.Employers < 1 || options.Schools < 1
            || options.Accounts < 0 || options.Placements < 0)
        {
            throw new ArgumentException("Sizes must be positive.");
        }
    }

    private void InsertRoles(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = new PreparedInsert(connection, transaction, "AspNetRoles", "Id", "Name", "NormalizedName", "ConcurrencyStamp");
        for (var i = 0; i < Roles.All.Count; i++)
        {
            insert.Run(i + 1, Roles.All[i], Roles.All[i].ToUpperInvariant(), NewStamp());
        }
    }

    private void InsertPathways(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = new PreparedInsert(connection, transaction, "Pathways", "Id", "Name", "Sector", "Description", "CourseSequence");
        for (var i = 0; i < Vocabulary.Pathways.Length; i++)
        {
            var pathway = Vocabulary.Pathways[i];
            insert.Run(i + 1, pathway.Name, pathway.Sector.ToString(),
                $"Career pathway in {pathway.Name.ToLowerInvariant()}: {string.Join(", ", pathway.Courses)}.",
                JsonSerializer.Serialize(pathway.Courses));
        }

        Report($"{insert.Rows} pathways");
    }

    private void InsertSchools(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = new PreparedInsert(connection, transaction, "Schools", "Id", "Name", "Code", "City");
        string[] kinds = ["High School", "Academy", "Early College High School", "Career and Technical Center"];
        for (var id = 1; id <= options.Schools; id++)
        {
            var city = Vocabulary.Cities[(id - 1) % Vocabulary.Cities.Length];
            var kind = kinds[(id - 1) / Vocabulary.Cities.Length % kinds.Length];
            insert.Run(id, $"{city} {kind}", $"VUSD-{id:D3}", city);
        }

        Report($"{insert.Rows} schools");
    }

    private void InsertEmployers(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var employers = new PreparedInsert(connection, transaction, "Employers",
            "Id", "Name", "Industry", "ContactEmail", "Phone", "Website", "City", "PartnerAgreementSignedOn", "PartnerAgreementExpiresOn");
        using var supervisors = new PreparedInsert(connection, transaction, "Supervisors",
            "Id", "EmployerId", "FirstName", "LastName", "Email", "JobTitle", "Phone", "IsActive");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        _employerPathway = new int[options.Employers + 1];
        for (var id = 1; id <= options.Employers; id++)
        {
            var name = _faker.Company.CompanyName();
            for (var n = 2; !names.Add(name); n++)
            {
                name = $"{_faker.Company.CompanyName()} {n}";
            }

            var pathway = _random.Next(Vocabulary.Pathways.Length);
            _employerPathway[id] = pathway + 1;
            var domain = new string(name.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(24).ToArray()) + ".example";
            var signed = _today.AddDays(-_random.Next(30, 900));
            DateOnly? expires = _random.NextDouble() < 0.2 ? null : signed.AddYears(3);
            employers.Run(id, name, Vocabulary.Pathways[pathway].Sector.ToString(), $"internships@{domain}", _faker.Phone.PhoneNumber("###-###-####"),
                $"https://www.{domain}", Pick(Vocabulary.Cities), Date(signed), expires is { } e ? Date(e) : null);

            var first = _faker.Name.FirstName();
            var last = _faker.Name.LastName();
            supervisors.Run(id, id, first, last, $"{first}.{last}@{domain}".ToLowerInvariant(), "Internship Supervisor",
                _faker.Phone.PhoneNumber("###-###-####"), 1);
        }

        Report($"{employers.Rows} employers with partner agreements, {supervisors.Rows} supervisors");
    }

    private void InsertPostings(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var postings = new PreparedInsert(connection, transaction, "Postings",
            "Id", "EmployerId", "SupervisorId", "Title", "Description", "HourlyWage", "HoursPerWeek", "StartDate", "EndDate", "Slots",
            "FilledSlots", "Location", "IsRemote", "ApplicationDeadline", "EligibleGradeMask", "MinimumAge", "Status", "ReturnReason",
            "CreatedAt", "SubmittedAt", "OpenedAt", "ClosedAt", "Version", "RequiredHours");
        using var postingPathways = new PreparedInsert(connection, transaction, "PostingPathways", "PostingId", "PathwayId");
        var employerNames = ReadEmployerNames(connection, transaction);
        _postings = new List<GeneratedPosting>(options.Postings);

        for (var id = 1; id <= options.Postings; id++)
        {
            var employerId = _random.Next(1, options.Employers + 1);
            var primary = _random.NextDouble() < 0.8 ? _employerPathway[employerId] : _random.Next(1, Vocabulary.Pathways.Length + 1);
            var pathwayIds = new List<int> { primary };
            var extra = _random.Next(3); // 0, 1 or 2 more pathways: 1-3 in all
            while (pathwayIds.Count < 1 + extra)
            {
                var other = _random.Next(1, Vocabulary.Pathways.Length + 1);
                if (!pathwayIds.Contains(other))
                {
                    pathwayIds.Add(other);
                }
            }

            var spec = Vocabulary.Pathways[primary - 1];
            var status = PickStatus();
            var deadline = status is PostingStatus.Closed or PostingStatus.Filled
                ? _today.AddDays(-_random.Next(1, 200))
                : _today.AddDays(_random.Next(1, 121));
            var start = deadline.AddDays(_random.Next(7, 31));
            var end = start.AddDays(_random.Next(42, 121));
            var slots = _random.Next(1, 6);
            var filled = status == PostingStatus.Filled ? slots : status == PostingStatus.Closed || status == PostingStatus.Open ? _random.Next(slots) : 0;
            var remote = _random.NextDouble() < 0.15;
            var city = Pick(Vocabulary.Cities);
            var location = remote && _random.NextDouble() < 0.5 ? null : $"{_faker.Address.StreetAddress()}, {city}";
            var gradeMask = _random.NextDouble() switch
            {
                < 0.70 => GradeMask.From([11, 12]),
                < 0.85 => GradeMask.For(12),
                _ => GradeMask.For(11),
            };
            int? minimumAge = _random.NextDouble() switch
            {
                < 0.75 => null,
                < 0.90 => 16,
                _ => 18,
            };
            var wage = Math.Round(15 + (_random.Next(61) * 0.25), 2); // 15.00 to 30.00 in quarters
            double[] weeklyHours = [8, 10, 12, 15, 16, 20];
            var created = _now.AddDays(-_random.Next(20, 240)).AddMinutes(-_random.Next(1440));
            DateTime? submitted = status == PostingStatus.Draft ? null : created.AddDays(_random.Next(1, 5));
            DateTime? opened = status is PostingStatus.Open or PostingStatus.Filled or PostingStatus.Closed ? submitted!.Value.AddDays(_random.Next(1, 7)) : null;
            DateTime? closed = status == PostingStatus.Closed ? opened!.Value.AddDays(_random.Next(10, 60)) : null;

            var hoursPerWeek = Pick(weeklyHours);
            var requiredHours = Math.Max(1, hoursPerWeek * ((end.DayNumber - start.DayNumber) / 7));
            postings.Run(id, employerId, employerId, Title(spec), Description(spec, employerNames[employerId]), wage, hoursPerWeek,
                Date(start), Date(end), slots, filled, location, remote ? 1 : 0, Date(deadline), gradeMask, minimumAge, status.ToString(), null,
                Timestamp(created), Timestamp(submitted), Timestamp(opened), Timestamp(closed), 0, requiredHours);
            foreach (var pathwayId in pathwayIds)
            {
                postingPathways.Run(id, pathwayId);
            }

            _postings.Add(new GeneratedPosting(id, status, gradeMask, pathwayIds.ToArray()));
        }

        var open = _postings.Count(p => p.Status == PostingStatus.Open);
        Report($"{postings.Rows} postings ({open} open with a deadline ahead), {postingPathways.Rows} posting pathways");
    }

    private void InsertStudents(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var students = new PreparedInsert(connection, transaction, "Students",
            "Id", "SisId", "FirstName", "LastName", "Email", "Grade", "DateOfBirth", "SchoolId", "IsActive");
        using var enrolments = new PreparedInsert(connection, transaction, "PathwayEnrolments",
            "StudentId", "PathwayId", "EnrolledOn", "EndedOn");

        // Ages follow grades: a student in grade g turns g + 6 during the school year that began last September.
        var schoolYearStart = new DateOnly(_today.Month >= 8 ? _today.Year : _today.Year - 1, 9, 1);
        _students = new List<GeneratedStudent>(options.Students);
        for (var id = 1; id <= options.Students; id++)
        {
            var grade = _random.Next(9, 13);
            var birth = schoolYearStart.AddYears(-(grade + 6)).AddDays(_random.Next(1, 366));
            var active = _random.NextDouble() < 0.97;
            var first = _faker.Name.FirstName();
            var last = _faker.Name.LastName();
            students.Run(id, $"S{id:D7}", first, last, $"{first}.{last}.{id}@students.vusd.example".ToLowerInvariant(), grade, Date(birth),
                _random.Next(1, options.Schools + 1), active ? 1 : 0);

            var count = grade == 9 ? (_random.NextDouble() < 0.5 ? 1 : 0) : _random.Next(1, 3);
            var pathways = new List<int>();
            while (pathways.Count < count)
            {
                var pathway = _random.Next(1, Vocabulary.Pathways.Length + 1);
                if (!pathways.Contains(pathway))
                {
                    pathways.Add(pathway);
                    enrolments.Run(id, pathway, Date(schoolYearStart.AddYears(-_random.Next(0, grade - 8))), null);
                }
            }

            if (grade >= 10 && _random.NextDouble() < 0.1)
            {
                // An enrolment the student left: on record, but no longer counts for eligibility.
                var ended = _random.Next(1, Vocabulary.Pathways.Length + 1);
                if (!pathways.Contains(ended))
                {
                    enrolments.Run(id, ended, Date(schoolYearStart.AddYears(-1)), Date(schoolYearStart.AddDays(-30)));
                }
            }

            _students.Add(new GeneratedStudent(id, grade, active, pathways.ToArray()));
        }

        Report($"{students.Rows} students (grades 9-12), {enrolments.Rows} pathway enrolments");
    }

    private void InsertApplications(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var applications = new PreparedInsert(connection, transaction, "Applications",
            "PostingId", "StudentId", "Statement", "Rank", "Status", "SubmittedAt", "StatusChangedAt", "DecisionNote", "Version");

        // Juniors and seniors in a pathway apply; each to postings of their own pathways that take their grade.
        var applicants = _students.Where(s => s.IsActive && s.Grade >= 11 && s.PathwayIds.Length > 0).ToList();
        if (applicants.Count == 0 && options.Applications > 0)
        {
            throw new InvalidOperationException("No student can apply: generate more students.");
        }

        var byPathway = Enumerable.Range(0, Vocabulary.Pathways.Length + 1)
            .Select(pathwayId => _postings
                .Where(p => (p.Status is PostingStatus.Open or PostingStatus.Filled or PostingStatus.Closed) && p.PathwayIds.Contains(pathwayId))
                .ToArray())
            .ToArray();
        var counts = SpreadApplications(applicants.Count);
        var statements = Enumerable.Range(0, 40).Select(_ => Statement()).ToArray();
        var chosen = new HashSet<int>();

        for (var i = 0; i < applicants.Count; i++)
        {
            var student = applicants[i];
            var gradeBit = GradeMask.For(student.Grade);
            chosen.Clear();
            for (var attempts = 0; chosen.Count < counts[i]; attempts++)
            {
                if (attempts > 1000 * counts[i])
                {
                    throw new InvalidOperationException($"Student {student.Id} has too few postings to apply to: generate more postings.");
                }

                var pool = byPathway[student.PathwayIds[_random.Next(student.PathwayIds.Length)]];
                if (pool.Length == 0)
                {
                    continue;
                }

                var posting = pool[_random.Next(pool.Length)];
                if ((posting.GradeMask & gradeBit) == 0 || !chosen.Add(posting.Id))
                {
                    continue;
                }

                var status = PickApplicationStatus(posting.Status);
                var submittedAt = _now.AddDays(-_random.Next(1, 120)).AddMinutes(-_random.Next(1440));
                var changedAt = status == ApplicationStatus.Submitted ? submittedAt : Min(submittedAt.AddDays(_random.Next(0, 20)), _now);
                var note = status == ApplicationStatus.Rejected && _random.NextDouble() < 0.5
                    ? "Thank you for applying; we chose a candidate whose schedule fits ours better."
                    : null;
                applications.Run(posting.Id, student.Id, Pick(statements), chosen.Count, status.ToString(), Timestamp(submittedAt),
                    Timestamp(changedAt), note, 0);
            }
        }

        Report($"{applications.Rows} applications from {applicants.Count} juniors and seniors");
    }

    private void InsertAccounts(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var users = new PreparedInsert(connection, transaction, "AspNetUsers",
            "Id", "StudentId", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp",
            "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount");
        using var userRoles = new PreparedInsert(connection, transaction, "AspNetUserRoles", "UserId", "RoleId");
        var studentRoleId = Roles.All.ToList().IndexOf(Roles.Student) + 1;

        // Hashing is deliberately slow (PBKDF2): hash the shared password once and give every account the same hash.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), options.Password);
        var accounts = _students.Where(s => s.IsActive && s.Grade >= 11 && s.PathwayIds.Length > 0).Take(options.Accounts).ToList();
        for (var i = 0; i < accounts.Count; i++)
        {
            var email = GenerateOptions.AccountEmail(i + 1);
            users.Run(i + 1, accounts[i].Id, email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), 1, hash, NewStamp(), NewStamp(),
                0, 0, 1, 0);
            userRoles.Run(i + 1, studentRoleId);
        }

        Report($"{users.Rows} student sign-in accounts");
    }

    /// <summary>
    /// The placements asked for, by SQL over what is there: the first application (by id) of each of the first students
    /// who applied to a closed or filled posting becomes Accepted and a placement with the posting's dates, wage and
    /// supervisor; Completed once its end has passed, Active once started, else Pending. Each started placement gets a
    /// timesheet entry a week from its start up to today (at most 12), approved by its supervisor but every fifth.
    /// Then a coordinator account, which asks for the reports in perf/load/run-report-load.sh.
    /// </summary>
    private void InsertPlacements(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (options.Placements == 0)
        {
            return;
        }

        var today = $"'{Date(_today)}'";
        Execute(connection, transaction, $"""
            CREATE TEMP TABLE chosen AS
            SELECT min(a."Id") AS "ApplicationId" FROM "Applications" a JOIN "Postings" p ON p."Id" = a."PostingId"
            WHERE p."Status" IN ('Closed', 'Filled')
            GROUP BY a."StudentId" ORDER BY a."StudentId" LIMIT {options.Placements}
            """);
        var count = Scalar(connection, transaction, "SELECT count(*) FROM temp.chosen");
        if (count < options.Placements)
        {
            throw new InvalidOperationException($"Only {count} students applied to closed or filled postings: generate more applications.");
        }

        Execute(connection, transaction, """
            UPDATE "Applications" SET "Status" = 'Accepted' WHERE "Id" IN (SELECT "ApplicationId" FROM temp.chosen)
            """);
        var placements = Execute(connection, transaction, $"""
            INSERT INTO "Placements" ("ApplicationId", "StudentId", "PostingId", "EmployerId", "SupervisorId", "StartDate", "EndDate",
                "HourlyWage", "RequiredHours", "IsMinor", "Status", "CreatedAt", "ActivatedAt", "CompletedAt", "EndedAt", "EndReason", "Version")
            SELECT a."Id", a."StudentId", a."PostingId", p."EmployerId", p."SupervisorId", p."StartDate", p."EndDate",
                p."HourlyWage", p."RequiredHours", s."Grade" < 12,
                CASE WHEN p."EndDate" < {today} THEN 'Completed' WHEN p."StartDate" <= {today} THEN 'Active' ELSE 'Pending' END,
                a."StatusChangedAt",
                CASE WHEN p."StartDate" <= {today} THEN p."StartDate" || ' 08:00:00' END,
                CASE WHEN p."EndDate" < {today} THEN p."EndDate" || ' 17:00:00' END,
                NULL, NULL, 0
            FROM temp.chosen c JOIN "Applications" a ON a."Id" = c."ApplicationId"
            JOIN "Postings" p ON p."Id" = a."PostingId" JOIN "Students" s ON s."Id" = a."StudentId"
            ORDER BY a."Id"
            """);
        var entries = Execute(connection, transaction, $"""
            WITH RECURSIVE week(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM week WHERE n < 11)
            INSERT INTO "TimesheetEntries" ("PlacementId", "WorkDate", "Hours", "Tasks", "Status", "SubmittedAt", "ReviewedAt",
                "ReviewedBySupervisorId", "Version")
            SELECT p."Id", date(p."StartDate", '+' || (7 * w.n) || ' days'), 4 + (p."Id" + w.n) % 5,
                'Shadowed the team, kept the log and finished the week''s task list.',
                CASE WHEN (p."Id" + w.n) % 5 = 0 THEN 'Submitted' ELSE 'Approved' END,
                date(p."StartDate", '+' || (7 * w.n) || ' days') || ' 20:00:00',
                CASE WHEN (p."Id" + w.n) % 5 = 0 THEN NULL ELSE date(p."StartDate", '+' || (7 * w.n + 2) || ' days') || ' 09:00:00' END,
                CASE WHEN (p."Id" + w.n) % 5 = 0 THEN NULL ELSE p."SupervisorId" END,
                0
            FROM "Placements" p CROSS JOIN week w
            WHERE date(p."StartDate", '+' || (7 * w.n) || ' days') <= min(p."EndDate", {today})
            ORDER BY p."Id", w.n
            """);
        Execute(connection, transaction, "DROP TABLE temp.chosen");

        using var users = new PreparedInsert(connection, transaction, "AspNetUsers",
            "Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp",
            "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount");
        using var userRoles = new PreparedInsert(connection, transaction, "AspNetUserRoles", "UserId", "RoleId");
        var id = (int)Scalar(connection, transaction, "SELECT coalesce(max(\"Id\"), 0) + 1 FROM \"AspNetUsers\"");
        var email = GenerateOptions.CoordinatorEmail;
        users.Run(id, email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), 1,
            new PasswordHasher<AppUser>().HashPassword(new AppUser(), options.Password), NewStamp(), NewStamp(), 0, 0, 1, 0);
        userRoles.Run(id, Roles.All.ToList().IndexOf(Roles.Coordinator) + 1);

        Report($"{placements} placements, {entries} timesheet entries, a coordinator account ({email})");
    }

    /// <summary>How many applications each applicant makes: 1 to about twice the average, adding up to the total asked for.</summary>
    private int[] SpreadApplications(int applicants)
    {
        var counts = new int[applicants];
        if (applicants == 0)
        {
            return counts;
        }

        var average = (double)options.Applications / applicants;
        var max = Math.Max(1, (int)Math.Ceiling(average * 2));
        var total = 0;
        for (var i = 0; i < applicants; i++)
        {
            counts[i] = _random.Next(1, max + 1);
            total += counts[i];
        }

        while (total != options.Applications)
        {
            var i = _random.Next(applicants);
            if (total < options.Applications && counts[i] < max * 2)
            {
                counts[i]++;
                total++;
            }
            else if (total > options.Applications && counts[i] > 0)
            {
                counts[i]--;
                total--;
            }
        }

        return counts;
    }

    private string Title(PathwaySpec spec) => (Pick(Vocabulary.TitlePrefixes) + Pick(spec.Roles) + Pick(Vocabulary.TitleSuffixes)).Trim();

    private string Description(PathwaySpec spec, string employerName)
    {
        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, Pick(Vocabulary.Openers), employerName));
        var tasks = spec.Tasks.OrderBy(_ => _random.Next()).Take(3).ToArray();
        text.Append($" As an intern you will {tasks[0]}, {tasks[1]} and {tasks[2]}.");
        var skills = spec.Skills.OrderBy(_ => _random.Next()).Take(2).ToArray();
        text.Append($" We welcome students with {skills[0]} or {skills[1]}, but we will teach you what you need.");
        if (_random.NextDouble() < 0.3)
        {
            // Some postings ask for a skill of another field, so a word is not confined to one pathway's postings.
            var other = Pick(Vocabulary.Pathways);
            text.Append($" Experience with {Pick(other.Skills)} is a plus.");
        }

        foreach (var closer in Vocabulary.Closers.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
        {
            text.Append(' ').Append(closer);
        }

        return text.ToString();
    }

    private string Statement() =>
        $"{Pick(Vocabulary.StatementOpeners)} {Pick(Vocabulary.StatementBodies).ToLowerInvariant()} {Pick(Vocabulary.StatementBodies)}";

    private PostingStatus PickStatus()
    {
        var roll = _random.NextDouble();
        foreach (var (status, share) in PostingStatusShares)
        {
            if (roll < share)
            {
                return status;
            }

            roll -= share;
        }

        return PostingStatus.Open;
    }

    private ApplicationStatus PickApplicationStatus(PostingStatus postingStatus)
    {
        var roll = _random.NextDouble();
        return postingStatus == PostingStatus.Open
            ? roll switch
            {
                < 0.45 => ApplicationStatus.Submitted,
                < 0.70 => ApplicationStatus.UnderReview,
                < 0.75 => ApplicationStatus.Offered,
                < 0.85 => ApplicationStatus.Withdrawn,
                _ => ApplicationStatus.Rejected,
            }
            : roll switch
            {
                < 0.10 => ApplicationStatus.Accepted,
                < 0.20 => ApplicationStatus.Declined,
                < 0.35 => ApplicationStatus.Withdrawn,
                _ => ApplicationStatus.Rejected,
            };
    }

    private static Dictionary<int, string> ReadEmployerNames(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT \"Id\", \"Name\" FROM \"Employers\"";
        using var reader = command.ExecuteReader();
        var names = new Dictionary<int, string>();
        while (reader.Read())
        {
            names[reader.GetInt32(0)] = reader.GetString(1);
        }

        return names;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string? Timestamp(DateTime? value) => value?.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private string NewStamp() => new Guid(_faker.Random.Bytes(16)).ToString().ToUpperInvariant();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a statement in the transaction; the rows it changed.</summary>
    private static int Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Report(string what) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1} s] {what}");

    private sealed record GeneratedPosting(int Id, PostingStatus Status, int GradeMask, int[] PathwayIds);

    private sealed record GeneratedStudent(int Id, int Grade, bool IsActive, int[] PathwayIds);
}
