using System.Globalization;
using Internships.Application.Features.Reports;
using Internships.Domain.Placements;
using Internships.Infrastructure.Reports.Documents;

namespace Internships.Infrastructure.Reports;

/// <summary>What each report says, as a <see cref="ReportDocument"/>: the words and their order, no drawing.</summary>
public static class ReportLayouts
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");
    private const string MidpointColour = "#90A4AE";
    private const string FinalColour = "#1565C0";

    public const string PlacementReportHeader = "Placement report";
    public const string TermSummaryHeader = "Term summary";

    public static ReportDocument PlacementReport(PlacementReportData d, string district, DateTime generatedAt)
    {
        var document = new ReportDocument($"Placement report: {d.StudentName}, {d.PostingTitle}", PlacementReportHeader)
        {
            HeaderRight = district,
            Footer = $"{d.StudentName}, {d.PostingTitle} · generated {generatedAt:yyyy-MM-dd HH:mm} UTC · education record: do not share",
            CreatedAt = generatedAt,
            Author = district,
        };

        document.Heading($"{d.StudentName}: {d.PostingTitle}")
            .Paragraph($"{d.Employer}, {Dates(d.StartDate, d.EndDate)}. Status: {d.Status}.", muted: true)
            .Heading("Placement", 2)
            .KeyValues(
                new KeyValue("Student", $"{d.StudentName} (SIS {d.SisId}), grade {d.Grade}"),
                new KeyValue("School", d.School),
                new KeyValue("Career pathway", d.Pathway),
                new KeyValue("Employer", d.Employer),
                new KeyValue("Position", d.PostingTitle),
                new KeyValue("Supervisor", d.Supervisor is null ? "Not assigned" : d.SupervisorTitle is { Length: > 0 } t ? $"{d.Supervisor}, {t}" : d.Supervisor),
                new KeyValue("Dates", Dates(d.StartDate, d.EndDate)),
                new KeyValue("Status", d.Status.ToString()))
            .Heading("Hours and earnings", 2)
            .KeyValues(
                new KeyValue("Approved hours", $"{Hours(d.ApprovedHours)} of {Hours(d.RequiredHours)} required"),
                new KeyValue("Hourly wage", Money(d.HourlyWage)),
                new KeyValue("Earnings", $"{Money(d.Earnings)} (approved hours × wage)"));

        document.Heading("Evaluations", 2);
        if (d.Scores.Count == 0)
        {
            document.Paragraph("No evaluation has been submitted yet.", muted: true);
        }
        else
        {
            document.Paragraph("Career-readiness competencies, scored 1 (beginning) to 4 (exceeds), at midpoint and at the end.")
                .Table(
                    [new TableColumn("Competency", 3), new TableColumn("Midpoint", 1, CellAlign.Right), new TableColumn("Final", 1, CellAlign.Right),
                        new TableColumn("Change", 1, CellAlign.Right)],
                    d.Scores.Select(s => (IReadOnlyList<string>)[s.Competency, Score(s.Midpoint), Score(s.Final),
                        s is { Midpoint: { } m, Final: { } f } ? (f - m).ToString("+0;-0;0", Us) : "—"]))
                .BarChart(d.Scores.Select(s => s.Competency).ToList(),
                [
                    new BarSeries("Midpoint", d.Scores.Select(s => (double)(s.Midpoint ?? 0)).ToList(), MidpointColour),
                    new BarSeries("Final", d.Scores.Select(s => (double)(s.Final ?? 0)).ToList(), FinalColour),
                ], 4);
        }

        document.Heading("Testimonial", 2);
        if (d.FinalTestimonial is { Length: > 0 } final)
        {
            document.Paragraph($"“{final}”").Paragraph($"— {d.Supervisor ?? "Supervisor"}, final evaluation", muted: true);
        }

        if (d.MidpointTestimonial is { Length: > 0 } midpoint)
        {
            document.Paragraph($"“{midpoint}”").Paragraph($"— {d.Supervisor ?? "Supervisor"}, midpoint evaluation", muted: true);
        }

        if (d.FinalTestimonial is not { Length: > 0 } && d.MidpointTestimonial is not { Length: > 0 })
        {
            document.Paragraph("No testimonial yet.", muted: true);
        }

        document.Heading("Badges earned", 2);
        if (d.Badges.Count == 0)
        {
            document.Paragraph("No badge has been awarded for this placement yet.", muted: true);
        }
        else
        {
            document.Paragraph("Anyone can verify a badge at its link, without an account.");
            document.KeyValues(d.Badges.Select(b => new KeyValue(
                b.Revoked ? $"{b.Name} (revoked)" : b.Name,
                $"{b.VerificationUrl} (issued {b.IssuedAt:yyyy-MM-dd})",
                b.VerificationUrl)));
        }

        return document;
    }

    public static ReportDocument TermSummary(TermSummaryData d, string district, DateTime generatedAt)
    {
        var term = d.Term;
        var document = new ReportDocument($"Term summary: {term.Name}", $"{TermSummaryHeader}: {term.Name}")
        {
            HeaderRight = district,
            Footer = $"{Dates(term.Start, term.End)} · generated {generatedAt:yyyy-MM-dd HH:mm} UTC · coordinators only",
            CreatedAt = generatedAt,
            Author = district,
        };

        var statuses = Enum.GetValues<PlacementStatus>().Select(s => $"{s}: {d.Placements.Count(p => p.Status == s).ToString("N0", Us)}");
        document.Heading($"{term.Name}: internships at a glance")
            .Paragraph($"Placements that overlap {Dates(term.Start, term.End)}, with the hours approved and the wages earned on them; " +
                "applications to the postings of the term; badges awarded during it.", muted: true)
            .KeyValues(
                new KeyValue("Placements", d.Placements.Count.ToString("N0", Us)),
                new KeyValue("By status", string.Join(" · ", statuses)),
                new KeyValue("Completion rate", $"{Percent(d.CompletionRate)} ({d.Completed.ToString("N0", Us)} completed of {d.Placements.Count.ToString("N0", Us)})"),
                new KeyValue("Hours approved", Hours(d.ApprovedHours)),
                new KeyValue("Wages paid", Money(d.WagesPaid)),
                new KeyValue("Badges awarded", d.Badges.Sum(b => b.Awarded).ToString("N0", Us)),
                new KeyValue("Applications", $"{d.Postings.Sum(p => p.Applications).ToString("N0", Us)} to {d.Postings.Count.ToString("N0", Us)} postings"));

        Groups(document, "Placements by pathway", "Pathway", d.By(p => p.Pathway));
        var byPathway = d.By(p => p.Pathway).Take(12).ToList();
        if (byPathway.Count > 0)
        {
            document.BarChart(byPathway.Select(g => g.Key).ToList(),
            [
                new BarSeries("Placements", byPathway.Select(g => (double)g.Placements).ToList(), MidpointColour),
                new BarSeries("Completed", byPathway.Select(g => (double)g.Completed).ToList(), FinalColour),
            ], 0);
        }

        Groups(document, "Placements by employer", "Employer", d.By(p => p.Employer));
        Groups(document, "Placements by school", "School", d.By(p => p.School));

        document.Heading("Equity review: by school and grade", 2)
            .Paragraph("Students who applied to a posting of the term, students placed, and how their placements went.", muted: true)
            .Table(
                [new TableColumn("School", 3), new TableColumn("Grade", 1, CellAlign.Right), new TableColumn("Applicants", 1.3f, CellAlign.Right),
                    new TableColumn("Placed", 1, CellAlign.Right), new TableColumn("Placement rate", 1.4f, CellAlign.Right),
                    new TableColumn("Completed", 1.3f, CellAlign.Right), new TableColumn("Hours", 1.3f, CellAlign.Right),
                    new TableColumn("Wages", 1.6f, CellAlign.Right)],
                d.EquityBreakdown().Select(e => (IReadOnlyList<string>)[e.School, e.Grade.ToString(Us), e.Applicants.ToString("N0", Us),
                    e.StudentsPlaced.ToString("N0", Us), e.Applicants == 0 ? "—" : Percent((double)e.StudentsPlaced / e.Applicants),
                    e.Completed.ToString("N0", Us), Hours(e.ApprovedHours), Money(e.Wages)]));

        document.Heading("Badges awarded", 2);
        if (d.Badges.Count == 0)
        {
            document.Paragraph("No badge was awarded during the term.", muted: true);
        }
        else
        {
            document.Table([new TableColumn("Badge", 4), new TableColumn("Awarded", 1, CellAlign.Right)],
                d.Badges.Select(b => (IReadOnlyList<string>)[b.Badge, b.Awarded.ToString("N0", Us)]));
        }

        document.Heading("Applications per posting", 2)
            .Table(
                [new TableColumn("Posting", 3.5f), new TableColumn("Employer", 2.5f), new TableColumn("Slots", 0.8f, CellAlign.Right),
                    new TableColumn("Applications", 1.3f, CellAlign.Right), new TableColumn("Offers", 1, CellAlign.Right),
                    new TableColumn("Accepted", 1.1f, CellAlign.Right)],
                d.Postings.Select(p => (IReadOnlyList<string>)[p.Posting, p.Employer, p.Slots.ToString(Us), p.Applications.ToString("N0", Us),
                    p.Offers.ToString("N0", Us), p.Accepted.ToString("N0", Us)]));

        document.PageBreak()
            .Heading("All placements", 2)
            .Table(PlacementColumns, d.Placements.Select(p => (IReadOnlyList<string>)[p.Student, p.Grade.ToString(Us), p.School, p.Pathway, p.Employer,
                $"{p.StartDate:MM/dd}–{p.EndDate:MM/dd/yy}", p.Status.ToString(), Hours(p.ApprovedHours), Money(p.Wages)]));
        return document;
    }

    /// <summary>The columns of the term summary's list of all placements.</summary>
    public static readonly IReadOnlyList<TableColumn> PlacementColumns =
    [
        new("Student", 2.2f), new("Grade", 1.2f, CellAlign.Right), new("School", 1.8f), new("Pathway", 2.1f), new("Employer", 2.2f),
        new("Dates", 2.6f), new("Status", 1.8f), new("Hours", 1.2f, CellAlign.Right), new("Wages", 1.8f, CellAlign.Right),
    ];

    private static void Groups(ReportDocument document, string heading, string keyTitle, IReadOnlyList<PlacementGroup> groups)
    {
        document.Heading(heading, 2).Table(
            [new TableColumn(keyTitle, 4), new TableColumn("Placements", 1.3f, CellAlign.Right), new TableColumn("Completed", 1.3f, CellAlign.Right),
                new TableColumn("Completion", 1.3f, CellAlign.Right), new TableColumn("Hours", 1.3f, CellAlign.Right), new TableColumn("Wages", 1.6f, CellAlign.Right)],
            groups.Select(g => (IReadOnlyList<string>)[g.Key, g.Placements.ToString("N0", Us), g.Completed.ToString("N0", Us), Percent(g.CompletionRate),
                Hours(g.ApprovedHours), Money(g.Wages)]));
    }

    private static string Dates(DateOnly start, DateOnly end) => $"{start.ToString("MMM d, yyyy", Us)} – {end.ToString("MMM d, yyyy", Us)}";

    private static string Money(decimal amount) => amount.ToString("C2", Us);

    private static string Hours(decimal hours) => hours.ToString("#,0.##", Us);

    private static string Percent(double share) => share.ToString("0.0%", Us);

    private static string Score(int? score) => score?.ToString(Us) ?? "—";
}
