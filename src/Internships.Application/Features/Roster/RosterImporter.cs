using System.Globalization;
using Internships.Application.Features.Roster.OneRoster;
using Internships.Domain.Roster;
using Internships.Domain.Schools;
using Internships.Domain.Staff;
using Internships.Domain.Students;

namespace Internships.Application.Features.Roster;

/// <summary>
/// Imports one roster upload, all or nothing: reads the zip, plans every change against the database
/// (<see cref="RosterPlanner"/>), and unless the files have errors or this is a dry run, makes the changes and records
/// what was done. It runs inside the caller's transaction (the import command's unit of work; the demo seeding's), so
/// a failure at any point leaves nothing half-written.
/// <para>
/// Set-based, for districts of 100,000 students: one query per kind of record to read what is there, lookups by
/// sourcedId in memory; new students and suggestions written by multi-row INSERTs (<see cref="IBulkWriter"/>: one
/// statement per record is what saving tracked entities costs on SQLite), changed records tracked without automatic
/// change detection, saved with the schools (whose ids the students need) and with the unit of work.
/// </para>
/// </summary>
public sealed class RosterImporter(IAppDbContext db, IBulkWriter bulk, IClock clock, RosterOptions options, RosterImportProgress progress)
{
    public async Task RunAsync(RosterImport import, byte[] zip, CancellationToken cancellationToken)
    {
        progress.Report(import.Id, "Reading the files");
        var issues = new List<RosterIssue>();
        OneRosterData? data = null;
        try
        {
            using var package = OneRosterPackage.Open(zip);
            issues.AddRange(package.CheckStructure());
            if (issues.Count == 0)
            {
                data = OneRosterReader.Read(package, issues);
            }
        }
        catch (InvalidDataException)
        {
            issues.Add(new RosterIssue(import.FileName, null, null, "The file is not a zip archive that can be read."));
        }

        if (data is null)
        {
            Fail(import, RosterFileMode.Absent, issues);
            return;
        }

        progress.Report(import.Id, $"Comparing {data.Users.Count.ToString("N0", CultureInfo.InvariantCulture)} users with the district's records");
        var snapshot = await LoadSnapshotAsync(cancellationToken);
        var plan = RosterPlanner.Plan(data, snapshot, Mapping(import.CoordinatorMapping), options, clock.Today, issues);
        if (plan.Errors.Count > 0)
        {
            Fail(import, plan.Mode, plan.Errors);
            return;
        }

        if (!import.DryRun)
        {
            await ApplyAsync(import, plan, snapshot, cancellationToken);
        }

        progress.Report(import.Id, "Saving");
        import.Succeed(plan.Outcome, plan.Changes.Select(c => (c.Entity, c.Kind, c.SourcedId, c.Name, c.Detail)).ToList(), clock.UtcNow);
    }

    /// <summary>The staff to map to coordinators: the configured ones and the upload's, by sourcedId, username or e-mail.</summary>
    public IReadOnlySet<string> Mapping(string? upload) =>
        options.Coordinators.Concat(RosterRules.SplitMapping(upload)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private void Fail(RosterImport import, RosterFileMode mode, IReadOnlyList<RosterIssue> issues) =>
        import.Fail(mode, issues.Select(i => (i.File, i.Line, i.Field, i.Message)).ToList(), clock.UtcNow);

    private async Task<RosterSnapshot> LoadSnapshotAsync(CancellationToken cancellationToken)
    {
        var schools = await db.Schools.AsNoTracking().Select(s => new SchoolState(s.Id, s.SourcedId, s.Name, s.Code)).ToListAsync(cancellationToken);
        var students = await db.Students.AsNoTracking()
            .Select(s => new StudentState(s.Id, s.SourcedId, s.SisId, s.FirstName, s.LastName, s.Email, s.Grade, s.DateOfBirth, s.SchoolId, s.IsActive,
                s.RosterModifiedAt))
            .ToListAsync(cancellationToken);
        var staff = await db.StaffMembers.AsNoTracking()
            .Select(s => new StaffState(s.Id, s.SourcedId, s.FirstName, s.LastName, s.Email, s.SisRole, s.IsActive, s.RosterModifiedAt))
            .ToListAsync(cancellationToken);
        var pathways = (await db.Pathways.AsNoTracking().Select(p => new { p.Id, p.Name, p.CourseSequence }).ToListAsync(cancellationToken))
            .Select(p => new PathwayState(p.Id, p.Name, p.CourseSequence)).ToList();
        var suggested = await db.PathwaySuggestions.AsNoTracking().Select(s => new { s.StudentId, s.PathwayId }).ToListAsync(cancellationToken);
        var enrolled = await db.PathwayEnrolments.AsNoTracking().Where(e => e.EndedOn == null)
            .Select(e => new { e.StudentId, e.PathwayId }).ToListAsync(cancellationToken);
        var pairs = suggested.Concat(enrolled).Select(p => (p.StudentId, p.PathwayId)).ToHashSet();
        return new RosterSnapshot(schools, students, staff, pathways, pairs);
    }

    private async Task ApplyAsync(RosterImport import, RosterPlan plan, RosterSnapshot snapshot, CancellationToken cancellationToken)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            progress.Report(import.Id, $"Writing {plan.Schools.Count} schools");
            var schoolIds = await ApplySchoolsAsync(plan, snapshot, cancellationToken);

            progress.Report(import.Id, $"Writing {plan.Students.Count.ToString("N0", CultureInfo.InvariantCulture)} students");
            var studentIds = await ApplyStudentsAsync(plan, schoolIds, cancellationToken);

            progress.Report(import.Id, $"Writing coordinators and {plan.Suggestions.Count.ToString("N0", CultureInfo.InvariantCulture)} pathway suggestions");
            await ApplyStaffAsync(plan, cancellationToken);
            var now = clock.UtcNow;
            await bulk.InsertAsync(plan.Suggestions.Select(s =>
                new PathwaySuggestion(s.Student.Id ?? studentIds[s.Student.SourcedId], s.PathwayId, import.Id, s.Courses, now)).ToList(), cancellationToken);
            db.ChangeTracker.DetectChanges();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>Creates and changes the schools; answers every rostered school's id by sourcedId.</summary>
    private async Task<Dictionary<string, int>> ApplySchoolsAsync(RosterPlan plan, RosterSnapshot snapshot, CancellationToken cancellationToken)
    {
        var created = plan.Schools.Where(c => c.Id is null).Select(c =>
        {
            var school = new School(c.Name, c.Code, null);
            school.LinkToRoster(c.SourcedId);
            return (c.SourcedId, School: school);
        }).ToList();
        db.Schools.AddRange(created.Select(c => c.School));

        var changes = plan.Schools.Where(c => c.Id is not null).ToDictionary(c => c.Id!.Value);
        foreach (var school in await Tracked(db.Schools, changes.Keys, cancellationToken))
        {
            var change = changes[school.Id];
            school.Update(change.Name, change.Code, school.City);
            school.LinkToRoster(change.SourcedId);
        }

        db.ChangeTracker.DetectChanges();
        // Saved here for the new schools' ids, which their students need; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        var ids = snapshot.Schools.Where(s => s.SourcedId is not null).ToDictionary(s => s.SourcedId!, s => s.Id, StringComparer.Ordinal);
        foreach (var (sourcedId, school) in created)
        {
            ids[sourcedId] = school.Id;
        }

        return ids;
    }

    /// <summary>Creates, changes and deactivates the students; answers the new students' ids by sourcedId.</summary>
    private async Task<Dictionary<string, int>> ApplyStudentsAsync(RosterPlan plan, Dictionary<string, int> schoolIds, CancellationToken cancellationToken)
    {
        int SchoolId(SchoolRef school) => school.Id ?? schoolIds[school.SourcedId];

        var created = plan.Students.Where(c => c.Id is null).Select(c =>
        {
            var student = new Student(c.SisId, c.FirstName, c.LastName, c.Email, c.Grade, c.DateOfBirth, SchoolId(c.School));
            student.LinkToRoster(c.SourcedId, c.Modified);
            return student;
        }).ToList();
        await bulk.InsertAsync(created, cancellationToken);

        var changes = plan.Students.Where(c => c.Id is not null).ToDictionary(c => c.Id!.Value);
        foreach (var student in await Tracked(db.Students, changes.Keys, cancellationToken))
        {
            var change = changes[student.Id];
            if (student.SisId != change.SisId)
            {
                student.ChangeSisId(change.SisId);
            }

            student.Update(change.FirstName, change.LastName, change.Email, change.Grade, change.DateOfBirth, SchoolId(change.School), change.IsActive);
            student.LinkToRoster(change.SourcedId, change.Modified);
        }

        if (created.Count == 0)
        {
            return [];
        }

        var newIds = created.Select(s => s.SourcedId!).ToHashSet(StringComparer.Ordinal);
        return (await db.Students.AsNoTracking().Where(s => s.SourcedId != null).Select(s => new { s.Id, s.SourcedId }).ToListAsync(cancellationToken))
            .Where(s => newIds.Contains(s.SourcedId!))
            .ToDictionary(s => s.SourcedId!, s => s.Id, StringComparer.Ordinal);
    }

    private async Task ApplyStaffAsync(RosterPlan plan, CancellationToken cancellationToken)
    {
        db.StaffMembers.AddRange(plan.Staff.Where(c => c.Id is null)
            .Select(c => new StaffMember(c.SourcedId, c.FirstName, c.LastName, c.Email, c.SisRole, RosterRules.CoordinatorRole, c.Modified)));
        var changes = plan.Staff.Where(c => c.Id is not null).ToDictionary(c => c.Id!.Value);
        foreach (var member in await Tracked(db.StaffMembers, changes.Keys, cancellationToken))
        {
            var change = changes[member.Id];
            member.Update(change.FirstName, change.LastName, change.Email, change.SisRole, member.Role, change.IsActive, change.Modified);
        }
    }

    /// <summary>The records with these ids, tracked, read a few thousand at a time.</summary>
    private static async Task<List<T>> Tracked<T>(DbSet<T> set, IEnumerable<int> ids, CancellationToken cancellationToken)
        where T : Domain.Common.Entity
    {
        var found = new List<T>();
        foreach (var chunk in ids.Chunk(5_000))
        {
            found.AddRange(await set.Where(e => chunk.Contains(e.Id)).ToListAsync(cancellationToken));
        }

        return found;
    }
}
