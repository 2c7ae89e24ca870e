using Internships.Application.Features.Reports;
using Internships.Domain.Placements;
using Internships.Domain.Reports;

namespace Internships.Benchmarks.Reports;

/// <summary>
/// Made-up report data of any size, the same every time (a fixed seed): for the report benchmarks and the unit tests
/// that count pages. Names are short, so every row of the list of placements fits on one line.
/// </summary>
public static class SampleReportData
{
    public static readonly ReportTerm Term = new("Fall 2026", new DateOnly(2026, 8, 1), new DateOnly(2027, 1, 31));

    private static readonly string[] Pathways = ["Health", "Engineering", "Public", "Energy", "Agriculture", "ICT", "Finance", "Education"];
    private static readonly PlacementStatus[] Statuses =
        [PlacementStatus.Completed, PlacementStatus.Completed, PlacementStatus.Completed, PlacementStatus.Active, PlacementStatus.Ended];

    public static string StudentName(int i) => $"P{i:00000} Kim";

    public static TermSummaryData TermSummary(int placements)
    {
        var random = new Random(20261123);
        var rows = Enumerable.Range(1, placements).Select(i =>
        {
            var start = Term.Start.AddDays(random.Next(0, 60));
            var status = Statuses[random.Next(Statuses.Length)];
            var hours = status == PlacementStatus.Completed ? 120m : random.Next(0, 120);
            return new TermPlacement(i, i, StudentName(i), 11 + i % 2, $"School {i % 7 + 1}", Pathways[i % Pathways.Length], $"Employer {i % 97 + 1}",
                $"Intern {i % 211}", start, start.AddDays(90), status, hours, 17.50m + i % 5);
        }).ToList();
        var postings = Enumerable.Range(1, Math.Max(1, placements / 5))
            .Select(i => new PostingApplications($"Intern {i}", $"Employer {i % 97 + 1}", 5, 8 + i % 13, 6, 5))
            .ToList();
        var applicants = Enumerable.Range(1, placements * 3 / 2).Select(i => new TermApplicant(i, $"School {i % 7 + 1}", 11 + i % 2)).ToList();
        var badges = Pathways.Select((p, i) => new BadgeCount($"{p} Intern", placements / 10 + i)).ToList();
        return new TermSummaryData(Term, rows, postings, applicants, badges);
    }

    public static PlacementReportData Placement() => new(
        42, "Maya Ortiz", "900123", 11, "Westside High School", "Water Technology", "Kings River Water Agency", "Water quality lab intern",
        "Lee Chen", "Plant operator", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 18), PlacementStatus.Completed, 18.50m, 120m, 124.5m,
        [
            new CompetencyScores("Communication", 2, 3), new CompetencyScores("Collaboration", 3, 4), new CompetencyScores("Professionalism", 3, 4),
            new CompetencyScores("Problem solving", 2, 3), new CompetencyScores("Time management", 3, 3), new CompetencyScores("Technical skills", 2, 4),
        ],
        "Maya asks good questions and writes down the answers.",
        "Maya grew from a careful observer into someone the lab relies on: she ran the weekly well sampling on her own, caught a mislabelled " +
        "sample before it reached the state lab, and explained our results to visitors on the open day. We would hire her tomorrow.",
        [
            new EarnedBadge("Water Technician I", new DateTime(2026, 12, 19, 0, 0, 0, DateTimeKind.Utc),
                "http://localhost:5080/badges/3f0c2a1e-0d6c-4b8a-9f4e-0b1d2c3e4f50", false),
            new EarnedBadge("Communicator", new DateTime(2026, 12, 19, 0, 0, 0, DateTimeKind.Utc),
                "http://localhost:5080/badges/7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", false),
        ]);
}
