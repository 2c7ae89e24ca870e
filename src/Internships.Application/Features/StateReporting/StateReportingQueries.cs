using Internships.Domain.Evaluations;
using Internships.Domain.Placements;

namespace Internships.Application.Features.StateReporting;

/// <summary>Builds the WBLR extract, for its page and API and for the file's download.</summary>
public static class StateReportingQueries
{
    public static async Task<WblrExtractDto> BuildWblrExtractAsync(this IAppDbContext db, CalpadsSettings settings, int year,
        CancellationToken cancellationToken)
    {
        var (yearId, from, to) = WblrLayout.AcademicYear(year);

        // Approved hours by the day worked, in the year (summed here: SQLite cannot sum decimals).
        var entries = await db.TimesheetEntries.AsNoTracking()
            .Where(t => t.Status == TimesheetStatus.Approved && t.WorkDate >= from && t.WorkDate <= to)
            .Select(t => new { t.PlacementId, t.Hours }).ToListAsync(cancellationToken);
        var hours = entries.GroupBy(e => e.PlacementId).ToDictionary(g => g.Key, g => g.Sum(e => e.Hours));
        var ids = hours.Keys.ToList();

        var placements = await db.Placements.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.StudentId, p.PostingId, p.EndDate,
                Student = db.Students.Where(s => s.Id == p.StudentId)
                    .Select(s => new { s.FirstName, s.LastName, s.SisId, s.Ssid, s.Grade, s.SchoolId, PathwayIds = s.Enrolments.Select(e => e.PathwayId).ToList() })
                    .First(),
            })
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var schoolIds = placements.Select(p => p.Student.SchoolId).Distinct().ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new { s.Name, s.CdsCode }, cancellationToken);
        var postingIds = placements.Select(p => p.PostingId).Distinct().ToList();
        var postingPathways = (await db.Postings.AsNoTracking().Where(p => postingIds.Contains(p.Id))
                .Select(p => new { p.Id, Pathways = p.Pathways.Select(pp => pp.PathwayId).ToList() }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => p.Pathways.Order().ToList());
        var pathwayIds = postingPathways.Values.SelectMany(p => p).Distinct().ToList();
        var pathways = await db.Pathways.AsNoTracking().Where(p => pathwayIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.Name, p.CourseSequence }, cancellationToken);
        var courseCodes = (await db.PathwayStateCourses.AsNoTracking().Where(c => pathwayIds.Contains(c.PathwayId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.PathwayId);
        var overrides = await db.PlacementStateReporting.AsNoTracking().Where(r => ids.Contains(r.PlacementId))
            .ToDictionaryAsync(r => r.PlacementId, cancellationToken);
        var evaluations = (await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.PlacementId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.PlacementId);

        string? CapstoneCode(int pathwayId) => pathways.TryGetValue(pathwayId, out var pathway)
            ? pathway.CourseSequence.AsEnumerable().Reverse()
                .Select(course => courseCodes[pathwayId].FirstOrDefault(c => c.Course == course)?.StateCourseCode)
                .FirstOrDefault(code => code is not null)
            : null;

        var records = new List<WblrRecordDto>();
        var errors = new List<WblrErrorDto>();
        foreach (var p in placements.Where(p => p.Student.Grade is >= 9 and <= 12))
        {
            var name = $"{p.Student.FirstName} {p.Student.LastName}";
            var school = schools[p.Student.SchoolId];
            overrides.TryGetValue(p.Id, out var reporting);
            var candidates = postingPathways.GetValueOrDefault(p.PostingId) ?? [];
            var ordered = candidates.Where(p.Student.PathwayIds.Contains).Concat(candidates).Distinct().ToList();
            var courseCode = reporting?.StateCourseCode ?? ordered.Select(CapstoneCode).FirstOrDefault(c => c is not null);
            var evaluation = evaluations[p.Id].FirstOrDefault(e => e.Kind == EvaluationKind.Final)
                ?? (p.EndDate > to ? evaluations[p.Id].FirstOrDefault(e => e.Kind == EvaluationKind.Midpoint) : null);

            var pathwayKnown = ordered.Count > 0 && pathways.ContainsKey(ordered[0]);
            void Error(WblrProblem problem, string message, string fix, int? pathwayId = null) =>
                errors.Add(new WblrErrorDto(p.Id, p.StudentId, name, problem, message, fix, p.Student.SchoolId, pathwayId)
                {
                    SisId = p.Student.SisId, SchoolName = school.Name, PathwayName = pathwayKnown ? pathways[ordered[0]].Name : null,
                });

            if (p.Student.Ssid is null)
            {
                Error(WblrProblem.MissingSsid, $"{name} (SIS id {p.Student.SisId}) has no statewide student id (SSID).",
                    "Enter the student's ten-digit SSID.");
            }

            if (school.CdsCode is null)
            {
                Error(WblrProblem.MissingSchoolCdsCode, $"{school.Name} has no CDS code.", "Enter the school's fourteen-digit County-District-School code.");
            }

            if (courseCode is null)
            {
                var pathwayName = ordered.Count > 0 && pathways.TryGetValue(ordered[0], out var first) ? first.Name : "the posting's pathway";
                Error(WblrProblem.MissingStateCourseCode, $"No state course code for the internship: {pathwayName} has no course with a CALPADS code.",
                    $"Enter the state course code of the course the internship is embedded in (the capstone of {pathwayName}), or set one on the placement.",
                    ordered.Count > 0 ? ordered[0] : null);
            }

            if (evaluation is null)
            {
                Error(WblrProblem.MissingEvaluation, $"The supervisor's final evaluation of {name}'s internship is not in.",
                    "Have the supervisor (or a coordinator on their behalf) record the final evaluation.");
            }

            if (p.Student.Ssid is null || school.CdsCode is null || courseCode is null || evaluation is null)
            {
                continue;
            }

            var cds = school.CdsCode;
            records.Add(new WblrRecordDto(p.Id, p.StudentId, name, hours[p.Id],
            [
                WblrLayout.RecordType, "", $"P{p.Id}", cds[..7], cds[7..], "", yearId, p.Student.Ssid, Truncate(p.Student.SisId, 15),
                WblrLayout.InternshipType, WblrLayout.InternshipId(p.Id), WblrLayout.Hours(hours[p.Id]),
                settings.CodeFor(WblrLayout.LevelOf(evaluation.AverageScore)),
                YesNo(reporting?.LeaSponsored ?? settings.LeaSponsored), YesNo(reporting?.CertifiedSupervised ?? settings.CertifiedSupervised),
                courseCode,
            ]));
        }

        var lea = records.Select(r => r.Fields[3]).FirstOrDefault() ?? "LEA";
        return new WblrExtractDto(yearId, from, to, WblrLayout.Fields, records, errors, $"WBLR_{lea}_{yearId}.txt");
    }

    private static string YesNo(bool value) => value ? "Y" : "N";

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
