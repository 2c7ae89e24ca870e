using System.Globalization;
using Internships.Application.Features.Roster.OneRoster;
using Internships.Application.Features.Schools;
using Internships.Application.Features.Students;
using Internships.Domain.Common;
using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>
/// Works out what a roster means for the district's records, comparing the rows with the database's snapshot, without
/// writing anything: which schools, students and coordinators to create, change or deactivate, which pathway
/// enrolments to suggest, and every error that stops the import. Records are matched by their OneRoster sourcedId;
/// a school or student typed in before rostering began (no sourcedId yet) is matched by its code or SIS id and linked.
/// <list type="bullet">
/// <item>Schools are the orgs of type school. Their code is the org's <c>identifier</c> (the state school code), or,
/// when the SIS sends none, the first 20 letters, digits and hyphens of the sourcedId. Schools are never deactivated.</item>
/// <item>Students are users with an active <c>student</c> role in grades 9–12 (others are skipped): their name, e-mail
/// address (or a username that is one), first grade, school (the org of their primary student role), SIS id (the
/// <c>userIds</c> entry of the configured type, else <c>identifier</c>) and birth date (<c>demographics.csv</c>;
/// required for a new student).</item>
/// <item>Staff with a role of teacher, administrator, principal or counselor become coordinators only when mapped (by
/// sourcedId, username or e-mail).</item>
/// <item>Bulk users: a rostered student or coordinator missing from the file is deactivated, never deleted. Delta
/// users: a row marked <c>tobedeleted</c> deactivates; a row no newer (<c>dateLastModified</c>) than the record changes
/// nothing.</item>
/// </list>
/// </summary>
public sealed class RosterPlanner
{
    private const string UsersFile = "users.csv";

    private static readonly HashSet<string> StaffRoles =
        ["teacher", "administrator", "principal", "siteAdministrator", "districtAdministrator", "systemAdministrator", "counselor"];

    private readonly OneRosterData _data;
    private readonly RosterSnapshot _snapshot;
    private readonly IReadOnlySet<string> _mapping;
    private readonly RosterOptions _options;
    private readonly DateOnly _today;
    private readonly List<RosterIssue> _errors;
    private readonly List<ChangeLine> _changes = [];
    private readonly Dictionary<int, string> _schoolNames;
    private readonly Dictionary<string, SchoolRef> _rosterSchools = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _orgNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nonSchoolOrgs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StudentRef> _imported = new(StringComparer.Ordinal);
    private readonly HashSet<int> _handledStudents = [];
    private readonly HashSet<int> _handledStaff = [];
    private readonly Dictionary<string, string> _claimedSisIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _sisOwners;
    private readonly Dictionary<string, string> _claimedStaffEmails = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SchoolChange> _schools = [];
    private readonly List<StudentChange> _students = [];
    private readonly List<StaffChange> _staff = [];
    private Counter _schoolCount;
    private Counter _studentCount;
    private Counter _staffCount;
    private int _skipped;

    private RosterPlanner(OneRosterData data, RosterSnapshot snapshot, IReadOnlySet<string> mapping, RosterOptions options, DateOnly today,
        IEnumerable<RosterIssue> readErrors)
    {
        _data = data;
        _snapshot = snapshot;
        _mapping = mapping;
        _options = options;
        _today = today;
        _errors = [.. readErrors];
        _schoolNames = snapshot.Schools.ToDictionary(s => s.Id, s => s.Name);
        _sisOwners = snapshot.Students.ToDictionary(s => s.SisId, s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The plan of an import; <paramref name="readErrors"/> are the problems found reading the files.</summary>
    public static RosterPlan Plan(OneRosterData data, RosterSnapshot snapshot, IReadOnlySet<string> mapping, RosterOptions options, DateOnly today,
        IEnumerable<RosterIssue> readErrors) =>
        new RosterPlanner(data, snapshot, mapping, options, today, readErrors).Plan();

    private RosterPlan Plan()
    {
        PlanSchools();
        PlanPeople();
        var suggestions = PlanSuggestions();
        var mode = _data.UsersMode != RosterFileMode.Absent ? _data.UsersMode : _data.OrgsMode;
        var outcome = new RosterOutcome(mode, _schoolCount.Tally, _studentCount.Tally, _staffCount.Tally, _skipped, suggestions.Count);
        return new RosterPlan(mode, _errors, _schools, _students, _staff, suggestions, _changes, outcome);
    }

    private void PlanSchools()
    {
        var bySourcedId = _snapshot.Schools.Where(s => s.SourcedId is not null).ToDictionary(s => s.SourcedId!, StringComparer.Ordinal);
        var unlinkedByCode = _snapshot.Schools.Where(s => s.SourcedId is null).ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        var codeOwners = _snapshot.Schools.ToDictionary(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase);
        var claimedCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        foreach (var org in _data.Orgs)
        {
            var linked = bySourcedId.GetValueOrDefault(org.SourcedId);
            if (!org.IsSchool)
            {
                _nonSchoolOrgs[org.SourcedId] = org.Type;
                continue;
            }

            if (org.Status == RowStatus.ToBeDeleted)
            {
                // Schools stay: their students' records need them. The org is still known for this import's students.
                if (linked is not null)
                {
                    _rosterSchools[org.SourcedId] = new SchoolRef(linked.Id, org.SourcedId);
                }

                continue;
            }

            var errors = _errors.Count;
            var code = SchoolCode(org);
            if (org.Name.Length > SchoolRules.MaxNameLength)
            {
                Error("orgs.csv", org.Line, "name", $"A school's name has at most {SchoolRules.MaxNameLength} characters.");
            }

            var existing = linked ?? (code is null ? null : unlinkedByCode.GetValueOrDefault(code));
            if (code is not null)
            {
                if (claimedCodes.TryGetValue(code, out var other))
                {
                    Error("orgs.csv", org.Line, "identifier", $"The school code {code} is also the code of org '{other}' on an earlier row.");
                }
                else if (codeOwners.TryGetValue(code, out var owner) && owner != existing?.Id)
                {
                    Error("orgs.csv", org.Line, "identifier", $"The school code {code} belongs to another school already ({_schoolNames[owner]}).");
                }

                claimedCodes.TryAdd(code, org.SourcedId);
            }

            if (_errors.Count > errors || code is null)
            {
                continue;
            }

            if (existing is not null && existing.SourcedId is null)
            {
                // Matched by code: this org is that school, so no later row may claim it again.
                unlinkedByCode.Remove(existing.Code);
            }

            _rosterSchools[org.SourcedId] = new SchoolRef(existing?.Id, org.SourcedId);
            _orgNames[org.SourcedId] = org.Name;
            var change = new SchoolChange(existing?.Id, org.SourcedId, org.Name, code);
            if (existing is null)
            {
                _schools.Add(change);
                _schoolCount.Created++;
                Change(RosterEntity.School, RosterChangeKind.Created, org.SourcedId, org.Name, $"code {code}");
                continue;
            }

            var differences = Differences(
                (existing.SourcedId is null, "linked to the SIS"),
                (existing.Name != org.Name, $"name {existing.Name} → {org.Name}"),
                (existing.Code != code, $"code {existing.Code} → {code}"));
            if (differences is null)
            {
                _schoolCount.Unchanged++;
                continue;
            }

            _schools.Add(change);
            _schoolCount.Updated++;
            Change(RosterEntity.School, RosterChangeKind.Updated, org.SourcedId, org.Name, differences);
        }
    }

    /// <summary>The org's identifier, or when it has none, its sourcedId cut down to what a school code may hold.</summary>
    private string? SchoolCode(OrgRow org)
    {
        if (org.Identifier.Length > 0)
        {
            if (SchoolRules.IsCode(org.Identifier))
            {
                return org.Identifier;
            }

            Error("orgs.csv", org.Line, "identifier",
                $"A school's identifier is its code: at most {SchoolRules.MaxCodeLength} letters, digits and hyphens ('{org.Identifier}').");
            return null;
        }

        var fromSourcedId = new string(org.SourcedId.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(SchoolRules.MaxCodeLength).ToArray());
        if (SchoolRules.IsCode(fromSourcedId))
        {
            return fromSourcedId;
        }

        Error("orgs.csv", org.Line, "identifier", "The school has no identifier (its state or district code), and its sourcedId cannot stand in for one.");
        return null;
    }

    private void PlanPeople()
    {
        var rolesByUser = _data.Roles.GroupBy(r => r.UserSourcedId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var students = _snapshot.Students.Where(s => s.SourcedId is not null).ToDictionary(s => s.SourcedId!, StringComparer.Ordinal);
        var unlinkedStudents = _snapshot.Students.Where(s => s.SourcedId is null).ToDictionary(s => s.SisId, StringComparer.OrdinalIgnoreCase);
        var staff = _snapshot.Staff.ToDictionary(s => s.SourcedId, StringComparer.Ordinal);

        foreach (var user in _data.Users)
        {
            var roles = rolesByUser.GetValueOrDefault(user.SourcedId) ?? [];
            var student = students.GetValueOrDefault(user.SourcedId);
            var staffMember = staff.GetValueOrDefault(user.SourcedId);
            if (user.Status == RowStatus.ToBeDeleted)
            {
                DeactivateStudent(student, user.Modified, "removed from the SIS");
                DeactivateStaff(staffMember, user.Modified, "removed from the SIS");
                continue;
            }

            var studentRole = Current(roles, r => r.Role == "student");
            var staffRole = Current(roles, r => StaffRoles.Contains(r.Role));
            var rolesUnchanged = roles.Count == 0 && _data.UsersMode == RosterFileMode.Delta;
            if (studentRole is not null || (rolesUnchanged && student is not null))
            {
                PlanStudent(user, studentRole, student, unlinkedStudents);
            }
            else if (IsMapped(user) && (staffRole is not null || (rolesUnchanged && staffMember is not null)))
            {
                PlanStaff(user, staffRole?.Role ?? staffMember!.SisRole, staffMember);
            }
            else
            {
                _skipped++;
                DeactivateStudent(student, user.Modified, "no longer a student");
                DeactivateStaff(staffMember, user.Modified, "no longer mapped to coordinators");
            }
        }

        if (_data.UsersMode == RosterFileMode.Bulk)
        {
            foreach (var missing in _snapshot.Students.Where(s => s.SourcedId is not null && s.IsActive && !_handledStudents.Contains(s.Id)).ToList())
            {
                DeactivateStudent(missing, null, "no longer in the roster");
            }

            foreach (var missing in _snapshot.Staff.Where(s => s.IsActive && !_handledStaff.Contains(s.Id)).ToList())
            {
                DeactivateStaff(missing, null, "no longer in the roster");
            }
        }
    }

    /// <summary>The user's current role of a kind: the primary one when there are several.</summary>
    private static RoleRow? Current(List<RoleRow> roles, Func<RoleRow, bool> kind) =>
        roles.Where(r => r.Status == RowStatus.Active && kind(r)).OrderByDescending(r => r.IsPrimary).FirstOrDefault();

    private bool IsMapped(UserRow user) =>
        _mapping.Contains(user.SourcedId) || (user.Username.Length > 0 && _mapping.Contains(user.Username)) || (user.Email.Length > 0 && _mapping.Contains(user.Email));

    private void PlanStudent(UserRow user, RoleRow? role, StudentState? linked, Dictionary<string, StudentState> unlinked)
    {
        var grade = GradeOf(user.Grades);
        if (grade is not (>= Grades.Lowest and <= Grades.Highest))
        {
            _skipped++;
            DeactivateStudent(linked, user.Modified, "no longer in grades 9–12");
            return;
        }

        var errors = _errors.Count;
        var sisId = SisIdOf(user);
        var existing = linked ?? (sisId.Length > 0 ? unlinked.GetValueOrDefault(sisId) : null);
        if (linked is not null && IsStale(linked.RosterModifiedAt, user.Modified))
        {
            _studentCount.Unchanged++;
            Keep(linked, user.SourcedId);
            return;
        }

        var email = EmailOf(user, "the student");
        CheckNames(user);
        var dateOfBirth = DateOfBirthOf(user, existing);
        var school = SchoolOf(role, existing);
        if (sisId.Length == 0)
        {
            Error(UsersFile, user.Line, "identifier", $"The student has no SIS id: give it in 'identifier' or as {{{_options.StudentIdType}:…}} in 'userIds'.");
        }
        else if (!StudentRules.IsSisId(sisId))
        {
            Error(UsersFile, user.Line, "identifier",
                $"The student's SIS id '{sisId}' is not one: at most {StudentRules.MaxSisIdLength} letters, digits and hyphens.");
        }
        else if (!_claimedSisIds.TryAdd(sisId, user.SourcedId))
        {
            Error(UsersFile, user.Line, "identifier", $"The SIS id {sisId} is also the id of user '{_claimedSisIds[sisId]}' on an earlier row.");
        }
        else if (_sisOwners.TryGetValue(sisId, out var owner) && owner != existing?.Id)
        {
            Error(UsersFile, user.Line, "identifier", $"The SIS id {sisId} belongs to another student already, linked to another SIS record.");
        }

        if (_errors.Count > errors || school is null || dateOfBirth is null)
        {
            return;
        }

        if (existing is not null && existing.SourcedId is null)
        {
            unlinked.Remove(existing.SisId);
        }

        var change = new StudentChange(existing?.Id, user.SourcedId, sisId, user.GivenName, user.FamilyName, email, grade.Value, dateOfBirth.Value, school,
            IsActive: true, user.Modified);
        var name = $"{user.GivenName} {user.FamilyName}";
        Keep(existing, user.SourcedId);
        if (existing is null)
        {
            _students.Add(change);
            _studentCount.Created++;
            Change(RosterEntity.Student, RosterChangeKind.Created, user.SourcedId, name, $"grade {grade}, {SchoolName(school)}");
            return;
        }

        var differences = Differences(
            (existing.SourcedId is null, "linked to the SIS"),
            (!existing.IsActive, "enrolled again"),
            (existing.SisId != sisId, $"SIS id {existing.SisId} → {sisId}"),
            (existing.FirstName != user.GivenName || existing.LastName != user.FamilyName, $"name {existing.FirstName} {existing.LastName} → {name}"),
            (existing.Email != email, "e-mail address"),
            (existing.Grade != grade, $"grade {existing.Grade} → {grade}"),
            (existing.SchoolId != school.Id, $"school {SchoolName(new SchoolRef(existing.SchoolId, ""))} → {SchoolName(school)}"),
            (existing.DateOfBirth != dateOfBirth, "birth date"));
        if (differences is null)
        {
            _studentCount.Unchanged++;
            if (user.Modified is not null && user.Modified != existing.RosterModifiedAt)
            {
                // Nothing the district sees changed, but the SIS touched the record: remember when, for later deltas.
                _students.Add(change);
            }

            return;
        }

        _students.Add(change);
        _studentCount.Updated++;
        Change(RosterEntity.Student, RosterChangeKind.Updated, user.SourcedId, name, differences);
    }

    private void Keep(StudentState? existing, string sourcedId)
    {
        if (existing is not null)
        {
            _handledStudents.Add(existing.Id);
        }

        _imported[sourcedId] = new StudentRef(existing?.Id, sourcedId);
    }

    private void DeactivateStudent(StudentState? student, DateTime? modified, string reason)
    {
        if (student is null || !_handledStudents.Add(student.Id))
        {
            return;
        }

        if (!student.IsActive || IsStale(student.RosterModifiedAt, modified))
        {
            _studentCount.Unchanged++;
            return;
        }

        _students.Add(new StudentChange(student.Id, student.SourcedId!, student.SisId, student.FirstName, student.LastName, student.Email, student.Grade,
            student.DateOfBirth, new SchoolRef(student.SchoolId, ""), IsActive: false, modified ?? student.RosterModifiedAt));
        _studentCount.Deactivated++;
        Change(RosterEntity.Student, RosterChangeKind.Deactivated, student.SourcedId!, $"{student.FirstName} {student.LastName}", reason);
    }

    private void PlanStaff(UserRow user, string sisRole, StaffState? existing)
    {
        var errors = _errors.Count;
        if (existing is not null && IsStale(existing.RosterModifiedAt, user.Modified))
        {
            _handledStaff.Add(existing.Id);
            _staffCount.Unchanged++;
            return;
        }

        var email = EmailOf(user, "a coordinator");
        CheckNames(user);
        if (email.Length > 0 && !_claimedStaffEmails.TryAdd(email, user.SourcedId))
        {
            Error(UsersFile, user.Line, "email", $"The e-mail address {email} is also the address of user '{_claimedStaffEmails[email]}' on an earlier row.");
        }

        if (_errors.Count > errors)
        {
            return;
        }

        var change = new StaffChange(existing?.Id, user.SourcedId, user.GivenName, user.FamilyName, email, sisRole, IsActive: true, user.Modified);
        var name = $"{user.GivenName} {user.FamilyName}";
        if (existing is null)
        {
            _staff.Add(change);
            _staffCount.Created++;
            Change(RosterEntity.Coordinator, RosterChangeKind.Created, user.SourcedId, name, $"{sisRole}, {email}");
            return;
        }

        _handledStaff.Add(existing.Id);
        var differences = Differences(
            (!existing.IsActive, "mapped again"),
            (existing.FirstName != user.GivenName || existing.LastName != user.FamilyName, $"name {existing.FirstName} {existing.LastName} → {name}"),
            (!string.Equals(existing.Email, email, StringComparison.Ordinal), "e-mail address"),
            (existing.SisRole != sisRole, $"role {existing.SisRole} → {sisRole}"));
        if (differences is null)
        {
            _staffCount.Unchanged++;
            return;
        }

        _staff.Add(change);
        _staffCount.Updated++;
        Change(RosterEntity.Coordinator, RosterChangeKind.Updated, user.SourcedId, name, differences);
    }

    private void DeactivateStaff(StaffState? member, DateTime? modified, string reason)
    {
        if (member is null || !_handledStaff.Add(member.Id))
        {
            return;
        }

        if (!member.IsActive || IsStale(member.RosterModifiedAt, modified))
        {
            _staffCount.Unchanged++;
            return;
        }

        _staff.Add(new StaffChange(member.Id, member.SourcedId, member.FirstName, member.LastName, member.Email, member.SisRole, IsActive: false,
            modified ?? member.RosterModifiedAt));
        _staffCount.Deactivated++;
        Change(RosterEntity.Coordinator, RosterChangeKind.Deactivated, member.SourcedId, $"{member.FirstName} {member.LastName}", reason);
    }

    /// <summary>A delta row no newer than what was imported last changes nothing.</summary>
    private bool IsStale(DateTime? stored, DateTime? row) =>
        _data.UsersMode == RosterFileMode.Delta && stored is not null && row is not null && row <= stored;

    private static int? GradeOf(IReadOnlyList<string> grades)
    {
        foreach (var grade in grades)
        {
            if (int.TryParse(grade, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return null;
    }

    private string SisIdOf(UserRow user)
    {
        foreach (var (type, identifier) in user.UserIds)
        {
            if (string.Equals(type, _options.StudentIdType, StringComparison.OrdinalIgnoreCase))
            {
                return identifier;
            }
        }

        return user.Identifier;
    }

    private string EmailOf(UserRow user, string who)
    {
        var email = user.Email.Length > 0 ? user.Email : user.Username.Contains('@', StringComparison.Ordinal) ? user.Username : "";
        if (email.Length == 0)
        {
            Error(UsersFile, user.Line, "email", $"There is no e-mail address for {who}: give it in 'email' (or a username that is one).");
        }
        else if (!StudentRules.IsEmailAddress(email))
        {
            Error(UsersFile, user.Line, user.Email.Length > 0 ? "email" : "username", $"'{email}' is not an e-mail address.");
        }

        return email;
    }

    private void CheckNames(UserRow user)
    {
        foreach (var (column, value) in new[] { ("givenName", user.GivenName), ("familyName", user.FamilyName) })
        {
            if (value.Length > StudentRules.MaxNameLength)
            {
                Error(UsersFile, user.Line, column, $"A name has at most {StudentRules.MaxNameLength} characters.");
            }
        }
    }

    private DateOnly? DateOfBirthOf(UserRow user, StudentState? existing)
    {
        if (_data.Demographics.GetValueOrDefault(user.SourcedId) is { Status: RowStatus.Active, BirthDate: { } birthDate } demographic)
        {
            if (StudentRules.HasStudentAge(birthDate, _today))
            {
                return birthDate;
            }

            Error("demographics.csv", demographic.Line, "birthDate",
                $"A birth date of {Days.Written(birthDate)} makes the student younger than {StudentRules.YoungestAge} or older than {StudentRules.OldestAge - 1}.");
            return null;
        }

        if (existing is not null)
        {
            return existing.DateOfBirth;
        }

        Error(UsersFile, user.Line, "birthDate",
            "There is no birth date for this student: demographics.csv needs a row with their sourcedId and birthDate (who is a minor decides their paperwork).");
        return null;
    }

    private SchoolRef? SchoolOf(RoleRow? role, StudentState? existing)
    {
        if (role is null)
        {
            return existing is null ? null : new SchoolRef(existing.SchoolId, "");
        }

        if (_rosterSchools.TryGetValue(role.OrgSourcedId, out var school))
        {
            return school;
        }

        if (_snapshot.Schools.FirstOrDefault(s => s.SourcedId == role.OrgSourcedId) is { } known)
        {
            return _rosterSchools[role.OrgSourcedId] = new SchoolRef(known.Id, role.OrgSourcedId);
        }

        Error("roles.csv", role.Line, "orgSourcedId", _nonSchoolOrgs.TryGetValue(role.OrgSourcedId, out var type)
            ? $"The student's org '{role.OrgSourcedId}' is a {type}, not a school."
            : $"There is no school with the sourcedId '{role.OrgSourcedId}' (in orgs.csv, or imported before).");
        return null;
    }

    private string SchoolName(SchoolRef school) =>
        school.Id is { } id ? _schoolNames.GetValueOrDefault(id, "?") : _orgNames.GetValueOrDefault(school.SourcedId, "?");

    /// <summary>Courses a pathway lists (by course code or title, ignoring case) suggest enrolling the student in it.</summary>
    private List<SuggestionChange> PlanSuggestions()
    {
        if (_data.Enrollments.Count == 0 || _imported.Count == 0)
        {
            return [];
        }

        var pathwaysByCourse = _snapshot.Pathways
            .SelectMany(p => p.Courses.Select(c => (Course: Key(c), Pathway: p.Id)))
            .Where(x => x.Course.Length > 0)
            .GroupBy(x => x.Course, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Pathway).Distinct().ToList(), StringComparer.Ordinal);
        var found = new Dictionary<(string Student, int Pathway), SortedSet<string>>();
        foreach (var enrollment in _data.Enrollments.Where(e => e.Status == RowStatus.Active && e.Role == "student"))
        {
            if (!_imported.ContainsKey(enrollment.UserSourcedId)
                || _data.Classes.GetValueOrDefault(enrollment.ClassSourcedId) is not { Status: RowStatus.Active } section
                || _data.Courses.GetValueOrDefault(section.CourseSourcedId) is not { } course)
            {
                continue;
            }

            var label = course.CourseCode.Length > 0 ? $"{course.CourseCode} {course.Title}" : course.Title;
            var pathways = new[] { Key(course.CourseCode), Key(course.Title) }
                .SelectMany(key => pathwaysByCourse.GetValueOrDefault(key) ?? []).Distinct();
            foreach (var pathway in pathways)
            {
                var key = (enrollment.UserSourcedId, pathway);
                if (!found.TryGetValue(key, out var labels))
                {
                    found[key] = labels = new SortedSet<string>(StringComparer.Ordinal);
                }

                labels.Add(label);
            }
        }

        return found
            .Select(f => new SuggestionChange(_imported[f.Key.Student], f.Key.Pathway, string.Join(", ", f.Value)))
            .Where(s => s.Student.Id is not { } id || !_snapshot.SuggestedOrEnrolled.Contains((id, s.PathwayId)))
            .OrderBy(s => s.Student.SourcedId, StringComparer.Ordinal).ThenBy(s => s.PathwayId)
            .ToList();

        static string Key(string course) => course.Trim().ToLowerInvariant();
    }

    /// <summary>What differs, in words ("grade 11 → 12; school A → B"), or null when nothing does.</summary>
    private static string? Differences(params (bool Differs, string Words)[] fields)
    {
        var words = fields.Where(f => f.Differs).Select(f => f.Words).ToList();
        return words.Count == 0 ? null : string.Join("; ", words);
    }

    private void Change(RosterEntity entity, RosterChangeKind kind, string sourcedId, string name, string? detail) =>
        _changes.Add(new ChangeLine(entity, kind, sourcedId, name, detail));

    private void Error(string file, int? line, string field, string message) => _errors.Add(new RosterIssue(file, line, field, message));

    private struct Counter
    {
        public int Created;
        public int Updated;
        public int Unchanged;
        public int Deactivated;

        public readonly RosterTally Tally => new(Created, Updated, Unchanged, Deactivated);
    }
}
