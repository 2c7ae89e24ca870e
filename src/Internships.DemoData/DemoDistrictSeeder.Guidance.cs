using Internships.Domain.Guidance;

namespace Internships.DemoData;

public sealed partial class DemoDistrictSeeder
{
    private const int StudentsWithInterestProfiles = 40;

    /// <summary>
    /// Pathway guidance: forty sophomores and juniors took the interest questionnaire in the last six weeks, each keen on
    /// two kinds of work and cool on the rest, so their suggestions spread over the pathways and the dashboard's interest
    /// counts have something to show. The demo student has not taken it, so the demo can start with the questionnaire.
    /// </summary>
    private async Task SeedInterestProfilesAsync(District district, CancellationToken cancellationToken)
    {
        var takers = district.Students.Where(s => s.Grade is 10 or 11 && s != district.DemoStudent).Take(StudentsWithInterestProfiles);
        foreach (var student in takers)
        {
            var keen = _random.Shuffle(Enum.GetValues<HollandType>()).Take(2).ToHashSet();
            var answers = InterestQuestionnaire.Items
                .Select(item => keen.Contains(item.Type) ? _random.Number(2, 3) : _random.Number(1, 2))
                .ToList();
            db.InterestProfiles.Add(new InterestProfile(student.Id, answers, TimeDaysAgo(_random.Number(1, 42))));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
