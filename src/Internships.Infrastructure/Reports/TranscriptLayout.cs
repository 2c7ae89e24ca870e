using System.Globalization;
using Internships.Application.Features.Programmes;
using Internships.Infrastructure.Reports.Documents;

namespace Internships.Infrastructure.Reports;

/// <summary>A participant's professional development transcript: the programme, each requirement met and its hours.</summary>
internal static class TranscriptLayout
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static ReportDocument PdTranscript(EnrolmentDto e, string district, DateTime generatedAt)
    {
        var document = new ReportDocument($"Professional development transcript: {e.ParticipantName}", "Professional development transcript")
        {
            HeaderRight = district,
            Footer = $"{e.ProgrammeName} · generated {generatedAt.ToString("yyyy-MM-dd HH:mm", Us)} UTC",
            CreatedAt = generatedAt,
            Author = district,
        };
        document.Heading(e.ParticipantName)
            .KeyValues(
                new KeyValue("Programme", e.ProgrammeName),
                new KeyValue("Cohort", e.CohortName),
                new KeyValue("PD hours earned", $"{Hours(e.PdHoursEarned)}{(e.PdHoursTarget is { } target ? $" of {Hours(target)}" : "")}"),
                new KeyValue("Completed", e.CompletedAt is { } done ? done.ToString("MMM d, yyyy", Us) : "Not yet"))
            .Table(
                [new TableColumn("Step", 0.6f, CellAlign.Right), new TableColumn("Requirement", 4), new TableColumn("Met on", 1.6f),
                    new TableColumn("PD hours", 1.2f, CellAlign.Right)],
                e.Progress.Select(p => (IReadOnlyList<string>)[p.Requirement.Step.ToString(Us), p.Requirement.Title,
                    p.Met ? p.Entries.Where(x => x.Met).Select(x => x.OccurredOn).DefaultIfEmpty().Max().ToString("MMM d, yyyy", Us) : "—",
                    p.Met ? Hours(p.Requirement.PdHours) : "—"]));
        return document;
    }

    private static string Hours(decimal hours) => hours.ToString("0.##", Us);
}
