using Internships.Domain.StateReporting;
using Internships.Domain.Terms;
using Microsoft.EntityFrameworkCore;

namespace Internships.DemoData;

public sealed partial class DemoDistrictSeeder
{
    /// <summary>The district's terms around today: fall (August–January) and spring (February–July) of last year, this year and next.</summary>
    private async Task SeedTermsAsync(CancellationToken cancellationToken)
    {
        var firstFall = (_today.Month >= 8 ? _today.Year : _today.Year - 1) - 1;
        for (var year = firstFall; year <= firstFall + 2; year++)
        {
            db.Terms.Add(new Term($"Fall {year}", new DateOnly(year, 8, 1), new DateOnly(year + 1, 1, 31)));
            db.Terms.Add(new Term($"Spring {year + 1}", new DateOnly(year + 1, 2, 1), new DateOnly(year + 1, 7, 31)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// What the state report needs, as a district would have most of it: CDS codes for the schools, a state course code
    /// for each pathway's capstone, and SSIDs for four students in five (the rest show as errors to fix on the CALPADS page).
    /// </summary>
    private async Task SeedStateReportingAsync(CancellationToken cancellationToken)
    {
        var schools = await db.Schools.OrderBy(s => s.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < schools.Count; i++)
        {
            schools[i].SetCdsCode($"1062166{1030000 + (i * 17):D7}");
        }

        var pathways = await db.Pathways.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        db.PathwayStateCourses.AddRange(pathways.Where(p => p.CourseSequence.Count > 0)
            .Select((p, i) => new PathwayStateCourse(p.Id, p.CourseSequence[^1], (7700 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var students = await db.Students.OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var student in students.Where((_, i) => i % 5 != 4))
        {
            student.SetStatewideId((4_000_000_000L + student.Id * 7919L).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
